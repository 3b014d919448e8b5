package vn.ruralstat.sheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through until more than a limit would come out, then throws {@link LimitExceeded}.
 * Wrapped around a zip entry's inflating stream with the size the zip's directory declares, it
 * catches a directory that lies: inflating never goes more than one byte past the declared size.
 */
public final class ByteLimitedInputStream extends FilterInputStream {

    /** More bytes came out of the stream than its limit allows. */
    public static final class LimitExceeded extends IOException {

        private final long limit;

        LimitExceeded(long limit) {
            super("more than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    private final long limit;
    private long count;

    /** @param limit the most bytes this stream hands out; one more fails the read */
    public ByteLimitedInputStream(InputStream in, long limit) {
        super(in);
        if (limit < 0) throw new IllegalArgumentException("limit must not be negative: " + limit);
        this.limit = limit;
    }

    /** Bytes handed out so far. */
    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) counted(1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) return 0;
        // ask for at most one byte past the limit: enough to know it was passed, never more
        int wanted = (int) Math.min(length, limit - count + 1);
        int n = in.read(buffer, offset, wanted);
        if (n > 0) counted(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = in.skip(Math.min(n, limit - count + 1));
        if (skipped > 0) counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) throws LimitExceeded {
        count += n;
        if (count > limit) throw new LimitExceeded(limit);
    }
}
