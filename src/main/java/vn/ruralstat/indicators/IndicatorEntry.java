package vn.ruralstat.indicators;

/**
 * One indicator's value for one commune, as submitted: the value typed ("35%", "12,5", "Đạt") and
 * the submitter's own assessment ("Đạt", "Chưa đạt") when the table has such a column.
 *
 * @param commune        the commune of a commune × indicator table; null in a one-commune table,
 *                       whose commune is the table's unit (named in its title)
 * @param code           the indicator's code as in the rulebook ("4.1")
 * @param value          the value cell's text, "" when blank
 * @param assessment     the self-assessment cell's text, "" when blank or absent
 * @param valueCell      A1 reference of the value cell
 * @param assessmentCell A1 reference of the self-assessment cell, or null
 */
public record IndicatorEntry(
        String commune,
        String code,
        String value,
        String assessment,
        String valueCell,
        String assessmentCell,
        int row) {}
