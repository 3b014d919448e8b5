package vn.ruralstat.synthetic;

import java.util.List;

/**
 * A village poverty table of one commune for one review year, shaped like the appendix of seed
 * 003 ("Kế hoạch phấn đấu giảm tỷ lệ hộ nghèo và hộ cận nghèo năm 2026"): one row per village
 * with total households, poor and near-poor households with their rates, and the planned
 * reduction for the following year; then the "Cộng" row.
 *
 * @param unitLine   the issuing body, top left ("ỦY BAN NHÂN DÂN XÃ NGÂN SƠN")
 * @param title      the table title
 * @param subtitle   the "(Kèm theo Kế hoạch số …)" line
 * @param reviewYear the year of the household review (2025); the plan is for the next year
 * @param villages   the village rows in order
 * @param total      the "Cộng" row as written (normally {@link #sumRow} of the villages)
 */
public record PovertyTable(
        String unitLine, String title, String subtitle, int reviewYear, List<Row> villages, Row total) {

    public static final String TOTAL_LABEL = "Cộng";

    public PovertyTable {
        villages = List.copyOf(villages);
    }

    /** A table whose "Cộng" row is the consistent sum of the villages. */
    public static PovertyTable of(String unitLine, String title, String subtitle, int reviewYear, List<Row> villages) {
        return new PovertyTable(unitLine, title, subtitle, reviewYear, villages, sumRow(TOTAL_LABEL, villages));
    }

    /** Sums of the counts with rates recomputed from the sums (household-weighted). */
    public static Row sumRow(String name, List<Row> rows) {
        long households = 0, poor = 0, nearPoor = 0, plannedPoor = 0, plannedNearPoor = 0;
        for (Row r : rows) {
            households += r.households();
            poor += r.poor();
            nearPoor += r.nearPoor();
            plannedPoor += r.plannedPoor();
            plannedNearPoor += r.plannedNearPoor();
        }
        return Row.consistent(name, households, poor, nearPoor, plannedPoor, plannedNearPoor);
    }

    /** Column headers of the three header rows depend on the review year. */
    public String householdsHeader() {
        return "Tổng số hộ dân cuối năm " + reviewYear;
    }

    public String reviewHeader() {
        return "Kết quả rà soát cuối năm " + reviewYear;
    }

    public String planHeader() {
        return "Kế hoạch giảm " + (reviewYear + 1);
    }

    /**
     * One row of the table (columns B and 1-9 of the form). Rates are in percent as typed, rounded
     * to 2 decimals: poorRate is column 3 (= 2 / 1 × 100), nearPoorRate column 5 (= 4 / 1 × 100),
     * the planned rates columns 6 and 8 (planned households / total households × 100).
     */
    public record Row(
            String name,
            long households,
            long poor,
            double poorRate,
            long nearPoor,
            double nearPoorRate,
            double plannedPoorRate,
            long plannedPoor,
            double plannedNearPoorRate,
            long plannedNearPoor) {

        /** A row whose rates are the rounded rates of its counts. */
        public static Row consistent(
                String name, long households, long poor, long nearPoor, long plannedPoor, long plannedNearPoor) {
            return new Row(
                    name,
                    households,
                    poor,
                    ReportedFigures.rate(poor, households),
                    nearPoor,
                    ReportedFigures.rate(nearPoor, households),
                    ReportedFigures.rate(plannedPoor, households),
                    plannedPoor,
                    ReportedFigures.rate(plannedNearPoor, households),
                    plannedNearPoor);
        }

        public Row withPoorRate(double rate) {
            return new Row(
                    name,
                    households,
                    poor,
                    rate,
                    nearPoor,
                    nearPoorRate,
                    plannedPoorRate,
                    plannedPoor,
                    plannedNearPoorRate,
                    plannedNearPoor);
        }

        public Row withNearPoorRate(double rate) {
            return new Row(
                    name,
                    households,
                    poor,
                    poorRate,
                    nearPoor,
                    rate,
                    plannedPoorRate,
                    plannedPoor,
                    plannedNearPoorRate,
                    plannedNearPoor);
        }
    }
}
