package vn.ruralstat.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.Rounding;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.rulebook.CommuneStanding;
import vn.ruralstat.rulebook.Indicator;
import vn.ruralstat.rulebook.IndicatorValue;
import vn.ruralstat.rulebook.Rulebook;

/**
 * Evaluates one commune's submitted indicators. The value of an indicator is the figure typed
 * when there is one, else the submitter's own assessment (Đạt / Chưa đạt). The indicator the
 * rulebook names as the multidimensional poverty rate (6.1 of 2026-2030) is computed from the commune's village poverty table when it is
 * present (poor households / households × 100, the poor only, as Decree 07/2021 defines the
 * rate): the computed figure is the one used, and a typed figure that disagrees is a finding.
 */
public final class IndicatorEvaluations {

    private IndicatorEvaluations() {}

    public record Result(CommuneEvaluation evaluation, List<Finding> findings) {}

    /**
     * The figure typed when it reads as one; otherwise the submitter's own assessment (a value
     * such as "Đã phê duyệt và công bố" beside "Đạt" is described, not measured).
     */
    static IndicatorValue valueOf(IndicatorEntry e) {
        IndicatorValue typed = IndicatorValue.parse(e.value());
        boolean usable = typed.kind() == IndicatorValue.Kind.NUMBER || typed.kind() == IndicatorValue.Kind.STATUS;
        return usable || e.assessment().isBlank() ? typed : IndicatorValue.parse(e.assessment());
    }

    public static Result evaluate(
            String commune,
            String parent,
            String period,
            Rulebook rulebook,
            String key,
            List<IndicatorEntry> entries,
            Double computedRate,
            SourceRef source) {
        List<Finding> findings = new ArrayList<>();
        Map<String, IndicatorEntry> byCode = new LinkedHashMap<>();
        Map<String, IndicatorValue> values = new LinkedHashMap<>();
        for (IndicatorEntry e : entries) {
            byCode.putIfAbsent(e.code(), e);
            values.putIfAbsent(e.code(), valueOf(e));
        }
        String povertyRate =
                rulebook.povertyRateIndicator().map(Indicator::code).orElse(null);
        if (computedRate != null && povertyRate != null) {
            IndicatorEntry typed = byCode.get(povertyRate);
            IndicatorValue typedValue = values.get(povertyRate);
            if (typed != null && typedValue != null && typedValue.number() != null) {
                int decimals =
                        Math.max(0, typedValue.number().stripTrailingZeros().scale());
                if (!Rounding.agrees(typedValue.number().doubleValue(), decimals, computedRate)) {
                    String exact = Rounding.show(computedRate, decimals);
                    findings.add(Finding.mismatch(
                            FindingCode.INDICATOR_DISAGREES_WITH_DATA,
                            source.at(typed.valueCell()),
                            typed.value(),
                            exact,
                            commune,
                            typed.value(),
                            exact));
                }
            }
            values.put(
                    povertyRate,
                    IndicatorValue.of(BigDecimal.valueOf(computedRate).setScale(2, RoundingMode.HALF_UP)));
        }
        CommuneStanding standing;
        if (key != null && rulebook.header().keys().contains(key)) {
            standing = CommuneStanding.assess(rulebook, key, values);
        } else {
            findings.add(Finding.of(FindingCode.COMMUNE_GROUP_UNKNOWN, source, commune));
            // Without its group, only targets for every commune ("*") apply; the others stay unknown.
            standing = CommuneStanding.assess(rulebook, vn.ruralstat.rulebook.Target.GENERAL_KEY, values);
        }
        for (String code : standing.unmatchedCodes()) {
            IndicatorEntry e = byCode.get(code);
            findings.add(Finding.of(
                    FindingCode.INDICATOR_UNKNOWN,
                    source.at(e == null ? null : e.valueCell()),
                    commune,
                    code,
                    rulebook.id()));
        }
        return new Result(
                new CommuneEvaluation(
                        commune,
                        parent,
                        period,
                        rulebook,
                        key != null && rulebook.header().keys().contains(key) ? key : null,
                        standing,
                        byCode,
                        computedRate,
                        source),
                findings);
    }
}
