package vn.ruralstat.rulebook;

import java.math.BigDecimal;

/**
 * One class of household in one area under a poverty standard: an income band in VND per person
 * per month and the number of deprivations allowed. Unknown bounds are null.
 *
 * @param areaLabel             the area as the decree names it ("nông thôn", "thành thị", "đô thị")
 * @param incomeAbove           income must be above this (exclusive); null when there is no lower bound
 * @param incomeAtMost          income must be at most this (inclusive); null when unknown
 * @param minDeprivations       at least this many deprivations (3 for poor); null when no lower bound
 * @param maxDeprivations       at most this many deprivations (2 for near-poor); null when no upper bound
 * @param deprivationIndicators how many indicators the deprivations are counted over (12); null when unknown
 * @param publishedRule         the rule as written in the reference
 */
public record PovertyThreshold(
        Area area,
        String areaLabel,
        HouseholdClass householdClass,
        BigDecimal incomeAbove,
        BigDecimal incomeAtMost,
        Integer minDeprivations,
        Integer maxDeprivations,
        Integer deprivationIndicators,
        String publishedRule,
        Confidence incomeConfidence,
        Confidence ruleConfidence,
        String source) {

    /** Where the household lives. */
    public enum Area {
        RURAL,
        URBAN
    }

    /** The classes of the standard. */
    public enum HouseholdClass {
        /** Hộ nghèo. */
        POOR,
        /** Hộ cận nghèo. */
        NEAR_POOR,
        /** Hộ có mức sống trung bình. */
        MIDDLE_INCOME
    }

    /** True when neither the income band nor the rule was found. */
    public boolean isUnknown() {
        return incomeConfidence == Confidence.UNKNOWN && ruleConfidence == Confidence.UNKNOWN;
    }
}
