package vn.ruralstat.review;

import java.time.LocalDate;
import java.util.List;
import vn.ruralstat.boundary.BoundaryChange;

/**
 * A multi-year review of one unit: its figures per year on the units in force at the end of the
 * review ({@code unitsOn}), the changes from year to year, the gaps to the plans, and where a
 * series breaks (criteria set, poverty standard or boundaries changed).
 *
 * @param unit       the unit reviewed, as the officer will read it ("xã Ngân Sơn", "huyện Quảng Hòa (cũ)")
 * @param units      today's units the review adds up, in order
 * @param years      one entry per year from {@code from} to {@code to}, with or without data
 * @param unitYears  poverty per today's unit and year, restated from the units of the time
 * @param communes   criteria met per commune as reported in each year (criteria cannot be restated)
 * @param communePlans each plan commune's criteria planned by a year against those it met that year
 * @param changes    the boundary changes that were applied
 * @param notes      what the review could not do, or did by a rule the reader should know
 * @param rulebookNames the official name of each criteria set and poverty standard the years name, by
 *                   the id (or override label) {@link YearFigures} carries: officers never read ids
 */
public record Review(
        String unit,
        int from,
        int to,
        LocalDate unitsOn,
        List<String> units,
        List<YearFigures> years,
        List<UnitYear> unitYears,
        List<CommuneYear> communes,
        List<PlanGap> gaps,
        List<CommunePlan> communePlans,
        List<SeriesBreak> breaks,
        List<BoundaryChange> changes,
        List<String> notes,
        List<String> files,
        java.util.Map<String, String> rulebookNames) {

    /** The official name of a criteria set or poverty standard a year names; "" for none. */
    public String rulebookName(String shown) {
        return shown == null ? "" : rulebookNames.getOrDefault(shown, "");
    }

    /** The same unit's figures in the latest earlier year that has them; null when none. */
    public UnitYear before(UnitYear u) {
        UnitYear found = null;
        for (UnitYear other : unitYears) {
            if (other.unit().equals(u.unit())
                    && other.year() < u.year()
                    && (found == null || other.year() > found.year())) {
                found = other;
            }
        }
        return found;
    }

    /** Change of a unit's poverty rate in percentage points since {@link #before}; null when there is no earlier year. */
    public Double poorRateChange(UnitYear u) {
        UnitYear earlier = before(u);
        return earlier == null || u.poorRate() == null || earlier.poorRate() == null
                ? null
                : u.poorRate() - earlier.poorRate();
    }

    /**
     * The unit's figures in one year. Counts are restated on today's units, so they may be
     * fractional when a unit was split; rates are household-weighted. A change is against the
     * previous year that has data ({@code previousYear}); criteria counts are over the communes
     * of that year, as they then were.
     */
    public record YearFigures(
            int year,
            Double households,
            Double poor,
            Double nearPoor,
            Double poorRate,
            Double nearPoorRate,
            Integer previousYear,
            Double poorRateChange,
            Double nearPoorRateChange,
            Double poorChange,
            boolean partial,
            Integer communes,
            Integer criteriaMet,
            Double averageMet,
            Integer criteriaPreviousYear,
            Double averageMetChange,
            String criteriaSet,
            String povertyStandard) {

        public boolean hasPoverty() {
            return households != null;
        }

        public boolean hasCriteria() {
            return communes != null;
        }
    }

    /**
     * Poverty of one of today's units in one year.
     *
     * @param from    the units of that year it was restated from ("Cốc Đán", "Vân Tùng"), itself when unchanged
     * @param missing predecessors that sent nothing for the year: the figure is then incomplete
     */
    public record UnitYear(
            String unit,
            int year,
            double households,
            double poor,
            double nearPoor,
            List<String> from,
            List<String> missing) {

        public Double poorRate() {
            return households > 0 ? poor / households * 100 : null;
        }

        public Double nearPoorRate() {
            return households > 0 ? nearPoor / households * 100 : null;
        }
    }

    /** Criteria met by one commune (as it then was) in one year, and today's unit it is shown under. */
    public record CommuneYear(String commune, String todayUnit, int year, int met, int of, String set) {}

    /**
     * One commune of a multi-year criteria plan in one year of it: criteria planned to be met by the
     * end of the year (met when drawn up plus those planned up to then) and those its result of
     * that year shows (null when it sent none), with its NTM target year when the list gives one.
     */
    public record CommunePlan(
            String commune, String todayUnit, int year, int planned, Integer achieved, Integer ntmYear) {

        public Integer gap() {
            return achieved == null ? null : achieved - planned;
        }
    }

    /** What a plan set for a year against what was achieved; {@code gap} = achieved − planned. */
    public record PlanGap(Kind kind, int year, double planned, Double achieved, String basis) {

        public enum Kind {
            /** Poor households at the end of the year: last year's count minus the planned reduction. */
            POOR_HOUSEHOLDS,
            /** The same for near-poor households. */
            NEAR_POOR_HOUSEHOLDS,
            /** Criteria met over the plan's communes: met when drawn up plus those planned up to the year. */
            CRITERIA_MET,
            /** Communes meeting every criterion: those whose NTM target year has come. */
            NTM_COMMUNES
        }

        public Double gap() {
            return achieved == null ? null : achieved - planned;
        }
    }

    /** Between {@code fromYear} and {@code year} the series is not like for like. */
    public record SeriesBreak(int fromYear, int year, Kind kind, String before, String after) {

        public enum Kind {
            CRITERIA_SET,
            POVERTY_STANDARD,
            BOUNDARIES
        }
    }
}
