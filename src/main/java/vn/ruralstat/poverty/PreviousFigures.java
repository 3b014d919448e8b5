package vn.ruralstat.poverty;

/**
 * The counts a row's unit (a village of its commune, or a commune of its parent) had in its
 * previous stored period, looked up once per row from a map the run builds in one pass.
 */
@FunctionalInterface
public interface PreviousFigures {

    /** The previous period's label and counts; null when none is stored. */
    Previous of(VillagePoverty row);

    record Previous(String period, PovertyFigures figures) {}
}
