package vn.ruralstat.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.Rounding;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.message.Message;
import vn.ruralstat.rulebook.CommuneStanding;
import vn.ruralstat.rulebook.IndicatorValue;
import vn.ruralstat.rulebook.Rulebook;
import vn.ruralstat.rulebook.Status;
import vn.ruralstat.rulebook.Verdict;

/**
 * Checks a commune's self-assessments against the verdicts its values reach: a self-assessment
 * beside an empty value cell cannot be checked; one in no known spelling is reported; "Đạt"
 * beside a value that misses the target of the commune's group, or "Chưa đạt" beside one that
 * meets it, contradicts the value. Only a measured value (a figure, or a status typed in the value
 * cell, or the poverty rate computed from the villages) can contradict; a self-assessment that
 * stood in for a described value is the value itself.
 */
final class SelfAssessmentCheck {

    private final String commune;
    private final Rulebook rulebook;
    private final CommuneStanding standing;
    private final Function<IndicatorEntry, SourceRef> sheetOf;

    SelfAssessmentCheck(
            String commune, Rulebook rulebook, CommuneStanding standing, Function<IndicatorEntry, SourceRef> sheetOf) {
        this.commune = commune;
        this.rulebook = rulebook;
        this.standing = standing;
        this.sheetOf = sheetOf;
    }

    /**
     * The findings on {@code e}'s self-assessment, given the poverty rate computed from the villages when that replaced the typed figure.
     */
    List<Finding> of(IndicatorEntry e, Double computedRate) {
        if (e.assessmentCell() == null || SelfAssessment.isBlank(e.assessment())) return List.of();
        Optional<Verdict> verdict = verdict(e.code());
        if (verdict.isEmpty()) return List.of();
        SourceRef at = sheetOf.apply(e).at(e.assessmentCell());
        List<Finding> findings = new ArrayList<>();
        Optional<Status> claimed = SelfAssessment.read(e.assessment());
        if (claimed.isEmpty()) {
            findings.add(Finding.of(FindingCode.SELF_ASSESSMENT_UNREADABLE, at, commune, e.code(), e.assessment()));
        }
        Verdict v = verdict.get();
        if (v.cause() == Verdict.Cause.ASSESSMENT_WITHOUT_VALUE) {
            findings.add(Finding.of(
                    FindingCode.SELF_ASSESSMENT_WITHOUT_VALUE, at, commune, e.code(), e.assessment(), e.valueCell()));
            return findings;
        }
        IndicatorValue.Kind typed = IndicatorValue.parse(e.value()).kind();
        boolean measured =
                computedRate != null || typed == IndicatorValue.Kind.NUMBER || typed == IndicatorValue.Kind.STATUS;
        if (!measured || claimed.isEmpty() || v.status() == Status.NOT_ASSESSABLE || v.status() == claimed.get()) {
            return findings;
        }
        Message shown = computedRate == null
                ? Message.of("SELF_ASSESSMENT_CONTRADICTS.typedValue", e.value(), e.valueCell())
                : Message.of(
                        "SELF_ASSESSMENT_CONTRADICTS.computedValue",
                        Rounding.show(computedRate, 2),
                        e.valueCell() == null ? "—" : e.valueCell(),
                        e.value().isBlank() ? "—" : e.value());
        String target = rulebook.indicator(e.code())
                .map(i -> i.targetFor(v.key()).displayVi())
                .orElse("");
        findings.add(Finding.mismatch(
                FindingCode.SELF_ASSESSMENT_CONTRADICTS,
                claimed.get() == Status.MET ? "claimsMet" : "claimsNotMet",
                at,
                e.assessment(),
                v.status().vi(),
                commune,
                e.code(),
                e.assessment(),
                e.assessmentCell(),
                shown,
                target));
        return findings;
    }

    private Optional<Verdict> verdict(String code) {
        return standing.criteria().stream()
                .flatMap(c -> c.indicators().stream())
                .filter(v -> v.indicator().equals(code))
                .findFirst();
    }
}
