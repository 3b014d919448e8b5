package vn.ruralstat.poverty;

import vn.ruralstat.finding.SourceRef;

/**
 * One village's row of a poverty table as used in the consolidation: the counts (the figures we
 * compute from), the rates as the submitter reported them (kept beside the recomputed ones), the
 * planned reductions when the table has them, and where the row came from.
 *
 * @param source file and sheet of the row; {@code cell} is the row's name cell
 * @param row    the row number as Excel shows it
 * @param disputed whether one of the row's cells is still in dispute (a count likely mistyped but not
 *               corrected, or figures that disagree with no single cell to blame): every figure
 *               computed from the row is marked
 */
public record VillagePoverty(
        String name,
        PovertyFigures figures,
        Double reportedPoorRate,
        Double reportedNearPoorRate,
        PlannedReduction planned,
        SourceRef source,
        int row,
        boolean disputed) {

    /** A row as read, with no cell in dispute. */
    public VillagePoverty(
            String name,
            PovertyFigures figures,
            Double reportedPoorRate,
            Double reportedNearPoorRate,
            PlannedReduction planned,
            SourceRef source,
            int row) {
        this(name, figures, reportedPoorRate, reportedNearPoorRate, planned, source, row, false);
    }

    /** The same row with other counts (a mistyped count corrected). */
    public VillagePoverty withFigures(PovertyFigures corrected) {
        return new VillagePoverty(
                name, corrected, reportedPoorRate, reportedNearPoorRate, planned, source, row, disputed);
    }

    /** The same row, marked as resting on a cell in dispute. */
    public VillagePoverty inDispute() {
        return new VillagePoverty(name, figures, reportedPoorRate, reportedNearPoorRate, planned, source, row, true);
    }

    public Double poorRate() {
        return figures.poorRate();
    }

    public Double nearPoorRate() {
        return figures.nearPoorRate();
    }

    /**
     * Planned reduction for next year (columns 6-9 of the seed form); any part may be null.
     * Rates are in percentage points as the submitter typed them.
     */
    public record PlannedReduction(Double poorRate, Long poorHouseholds, Double nearPoorRate, Long nearPoorHouseholds) {
        public static final PlannedReduction NONE = new PlannedReduction(null, null, null, null);

        public boolean isEmpty() {
            return poorRate == null && poorHouseholds == null && nearPoorRate == null && nearPoorHouseholds == null;
        }
    }
}
