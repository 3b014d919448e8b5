package vn.ruralstat.report;

import java.util.List;
import java.util.Map;
import vn.ruralstat.dataset.SourceFileSummary;

/**
 * The shape of the JSON summary (tong-hop.json), described for consumers by
 * docs/summary.schema.json. Rates are in percent units and not rounded; absent figures are null,
 * so every key is always present.
 */
record SummaryDocument(
        String schemaVersion,
        long runId,
        String scope,
        String generatedAt,
        List<Unit> units,
        List<RulebookUse> rulebooks,
        List<Evaluation> evaluations,
        List<FindingEntry> findings,
        List<SourceFileSummary> sources,
        List<String> files) {

    static final String SCHEMA_VERSION = "1.2";

    /** Which rulebook the figures of a period were computed under, and for what. */
    record RulebookUse(String period, String rulebookId, String rulebookVersion, String title, String usedFor) {}

    /**
     * A commune's indicators evaluated under a rulebook for its group ({@code key}, null when the
     * group is unknown), with every unmet indicator and its gap to the target.
     */
    record Evaluation(
            String commune,
            String parent,
            String period,
            String rulebookId,
            String rulebookVersion,
            String key,
            long criteriaMet,
            int criteriaCount,
            long indicatorsMet,
            int indicatorCount,
            String standard,
            Double computedPovertyRate,
            List<IndicatorResult> indicators) {}

    /** @param status MET, NOT_MET or NOT_ASSESSABLE; gap the distance to a numeric target, else null */
    record IndicatorResult(
            String code, String value, String status, String cause, String reasonVi, String gapVi, Double gap) {}

    /**
     * One unit of the hierarchy and period with whatever the run knows about it.
     *
     * @param level           "thôn", "xã", "huyện", "tỉnh", … or "toàn bộ" for the whole run
     * @param poverty         household counts and rates; null when no poverty table covers the unit
     * @param criteria        the commune's row of a criteria matrix; null for other units
     * @param criteriaSummary the matrix of a parent unit summed; null for other units
     * @param code            the unit's official code from the national register (communes, provinces);
     *                        null when not matched, and for villages and districts, which have none
     * @param parentCode      the parent's official code (a commune's province; a village's commune), or null
     */
    record Unit(
            String name,
            String level,
            String parent,
            String period,
            Poverty poverty,
            CriteriaRow criteria,
            CriteriaSummary criteriaSummary,
            String code,
            String parentCode) {}

    /**
     * @param poorAndNearPoorRate the multidimensional poverty rate of plans that count poor and
     *                            near-poor together: (poor + nearPoor) / households × 100
     * @param reportedPoorRate    the rate the submitter typed (villages, and communes read as one row of
     *                            their parent unit's table)
     * @param villages            number of villages summed (communes only; null for a commune read as one
     *                            row of its parent unit's table)
     * @param communes            communes summed (parent units only)
     * @param disputed            true when a figure rests on a cell still in dispute (a count likely
     *                            mistyped but not corrected); absent otherwise
     */
    record Poverty(
            long households,
            long poor,
            long nearPoor,
            Double poorRate,
            Double nearPoorRate,
            Double poorAndNearPoorRate,
            Double reportedPoorRate,
            Double reportedNearPoorRate,
            PlannedReduction plannedReduction,
            Integer villages,
            List<String> communes,
            Location source,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                    Boolean disputed) {}

    /**
     * Planned reduction next year; rates in percentage points as typed (villages, and communes read as
     * one row of their parent unit's table).
     */
    record PlannedReduction(Double poorRate, Long poorHouseholds, Double nearPoorRate, Long nearPoorHouseholds) {}

    /**
     * A commune's row of a criteria matrix, recounted, with its registered target.
     *
     * @param povertyRateFromVillages criterion 11 (multidimensional poverty) computed from the commune's
     *                                village poverty table in the matrix's period, when the run has one
     * @param group                   the commune's group (1, 2, 3) as the matrix's group column gives it, else null
     * @param code                    the commune's official code as the register matched its row's name, else null
     */
    record CriteriaRow(
            String criteriaSet,
            String criteriaSetVersion,
            int criteriaMet,
            Integer reportedMet,
            List<Status> statuses,
            Map<String, Integer> plannedByYear,
            Integer lastPlannedYear,
            Target target,
            Double povertyRateFromVillages,
            Location source,
            Integer group,
            String code) {}

    /** @param status MET, PLANNED, NOT_MET, BLANK or UNRECOGNISED; text as shown in the matrix */
    record Status(int criterion, String name, String status, Integer year, String text) {}

    record Target(Integer ntmYear, String ntmText, Integer advancedYear, Integer modelYear, String note) {}

    /**
     * A parent unit's matrix summed.
     *
     * @param criteriaCount             the size of the set (10, 19): what "all" and the bands refer to
     * @param communesMeetingHalfOrMore communes meeting at least half the criteria but not all (5-9 of 10)
     * @param communesBelowHalf         communes meeting fewer than half (below 5 of 10)
     * @param byGroup                   the same per commune group (1, 2, 3, then null for no known group)
     *                                  for a set graded by commune group; empty for other sets
     */
    record CriteriaSummary(
            String criteriaSet,
            String criteriaSetVersion,
            String criteriaSetTitle,
            int communes,
            int totalMet,
            Double averageMetPerCommune,
            List<CriterionCount> metPerCriterion,
            Map<String, Integer> plannedByYear,
            Location source,
            int criteriaCount,
            int communesMeetingAll,
            int communesMeetingHalfOrMore,
            int communesBelowHalf,
            List<GroupSummary> byGroup) {}

    /** The figures of one commune group of a matrix; {@code group} null for communes of no known group. */
    record GroupSummary(
            Integer group,
            String label,
            int communes,
            int totalMet,
            Double averageMetPerCommune,
            int communesMeetingAll,
            int communesMeetingHalfOrMore,
            int communesBelowHalf,
            List<Integer> metPerCriterion) {}

    /** @param communesMet number of communes meeting the criterion */
    record CriterionCount(int criterion, String name, int communesMet) {}

    record FindingEntry(
            String code,
            String severity,
            String messageVi,
            String messageEn,
            String file,
            String sheet,
            String cell,
            String reported,
            String expected) {}

    /** File (relative to the input folder), sheet and cell; sheet and cell may be null. */
    record Location(String file, String sheet, String cell) {}
}
