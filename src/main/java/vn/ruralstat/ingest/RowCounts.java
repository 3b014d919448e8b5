package vn.ruralstat.ingest;

/**
 * Row accounting of one file: every row read is used, rejected (with a reason), or another
 * kind of row (title, header, code, totals, notes, blank, or a sheet without a table).
 */
public final class RowCounts {

    int read;
    int used;
    int rejected;
    int other;
    int tables;
    Long carriedFromRun;

    /** Counts of a file an incremental run carried forward unchanged from run {@code fromRun}. */
    public static RowCounts carried(long fromRun, int tables, int read, int used, int rejected, int other) {
        RowCounts c = new RowCounts();
        c.carriedFromRun = fromRun;
        c.tables = tables;
        c.read = read;
        c.used = used;
        c.rejected = rejected;
        c.other = other;
        return c;
    }

    /** The run a carried-forward file was read in; null when this run read it. */
    public Long carriedFromRun() {
        return carriedFromRun;
    }

    public int read() {
        return read;
    }

    public int used() {
        return used;
    }

    public int rejected() {
        return rejected;
    }

    public int other() {
        return other;
    }

    public int tables() {
        return tables;
    }

    /** Adds another file's counts (the spreadsheets of one archive). */
    void add(RowCounts other) {
        read += other.read;
        used += other.used;
        rejected += other.rejected;
        this.other += other.other;
        tables += other.tables;
    }

    public boolean balances() {
        return read == used + rejected + other;
    }
}
