package vn.ruralstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ruralstat.indicators.Verdicts.verdict;

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

    /** Evaluates entries all read from {@link #SHEET}. */
    private static IndicatorEvaluations.Result evaluate(String key, List<IndicatorEntry> entries, Double computed) {
        return IndicatorEvaluations.evaluate(
                "Bình Giang", null, "2026", NTM_2026, key, entries, e -> SHEET, computed, SHEET);
    }

    @Test
    void computesIndicator61FromTheVillagePovertyTableAndReportsATypedFigureThatDisagrees() {
        // Ngân Sơn sample: 415 poor of 9,606 households = 4.32 %; the commune typed 3 %. Target of 6.1: ≤ 2 %.
        double computed = 415 * 100.0 / 9606;
        IndicatorEvaluations.Result result = evaluate("group-1", List.of(entry("6.1", "3%", "Đạt", 20)), computed);

        assertThat(result.findings())
                .filteredOn(f -> f.code() == FindingCode.INDICATOR_DISAGREES_WITH_DATA)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.source().cell()).isEqualTo("D20");
                    assertThat(f.expected()).isEqualTo("4,32");
                });
        // "Đạt" typed beside 6.1, but 4.32 % > 2 %: the self-assessment contradicts the computed rate.
        assertThat(result.findings())
                .filteredOn(f -> f.code() == FindingCode.SELF_ASSESSMENT_CONTRADICTS)
                .singleElement()
                .satisfies(f -> assertThat(f.source().cell()).isEqualTo("E20"));
        Verdict poverty = verdict(result.evaluation(), "6.1");
        assertThat(poverty.status()).isEqualTo(Status.NOT_MET);
        // 4.32 − 2 = 2.32 percentage points above the ceiling
        assertThat(poverty.gap().distance()).isEqualByComparingTo("2.32");
    }

    @Test
    void evaluatesFiguresAndAssessmentsAgainstTheGroupOneTargets() {
        IndicatorEvaluations.Result result = evaluate(
                "group-1",
                List.of(entry("1.1", "", "Đạt", 8), entry("2.4", "97%", "", 12), entry("3.3", "2 mô hình", "", 15)),
                null);

        CommuneEvaluation e = result.evaluation();
        // 1.1: "Đạt" beside an empty value cell D8: nothing to check the assessment by.
        assertThat(verdict(e, "1.1").status()).isEqualTo(Status.NOT_ASSESSABLE);
        assertThat(verdict(e, "1.1").cause()).isEqualTo(Verdict.Cause.ASSESSMENT_WITHOUT_VALUE);
        // 2.4: ≥ 99 %, reported 97 %: 2 points short
        assertThat(verdict(e, "2.4").status()).isEqualTo(Status.NOT_MET);
        assertThat(verdict(e, "2.4").gap().distance()).isEqualByComparingTo("2");
        assertThat(verdict(e, "1.2").status()).as("no value").isEqualTo(Status.NOT_ASSESSABLE);
        assertThat(e.rulebookId()).isEqualTo("NTM-2026-2030");
        assertThat(e.rulebookVersion()).isEqualTo(NTM_2026.version());
        assertThat(e.standing().standard()).isEqualTo(Status.NOT_MET);
        assertThat(result.findings())
                .extracting(f -> f.code(), f -> f.source().cell())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingCode.SELF_ASSESSMENT_WITHOUT_VALUE, "E8"));
    }

    @Test
    void leavesEverythingUnassessableAndSaysSoWhenTheCommunesGroupIsUnknown() {
        IndicatorEvaluations.Result result = evaluate(null, List.of(entry("2.4", "97%", "", 12)), null);

        assertThat(result.findings()).extracting(f -> f.code()).containsExactly(FindingCode.COMMUNE_GROUP_UNKNOWN);
        assertThat(verdict(result.evaluation(), "2.4").status()).isEqualTo(Status.NOT_ASSESSABLE);
        assertThat(result.evaluation().key()).isNull();
    }

    @Test
    void reportsAnIndicatorCodeTheRulebookDoesNotHave() {
        IndicatorEvaluations.Result result = evaluate("group-1", List.of(entry("11.9", "5", "", 30)), null);

        assertThat(result.findings())
                .extracting(f -> f.code(), f -> f.source().cell())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingCode.INDICATOR_UNKNOWN, "D30"));
    }

    private static IndicatorEvaluations.Result groupOne(IndicatorEntry... entries) {
        return evaluate("group-1", List.of(entries), null);
    }

    @Test
    void reportsASelfAssessedDatBesideAFigureBelowTheGroupTargetNamingBothCells() {
        // 4.1 group 1: ≥ 40 %; 35 % is 5 points short, yet the commune wrote "Đạt".
        IndicatorEvaluations.Result result = groupOne(entry("4.1", "35%", "Đạt", 14));

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.SELF_ASSESSMENT_CONTRADICTS);
            assertThat(f.key()).isEqualTo("SELF_ASSESSMENT_CONTRADICTS.claimsMet");
            assertThat(f.source()).isEqualTo(SHEET.at("E14"));
            assertThat(f.messageVi()).contains("(ô E14)", "35% (ô D14)", "≥40%");
        });
        assertThat(verdict(result.evaluation(), "4.1").status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void reportsASelfAssessedChuaDatBesideAFigureThatMeetsTheTarget() {
        // 2.4 group 1: ≥ 99 %; "99,5" read with its decimal comma meets it, yet "Chưa đạt" was written.
        IndicatorEvaluations.Result result = groupOne(entry("2.4", "99,5", "Chưa đạt", 12));

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("SELF_ASSESSMENT_CONTRADICTS.claimsNotMet");
            assertThat(f.messageVi()).contains("(ô E12)", "99,5 (ô D12)");
        });
        assertThat(verdict(result.evaluation(), "2.4").status()).isEqualTo(Status.MET);
    }

    @Test
    void reportsAStatusTypedAsValueThatTheSelfAssessmentContradicts() {
        // 1.1 group 1: "Đạt"; the value cell says "Chưa đạt", the assessment "Đ".
        IndicatorEvaluations.Result result = groupOne(entry("1.1", "Chưa đạt", "Đ", 8));

        assertThat(result.findings()).extracting(f -> f.key()).containsExactly("SELF_ASSESSMENT_CONTRADICTS.claimsMet");
    }

    @Test
    void agreeingSelfAssessmentsInEverySpellingRaiseNothing() {
        // Group 1: 4.1 ≥ 40 %, 2.4 ≥ 99 %, 6.2 ≥ 95 %, 8.3 100 %, 3.8 ≥ 60 %; 2.1, 2.6, 3.2, 3.4 "Đạt".
        // "0,5" typed as text is 0.5 (%), never 50 %: a fraction only in a real percentage cell; 0.5 < 60.
        IndicatorEvaluations.Result result = groupOne(
                entry("4.1", "45%", " đạt. ", 14),
                entry("2.4", "97%", "CHƯA ĐẠT", 12),
                entry("6.2", "96%", "x", 20),
                entry("2.1", "Đạt", "Đã đạt", 22),
                entry("8.3", "100%", "ĐẠT", 24),
                entry("2.6", "Chưa đạt", "chưa", 26),
                entry("3.2", "Chưa đạt", "CĐ", 28),
                entry("3.4", "Chưa đạt", "- Không đạt -", 30),
                entry("3.8", "0,5", "Chưa đạt", 32));

        assertThat(result.findings()).isEmpty();
    }

    @Test
    void reportsASelfAssessmentInNoKnownSpellingWithoutGuessing() {
        IndicatorEvaluations.Result result = groupOne(entry("4.1", "45%", "Đạt yêu cầu?", 14));

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.SELF_ASSESSMENT_UNREADABLE);
            assertThat(f.source().cell()).isEqualTo("E14");
        });
        // The value still counts: 45 % ≥ 40 %.
        assertThat(verdict(result.evaluation(), "4.1").status()).isEqualTo(Status.MET);
    }

    @Test
    void aSelfAssessmentBesideADescribedValueStandsForItAndCannotContradictIt() {
        // "Đã phê duyệt và công bố" is no figure: the assessment is taken as the commune's own.
        IndicatorEvaluations.Result result = groupOne(entry("1.1", "Đã phê duyệt và công bố", "Đạt", 8));

        assertThat(result.findings()).isEmpty();
        assertThat(verdict(result.evaluation(), "1.1").status()).isEqualTo(Status.MET);
    }

    @Test
    void aFormWithoutAValueColumnKeepsItsSelfAssessmentsAsTheValues() {
        IndicatorEntry onlyAssessed = new IndicatorEntry(null, "1.1", "", "Đạt", null, "E8", 8);

        IndicatorEvaluations.Result result = groupOne(onlyAssessed);

        assertThat(result.findings()).isEmpty();
        assertThat(verdict(result.evaluation(), "1.1").status()).isEqualTo(Status.MET);
    }

    @Test
    void citesEachTypedFigureInTheSheetItWasReadFrom() {
        // Two tables of one commune: 6.1 typed in the second; the finding must not cite the first sheet.
        SourceRef second = new SourceRef("binh-giang-6-1.xlsx", "Ngheo", null);
        IndicatorEntry typed = entry("6.1", "3%", "", 9);
        IndicatorEvaluations.Result result = IndicatorEvaluations.evaluate(
                "Bình Giang",
                null,
                "2026",
                NTM_2026,
                "group-1",
                List.of(entry("4.1", "45%", "", 14), typed),
                e -> e == typed ? second : SHEET,
                1.5,
                SHEET);

        assertThat(result.findings())
                .filteredOn(f -> f.code() == FindingCode.INDICATOR_DISAGREES_WITH_DATA)
                .singleElement()
                .satisfies(f -> assertThat(f.source()).isEqualTo(second.at("D9")));
    }

    @Test
    void citesTheAssessmentCellWhenThe61FigureWasWrittenThere() {
        // A form without a value column: "3%" written under "Tự đánh giá" is the typed figure.
        IndicatorEntry typed = new IndicatorEntry(null, "6.1", "", "3%", null, "E20", 20);

        IndicatorEvaluations.Result result = evaluate("group-1", List.of(typed), 1.5);

        assertThat(result.findings())
                .filteredOn(f -> f.code() == FindingCode.INDICATOR_DISAGREES_WITH_DATA)
                .singleElement()
                .satisfies(f -> assertThat(f.source().cell()).isEqualTo("E20"));
    }
}
