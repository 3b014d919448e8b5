package vn.ruralstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.rulebook.Rulebook;
import vn.ruralstat.rulebook.Status;
import vn.ruralstat.rulebook.TestRulebooks;
import vn.ruralstat.rulebook.Verdict;

class IndicatorEvaluationsTest {

    private static final Rulebook NTM_2026 =
            TestRulebooks.national().byId("NTM-2026-2030").orElseThrow();
    private static final SourceRef SHEET = new SourceRef("binh-giang.xlsx", "Danh gia", null);

    private static IndicatorEntry entry(String code, String value, String assessment, int row) {
        return new IndicatorEntry(null, code, value, assessment, "D" + row, "E" + row, row);
    }

    private static Verdict verdict(CommuneEvaluation e, String code) {
        return e.standing().criteria().stream()
                .flatMap(c -> c.indicators().stream())
                .filter(v -> v.indicator().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void computesIndicator61FromTheVillagePovertyTableAndReportsATypedFigureThatDisagrees() {
        // Ngân Sơn sample: 415 poor of 9,606 households = 4.32 %; the commune typed 3 %. Target of 6.1: ≤ 2 %.
        double computed = 415 * 100.0 / 9606;
        IndicatorEvaluations.Result result = IndicatorEvaluations.evaluate(
                "Bình Giang",
                null,
                "2026",
                NTM_2026,
                "group-1",
                List.of(entry("6.1", "3%", "Đạt", 20)),
                computed,
                SHEET);

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.INDICATOR_DISAGREES_WITH_DATA);
            assertThat(f.source().cell()).isEqualTo("D20");
            assertThat(f.expected()).isEqualTo("4,32");
        });
        Verdict poverty = verdict(result.evaluation(), "6.1");
        assertThat(poverty.status()).isEqualTo(Status.NOT_MET);
        // 4.32 − 2 = 2.32 percentage points above the ceiling
        assertThat(poverty.gap().distance()).isEqualByComparingTo("2.32");
    }

    @Test
    void evaluatesFiguresAndAssessmentsAgainstTheGroupOneTargets() {
        IndicatorEvaluations.Result result = IndicatorEvaluations.evaluate(
                "Bình Giang",
                null,
                "2026",
                NTM_2026,
                "group-1",
                List.of(entry("1.1", "", "Đạt", 8), entry("2.4", "97%", "", 12), entry("3.3", "2 mô hình", "", 15)),
                null,
                SHEET);

        CommuneEvaluation e = result.evaluation();
        assertThat(verdict(e, "1.1").status()).isEqualTo(Status.MET);
        // 2.4: ≥ 99 %, reported 97 %: 2 points short
        assertThat(verdict(e, "2.4").status()).isEqualTo(Status.NOT_MET);
        assertThat(verdict(e, "2.4").gap().distance()).isEqualByComparingTo("2");
        assertThat(verdict(e, "1.2").status()).as("no value").isEqualTo(Status.NOT_ASSESSABLE);
        assertThat(e.rulebookId()).isEqualTo("NTM-2026-2030");
        assertThat(e.rulebookVersion()).isEqualTo(NTM_2026.version());
        assertThat(e.standing().standard()).isEqualTo(Status.NOT_MET);
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void leavesEverythingUnassessableAndSaysSoWhenTheCommunesGroupIsUnknown() {
        IndicatorEvaluations.Result result = IndicatorEvaluations.evaluate(
                "Bình Giang", null, "2026", NTM_2026, null, List.of(entry("2.4", "97%", "", 12)), null, SHEET);

        assertThat(result.findings()).extracting(f -> f.code()).containsExactly(FindingCode.COMMUNE_GROUP_UNKNOWN);
        assertThat(verdict(result.evaluation(), "2.4").status()).isEqualTo(Status.NOT_ASSESSABLE);
        assertThat(result.evaluation().key()).isNull();
    }

    @Test
    void reportsAnIndicatorCodeTheRulebookDoesNotHave() {
        IndicatorEvaluations.Result result = IndicatorEvaluations.evaluate(
                "Bình Giang", null, "2026", NTM_2026, "group-1", List.of(entry("11.9", "5", "", 30)), null, SHEET);

        assertThat(result.findings())
                .extracting(f -> f.code(), f -> f.source().cell())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingCode.INDICATOR_UNKNOWN, "D30"));
    }
}
