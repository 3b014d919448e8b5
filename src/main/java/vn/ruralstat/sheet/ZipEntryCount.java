package vn.ruralstat.sheet;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Counts the entries of a zip file's central directory without loading it. Zip libraries read
 * the whole directory into memory when they open a file, one object per entry, so a small file
 * holding millions of empty entries could exhaust the heap before any other check runs; this
 * count lets a reader refuse such a file first. The records are counted, not the total the end
 * record declares, because libraries read records until they run out and ignore that total.
 */
public final class ZipEntryCount {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ZIP64_END_SIGNATURE = 0x06064b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_LENGTH = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int ENTRY_HEADER_LENGTH = 46;

    private ZipEntryCount() {}

    /**
     * The number of central directory records, counting no further than {@code stopAfter} + 1, or
     * -1 when the file has no end-of-directory record (it is not a zip, or it was cut short).
     */
    public static long count(Path zip, long stopAfter) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(zip)) {
            long directory = directoryOffset(channel);
            if (directory < 0) return -1;
            long count = 0;
            long position = directory;
            ByteBuffer header = ByteBuffer.allocate(ENTRY_HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
            while (count <= stopAfter && position + ENTRY_HEADER_LENGTH <= channel.size()) {
                read(channel, position, header);
                if (header.getInt(0) != ENTRY_SIGNATURE) break;
                count++;
                position += ENTRY_HEADER_LENGTH
                        + unsignedShort(header, 28)
                        + unsignedShort(header, 30)
                        + unsignedShort(header, 32);
            }
            return count;
        }
    }

    /** Where the central directory starts, from the end record (or its Zip64 form), or -1 without one. */
    private static long directoryOffset(SeekableByteChannel channel) throws IOException {
        long size = channel.size();
        int tail = (int) Math.min(size, END_LENGTH + MAX_COMMENT);
        if (tail < END_LENGTH) return -1;
        ByteBuffer buffer = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
        read(channel, size - tail, buffer);
        for (int i = tail - END_LENGTH; i >= 0; i--) {
            if (buffer.getInt(i) != END_SIGNATURE) continue;
            long offset = buffer.getInt(i + 16) & 0xFFFFFFFFL;
            long end = size - tail + i;
            if (offset != 0xFFFFFFFFL || end < 20) return offset;
            ByteBuffer locator = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
            read(channel, end - 20, locator);
            if (locator.getInt(0) != ZIP64_LOCATOR_SIGNATURE) return offset;
            long zip64End = locator.getLong(8);
            if (zip64End < 0 || zip64End + 56 > size) return -1;
            ByteBuffer record = ByteBuffer.allocate(56).order(ByteOrder.LITTLE_ENDIAN);
            read(channel, zip64End, record);
            return record.getInt(0) == ZIP64_END_SIGNATURE ? record.getLong(48) : -1;
        }
        return -1;
    }

    private static int unsignedShort(ByteBuffer buffer, int at) {
        return buffer.getShort(at) & 0xFFFF;
    }

    private static void read(SeekableByteChannel channel, long position, ByteBuffer buffer) throws IOException {
        buffer.clear();
        channel.position(position);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) throw new EOFException("zip ends inside a record");
        }
    }
}
