package vn.ruralstat.poverty;

/**
 * Bounds beyond which a figure is not believed without a look.
 *
 * @param yearOverYearFactor a count that grows or shrinks by more than this factor since the
 *        previous period. Default 3: the annual review moves a village's poor count by tens of
 *        percent at most (plans aim at a few points a year: Ngân Sơn 2026 "−7,27%", Hón Quản 2025
 *        "0,15% → 0%"), and households change by a few percent; a count three times larger or smaller
 *        is a slip (an extra digit is ×10) or a column mixed up, far more often than a real change
 * @param minimumJump the smallest change in households worth a finding, so that 2 poor households
 *        becoming 7 is not one: 10
 * @param villageHouseholds households of a village (thôn, bản, tổ dân phố) above which the count is
 *        doubted: 5,000. A village holds a few dozen to several hundred households (seed 003's
 *        villages plan reductions of 6 to 59 poor households at under 2 points, that is a few hundred
 *        to a few thousand households each), rarely more than 1,000; 5,000 catches a population
 *        (nhân khẩu) typed for households, or an extra digit, while leaving large wards' residential
 *        groups alone
 * @param communeHouseholds households of a commune read as one row of its parent's table: 60,000. The
 *        merged communes and wards of 1/7/2025 are the largest (up to some 150,000-200,000 people in
 *        city wards, about 3.5 people a household); above that the row is not one commune
 */
public record PlausibilityLimits(
        double yearOverYearFactor, long minimumJump, long villageHouseholds, long communeHouseholds) {

    public static final PlausibilityLimits DEFAULT = new PlausibilityLimits(3.0, 10, 5_000, 60_000);

    public PlausibilityLimits {
        if (yearOverYearFactor <= 1) {
            throw new IllegalArgumentException("the year-over-year factor must be above 1: " + yearOverYearFactor);
        }
    }
}
