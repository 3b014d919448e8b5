package vn.ruralstat.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.Rounding;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.rulebook.CommuneStanding;
import vn.ruralstat.rulebook.Indicator;
import vn.ruralstat.rulebook.IndicatorValue;
import vn.ruralstat.rulebook.Rulebook;
import vn.ruralstat.rulebook.Target;

/**
 * Evaluates one commune's submitted indicators. The value of an indicator is the figure typed
 * when there is one, else the submitter's own assessment (Đạt / Chưa đạt) where the form asks for
 * no figure; a self-assessment beside an empty value cell is not a value (not assessable, and a
 * finding). The indicator the rulebook names as the multidimensional poverty rate (6.1 of
 * 2026-2030) is computed from the commune's village poverty table when it is present (poor
 * households / households × 100, the poor only, as Decree 07/2021 defines the rate): the computed
 * figure is the one used, and a typed figure that disagrees is a finding at the typed cell.
 *
 * <p>Every self-assessment beside a value is checked against the verdict of that value: "Đạt"
 * for a value that misses its target, or "Chưa đạt" for one that meets it, is a finding naming
 * both cells. A self-assessment in no known spelling is reported, never guessed.
 */
public final class IndicatorEvaluations {

    private IndicatorEvaluations() {}

    public record Result(CommuneEvaluation evaluation, List<Finding> findings) {}

    /**
     * The figure typed when it reads as one; an empty value cell beside a self-assessment is
     * {@link IndicatorValue.Kind#ASSESSMENT_ONLY}; otherwise (a described value such as "Đã phê
     * duyệt và công bố", or a form without a value column) the submitter's own assessment.
     */
    static IndicatorValue valueOf(IndicatorEntry e) {
        IndicatorValue typed = IndicatorValue.parse(e.value());
        if (measured(typed) || SelfAssessment.isBlank(e.assessment())) return typed;
        if (typed.kind() == IndicatorValue.Kind.MISSING && e.valueCell() != null) {
            return IndicatorValue.assessmentOnly(e.assessment());
        }
        return SelfAssessment.read(e.assessment())
                .map(s -> new IndicatorValue(IndicatorValue.Kind.STATUS, null, s, null, e.assessment()))
                .orElseGet(() -> IndicatorValue.parse(e.assessment()));
    }

    private static boolean measured(IndicatorValue v) {
        return v.kind() == IndicatorValue.Kind.NUMBER || v.kind() == IndicatorValue.Kind.STATUS;
    }

    /** The cell the value was read from: the value cell, or the assessment cell when the value came from there. */
    private static String valueCell(IndicatorEntry e) {
        return measured(IndicatorValue.parse(e.value())) || e.assessmentCell() == null
                ? e.valueCell()
                : e.assessmentCell();
    }

    /**
     * Evaluates a commune's entries, each read from the sheet {@code sheetOf} gives it (a commune's
     * indicators may come from several tables); {@code source} names the commune's first table.
     */
    public static Result evaluate(
            String commune,
            String parent,
            String period,
            Rulebook rulebook,
            String key,
            List<IndicatorEntry> entries,
            Function<IndicatorEntry, SourceRef> sheetOf,
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
        boolean rateComputed = computedRate != null && povertyRate != null;
        if (rateComputed) {
            IndicatorEntry typed = byCode.get(povertyRate);
            IndicatorValue typedValue = values.get(povertyRate);
            if (typed != null && typedValue != null && typedValue.number() != null) {
                int decimals =
                        Math.max(0, typedValue.number().stripTrailingZeros().scale());
                if (!Rounding.agrees(typedValue.number().doubleValue(), decimals, computedRate)) {
                    String exact = Rounding.show(computedRate, decimals);
                    findings.add(Finding.mismatch(
                            FindingCode.INDICATOR_DISAGREES_WITH_DATA,
                            sheetOf.apply(typed).at(valueCell(typed)),
                            typedValue.rawText(),
                            exact,
                            commune,
                            typedValue.rawText(),
                            exact));
                }
            }
            values.put(
                    povertyRate,
                    IndicatorValue.of(BigDecimal.valueOf(computedRate).setScale(2, RoundingMode.HALF_UP)));
        }
        boolean groupKnown = key != null && rulebook.header().keys().contains(key);
        CommuneStanding standing;
        if (groupKnown) {
            standing = CommuneStanding.assess(rulebook, key, values);
        } else {
            findings.add(Finding.of(FindingCode.COMMUNE_GROUP_UNKNOWN, source, commune));
            // Without its group, only targets for every commune ("*") apply; the others stay unknown.
            standing = CommuneStanding.assess(rulebook, Target.GENERAL_KEY, values);
        }
        for (String code : standing.unmatchedCodes()) {
            IndicatorEntry e = byCode.get(code);
            findings.add(Finding.of(
                    FindingCode.INDICATOR_UNKNOWN,
                    e == null ? source : sheetOf.apply(e).at(e.valueCell()),
                    commune,
                    code,
                    rulebook.id()));
        }
        SelfAssessmentCheck check = new SelfAssessmentCheck(commune, rulebook, standing, sheetOf);
        for (IndicatorEntry e : byCode.values()) {
            boolean computed = rateComputed && e.code().equals(povertyRate);
            findings.addAll(check.of(e, computed ? computedRate : null));
        }
        return new Result(
                new CommuneEvaluation(
                        commune,
                        parent,
                        period,
                        rulebook,
                        groupKnown ? key : null,
                        standing,
                        byCode,
                        computedRate,
                        source),
                findings);
    }
}
