package vn.ruralstat.rulebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a commune stands against an NTM rulebook: criteria and indicators met, and whether it
 * meets the standard (every criterion met).
 *
 * @param unmatchedCodes codes among the values that are not indicators of the rulebook (kept, not dropped silently)
 */
public record CommuneStanding(
        String rulebookId,
        String rulebookVersion,
        String key,
        List<CriterionVerdict> criteria,
        List<String> unmatchedCodes) {

    public CommuneStanding {
        criteria = List.copyOf(criteria);
        unmatchedCodes = List.copyOf(unmatchedCodes);
    }

    /**
     * Evaluates every indicator of {@code rulebook} for a commune of {@code key} from its values
     * by indicator code; an indicator without a value is missing.
     */
    public static CommuneStanding assess(Rulebook rulebook, String key, Map<String, IndicatorValue> values) {
        if (!rulebook.header().acceptsKey(key)) {
            throw new IllegalArgumentException("key '" + key + "' is not one of " + rulebook.id() + "'s keys "
                    + rulebook.header().keys() + " / khóa '" + key + "' không thuộc " + rulebook.id());
        }
        List<CriterionVerdict> verdicts = new ArrayList<>();
        for (Criterion c : rulebook.criteria()) verdicts.add(IndicatorEvaluator.evaluate(c, key, values));
        Set<String> known = rulebook.indicators().stream().map(Indicator::code).collect(Collectors.toSet());
        List<String> unmatched = values.keySet().stream()
                .filter(k -> !known.contains(k))
                .sorted()
                .toList();
        return new CommuneStanding(rulebook.id(), rulebook.version(), key, verdicts, unmatched);
    }

    public long criteriaMet() {
        return criteria.stream().filter(c -> c.status() == Status.MET).count();
    }

    public int criteriaCount() {
        return criteria.size();
    }

    public long indicatorsMet() {
        return criteria.stream().mapToLong(CriterionVerdict::indicatorsMet).sum();
    }

    public int indicatorCount() {
        return criteria.stream().mapToInt(c -> c.indicators().size()).sum();
    }

    /** Met when every criterion is met; not met when any is not met; otherwise not assessable. */
    public Status standard() {
        if (criteria.stream().anyMatch(c -> c.status() == Status.NOT_MET)) return Status.NOT_MET;
        return criteriaMet() == criteriaCount() ? Status.MET : Status.NOT_ASSESSABLE;
    }

    /** True when the commune meets the NTM standard: all criteria met. */
    public boolean meetsStandard() {
        return standard() == Status.MET;
    }
}
