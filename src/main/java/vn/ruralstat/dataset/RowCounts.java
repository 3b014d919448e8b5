package vn.ruralstat.dataset;

/**
 * Row accounting of one file: every row read is used, rejected (with a reason), or another
 * kind of row (title, header, code, totals, notes, blank, or a sheet without a table).
 *
 * @param carriedFromRun the run a carried-forward file was read in; null when this run read it
 */
public record RowCounts(int tables, int read, int used, int rejected, int other, Long carriedFromRun) {

    /** Nothing read. */
    public static final RowCounts NONE = new RowCounts(0, 0, 0, 0, 0, null);

    /** Counts of a file this run read. */
    public RowCounts(int tables, int read, int used, int rejected, int other) {
        this(tables, read, used, rejected, other, null);
    }

    /** Counts of a file an incremental run carried forward unchanged from run {@code fromRun}. */
    public static RowCounts carried(long fromRun, int tables, int read, int used, int rejected, int other) {
        return new RowCounts(tables, read, used, rejected, other, fromRun);
    }

    /** Adds another file's counts (the spreadsheets of one archive). */
    public RowCounts plus(RowCounts other) {
        return new RowCounts(
                tables + other.tables,
                read + other.read,
                used + other.used,
                rejected + other.rejected,
                this.other + other.other,
                null);
    }

    public boolean balances() {
        return read == used + rejected + other;
    }
}
