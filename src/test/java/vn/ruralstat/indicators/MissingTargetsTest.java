package vn.ruralstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.rulebook.Rulebook;
import vn.ruralstat.rulebook.TestRulebooks;
import vn.ruralstat.rulebook.Verdict;

class MissingTargetsTest {

    private static final Rulebook NTM_2026 =
            TestRulebooks.national().byId("NTM-2026-2030").orElseThrow();

    private static CommuneEvaluation evaluated(String commune, String key) {
        IndicatorEntry value = new IndicatorEntry(commune, "4.1", "41%", "", "C5", null, 5);
        return IndicatorEvaluations.evaluate(
                        commune,
                        null,
                        "2026",
                        NTM_2026,
                        key,
                        List.of(value),
                        e -> SourceRef.file("tinh.xlsx"),
                        null,
                        SourceRef.file("tinh.xlsx"))
                .evaluation();
    }

    @Test
    void saysOncePerRulebookAndGroupWhichIndicatorsHaveNoTargetNotOncePerCommune() {
        List<Finding> findings = MissingTargets.of(List.of(
                evaluated("An Lão", "group-2"), evaluated("Kiến Thụy", "group-2"), evaluated("Tiên Lãng", "group-3")));

        // The shipped file gives no group-2 or group-3 target for any of the 47 indicators.
        assertThat(findings)
                .extracting(Finding::code)
                .containsOnly(FindingCode.TARGETS_MISSING_FOR_GROUP)
                .hasSize(2);
        assertThat(findings.get(0).arguments()).containsSubsequence("nhóm 2", "47");
        assertThat(findings.get(0).arguments().get(5)).isEqualTo("2"); // An Lão and Kiến Thụy
        assertThat(findings.get(0).messageVi()).contains("4.1", "10.4", "--ruralstat.rulebooks.targets=");
    }

    @Test
    void saysNothingForGroupOneOrForACommuneWhoseGroupIsUnknown() {
        CommuneEvaluation unknown = evaluated("Vĩnh Bảo", null);

        assertThat(MissingTargets.of(List.of(evaluated("Tân Hưng", "group-1"), unknown)))
                .isEmpty();
        // The unknown group is its own reason, not "no target in the rulebook".
        assertThat(unknown.standing().criteria().get(0).indicators().get(0).cause())
                .isEqualTo(Verdict.Cause.GROUP_UNKNOWN);
    }
}
