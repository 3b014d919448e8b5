package vn.ruralstat.output;

/**
 * The pixel size a PNG declares in its header (the IHDR chunk, always first), read without
 * decoding the image.
 */
record PngSize(int width, int height) {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    static PngSize of(byte[] png) {
        if (png.length < 24 || !startsWithSignature(png) || !isHeaderChunk(png)) {
            throw new IllegalArgumentException("not a PNG image (" + png.length + " bytes)");
        }
        return new PngSize(bigEndian(png, 16), bigEndian(png, 20));
    }

    private static boolean startsWithSignature(byte[] png) {
        for (int i = 0; i < SIGNATURE.length; i++) if (png[i] != SIGNATURE[i]) return false;
        return true;
    }

    // Bytes 8-11 are the chunk's length, 12-15 its type.
    private static boolean isHeaderChunk(byte[] png) {
        return png[12] == 'I' && png[13] == 'H' && png[14] == 'D' && png[15] == 'R';
    }

    private static int bigEndian(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 24
                | (bytes[at + 1] & 0xFF) << 16
                | (bytes[at + 2] & 0xFF) << 8
                | bytes[at + 3] & 0xFF;
    }
}
