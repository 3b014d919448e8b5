package vn.ruralstat.ingest;

/**
 * A figure the submitter wrote in a totals row ("Cộng", "Tổng cộng"), an average row ("TB") or a
 * note under the table, kept so the check step can compare it with the recomputed one.
 *
 * @param field    the field it reports ("households", "poor_rate", "c7", "met", "planned_2024", …)
 * @param decimals digits after the decimal mark as written, to judge rounding
 */
public record ReportedValue(RowKind kind, String field, double value, int decimals, String cell, String label) {

    public enum RowKind { TOTAL, AVERAGE, NOTE }
}
