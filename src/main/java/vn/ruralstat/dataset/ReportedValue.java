package vn.ruralstat.dataset;

/**
 * A figure the submitter wrote in a totals row ("Cộng", "Tổng cộng"), an average row ("TB") or a
 * note under the table, kept so the check step can compare it with the recomputed one.
 *
 * @param field       the field it reports ("households", "poor_rate", "c7", "met", "planned_2024", …)
 * @param decimals    digits after the decimal mark as written, to judge rounding
 * @param coveredFrom first Excel row of the data rows the figure sums up (a subtotal covers the rows
 *                    since the previous totals row); 0 when it covers the whole table
 * @param coveredTo   last Excel row it covers; 0 when it covers the whole table
 */
public record ReportedValue(
        RowKind kind,
        String field,
        double value,
        int decimals,
        String cell,
        String label,
        int coveredFrom,
        int coveredTo) {

    public enum RowKind {
        TOTAL,
        AVERAGE,
        NOTE
    }

    /** A figure about the whole table. */
    public ReportedValue(RowKind kind, String field, double value, int decimals, String cell, String label) {
        this(kind, field, value, decimals, cell, label, 0, 0);
    }

    public ReportedValue covering(int from, int to) {
        return new ReportedValue(kind, field, value, decimals, cell, label, from, to);
    }

    /** Whether a data row on Excel row {@code row} is summed up by this figure. */
    public boolean covers(int row) {
        return coveredFrom == 0 && coveredTo == 0 || row >= coveredFrom && row <= coveredTo;
    }

    public boolean coversWholeTable() {
        return coveredFrom == 0 && coveredTo == 0;
    }
}
