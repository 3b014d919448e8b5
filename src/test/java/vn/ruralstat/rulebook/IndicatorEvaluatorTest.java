package vn.ruralstat.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IndicatorEvaluatorTest {

    private static Indicator indicator(String code, String targetText) {
        return new Indicator(
                code,
                code.split("\\.")[0],
                "tên",
                "",
                Confidence.VERBATIM,
                "",
                "",
                "",
                "",
                List.of(TargetParser.parse(targetText, "group-1", "test", Confidence.VERBATIM)));
    }

    static Stream<Arguments> verdictsByHand() {
        return Stream.of(
                // code, target, value as typed, status, Vietnamese reason (the gap phrase for numbers)
                Arguments.of("4.1", "$\\geq 40\\%$", "35%", Status.NOT_MET, "4.1: 35% → ≥40%, thiếu 5 điểm %"),
                Arguments.of("4.1", "$\\geq 40\\%$", "40", Status.MET, "4.1: 40% → ≥40%, đạt"),
                Arguments.of("4.1", "$\\geq 40\\%$", "52,5 %", Status.MET, "4.1: 52,5% → ≥40%, đạt"),
                Arguments.of("2.4", "≥99%", "98,9", Status.NOT_MET, "2.4: 98,9% → ≥99%, thiếu 0,1 điểm %"),
                Arguments.of("6.1", "$\\leq 2\\%$", "3,5%", Status.NOT_MET, "6.1: 3,5% → ≤2%, vượt 1,5 điểm %"),
                Arguments.of("6.1", "$\\leq 2\\%$", "2", Status.MET, "6.1: 2% → ≤2%, đạt"),
                Arguments.of("6.1", "$\\leq 2\\%$", "0", Status.MET, "6.1: 0% → ≤2%, đạt"),
                Arguments.of("8.3", "100%", "97%", Status.NOT_MET, "8.3: 97% → 100%, thiếu 3 điểm %"),
                Arguments.of("8.3", "100%", "100", Status.MET, "8.3: 100% → 100%, đạt"),
                Arguments.of("9.9", "= 0", "2", Status.NOT_MET, "9.9: 2 → 0, vượt 2"),
                Arguments.of(
                        "7.4", "≥ 01 mô hình", "0", Status.NOT_MET, "7.4: 0 mô hình → ≥1 mô hình, thiếu 1 mô hình"),
                Arguments.of("7.4", "≥ 01 mô hình", "2 mô hình", Status.MET, "7.4: 2 mô hình → ≥1 mô hình, đạt"),
                Arguments.of("3.7", "≥ 01", "1", Status.MET, "3.7: 1 → ≥1, đạt"),
                Arguments.of(
                        "3.1",
                        "Bình quân từ 9,5 - 12%/năm",
                        "8",
                        Status.NOT_MET,
                        "3.1: 8%/năm → 9,5–12%/năm, thiếu 1,5 điểm %/năm"),
                Arguments.of(
                        "3.1", "Bình quân từ 9,5 - 12%/năm", "9,5", Status.MET, "3.1: 9,5%/năm → 9,5–12%/năm, đạt"),
                Arguments.of("3.1", "Bình quân từ 9,5 - 12%/năm", "12", Status.MET, "3.1: 12%/năm → 9,5–12%/năm, đạt"),
                Arguments.of(
                        "3.1",
                        "Bình quân từ 9,5 - 12%/năm",
                        "13",
                        Status.NOT_MET,
                        "3.1: 13%/năm → 9,5–12%/năm, vượt 1 điểm %/năm"),
                Arguments.of("1.1", "Đạt", "Đạt", Status.MET, "1.1: báo cáo 'Đạt', chỉ tiêu 'Đạt' → đạt"),
                Arguments.of("1.1", "Đạt", "x", Status.MET, "1.1: báo cáo 'x', chỉ tiêu 'Đạt' → đạt"),
                Arguments.of(
                        "1.1", "Đạt", "Chưa đạt", Status.NOT_MET, "1.1: báo cáo 'Chưa đạt', chỉ tiêu 'Đạt' → chưa đạt"),
                Arguments.of(
                        "2.3",
                        "Đạt (Tốt)",
                        "Đạt (Tốt)",
                        Status.MET,
                        "2.3: báo cáo 'Đạt (Tốt)', chỉ tiêu 'Đạt (Tốt)' → đạt"),
                Arguments.of(
                        "2.3",
                        "Đạt (Tốt)",
                        "Đạt (Khá)",
                        Status.NOT_MET,
                        "2.3: báo cáo 'Đạt (Khá)', chỉ tiêu 'Đạt (Tốt)': mức Khá thấp hơn mức Tốt → chưa đạt"),
                Arguments.of(
                        "2.3",
                        "Đạt (Tốt)",
                        "Đạt (Xuất sắc)",
                        Status.MET,
                        "2.3: báo cáo 'Đạt (Xuất sắc)', chỉ tiêu 'Đạt (Tốt)' → đạt"),
                Arguments.of(
                        "2.3",
                        "Đạt (Tốt)",
                        "Đạt",
                        Status.MET,
                        "2.3: báo cáo 'Đạt', chỉ tiêu 'Đạt (Tốt)' → đạt (mức Tốt không ghi, coi như theo đánh giá của đơn vị)"),
                Arguments.of("9.9", "Có", "Có", Status.MET, "9.9: báo cáo 'Có', chỉ tiêu 'Có' → đạt"),
                Arguments.of("9.9", "Có", "Không", Status.NOT_MET, "9.9: báo cáo 'Không', chỉ tiêu 'Có' → chưa đạt"),
                Arguments.of(
                        "4.1",
                        "$\\geq 40\\%$",
                        "Đạt",
                        Status.MET,
                        "4.1: báo cáo 'Đạt' không kèm số liệu; chỉ tiêu ≥40% — theo đánh giá của đơn vị: đạt"));
    }

    @ParameterizedTest(name = "{0} \"{1}\" with \"{2}\" is {3}")
    @MethodSource("verdictsByHand")
    void evaluatesEveryTargetFormAsCheckedByHand(
            String code, String target, String typed, Status status, String reasonVi) {
        Verdict v = IndicatorEvaluator.evaluate(indicator(code, target), "group-1", IndicatorValue.parse(typed));

        assertThat(v.status()).isEqualTo(status);
        assertThat(v.reasonVi()).isEqualTo(reasonVi);
        assertThat(v.cause()).isNull();
    }

    @Test
    void givesTheGapInTheTargetsUnitInVietnameseAndEnglish() {
        Verdict v = IndicatorEvaluator.evaluate(indicator("4.1", "$\\geq 40\\%$"), "group-1", IndicatorValue.of(35));

        assertThat(v.gap().distance()).isEqualByComparingTo("5");
        assertThat(v.gap().direction()).isEqualTo(Gap.Direction.RAISE);
        assertThat(v.gap().unit()).isEqualTo("%");
        assertThat(v.gap().phraseVi()).isEqualTo("4.1: 35% → ≥40%, thiếu 5 điểm %");
        assertThat(v.gap().phraseEn()).isEqualTo("4.1: 35% → ≥40%, 5 percentage points short");
        assertThat(v.reasonEn()).isEqualTo(v.gap().phraseEn());
    }

    @Test
    void givesAZeroGapWhenANumericTargetIsMetAndNoGapForPassFail() {
        Verdict met = IndicatorEvaluator.evaluate(indicator("6.1", "≤2%"), "group-1", IndicatorValue.of(1.2));
        Verdict passFail = IndicatorEvaluator.evaluate(indicator("1.1", "Đạt"), "group-1", IndicatorValue.parse("Đạt"));

        assertThat(met.gap().distance()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(met.gap().isMet()).isTrue();
        assertThat(met.gap().phraseEn()).isEqualTo("6.1: 1.2% → ≤2%, met");
        assertThat(passFail.gap()).isNull();
    }

    @Test
    void saysAValueIsMissingRatherThanGuessing() {
        Verdict v = IndicatorEvaluator.evaluate(indicator("4.1", "≥40%"), "group-1", IndicatorValue.parse("  "));

        assertThat(v.status()).isEqualTo(Status.NOT_ASSESSABLE);
        assertThat(v.cause()).isEqualTo(Verdict.Cause.VALUE_MISSING);
        assertThat(v.reasonVi()).isEqualTo("4.1: chưa có số liệu báo cáo (chỉ tiêu ≥40%)");
        assertThat(v.reasonEn()).isEqualTo("4.1: no value reported (target ≥40%)");
    }

    @Test
    void saysAValueCannotBeReadRatherThanGuessing() {
        Verdict v = IndicatorEvaluator.evaluate(
                indicator("4.1", "≥40%"), "group-1", IndicatorValue.parse("đang thực hiện"));

        assertThat(v.status()).isEqualTo(Status.NOT_ASSESSABLE);
        assertThat(v.cause()).isEqualTo(Verdict.Cause.VALUE_UNREADABLE);
        assertThat(v.reasonEn()).contains("'đang thực hiện'");
    }

    @Test
    void refusesToJudgeAPassFailTargetFromAFigure() {
        Verdict v = IndicatorEvaluator.evaluate(indicator("6.3", "Đạt"), "group-1", IndicatorValue.parse("95%"));

        assertThat(v.status()).isEqualTo(Status.NOT_ASSESSABLE);
        assertThat(v.cause()).isEqualTo(Verdict.Cause.VALUE_DOES_NOT_FIT);
    }

    @Test
    void anUnsetTargetIsNotAssessableAndSaysWhy() {
        Indicator i = new Indicator(
                "3.8",
                "3",
                "tên",
                "",
                Confidence.VERBATIM,
                "",
                "",
                "",
                "",
                List.of(
                        TargetParser.parse("$\\geq 60\\%$", "group-1", "seed 002", Confidence.VERBATIM),
                        Target.unset("group-2", "[N] not found")));

        Verdict v = IndicatorEvaluator.evaluate(i, "group-2", IndicatorValue.of(75));

        assertThat(v.status()).isEqualTo(Status.NOT_ASSESSABLE);
        assertThat(v.cause()).isEqualTo(Verdict.Cause.TARGET_UNKNOWN);
        assertThat(v.reasonVi())
                .isEqualTo("3.8: bộ tiêu chí chưa có chỉ tiêu cho nhóm 2 ([N] not found); không đánh giá");
        assertThat(v.reasonEn()).isEqualTo("3.8: no target in the rulebook for group-2 ([N] not found); not assessed");
    }

    @Test
    void aKeyWithoutItsOwnTargetFallsBackToTheGeneralOneOrIsUnknown() {
        Indicator general = new Indicator(
                "17.4",
                "17",
                "tên",
                "",
                Confidence.INFERRED,
                "",
                "",
                "",
                "",
                List.of(TargetParser.parse("≥ 2 m2/người", "*", "test", Confidence.VERBATIM)));
        Indicator groupOnly = indicator("4.1", "≥40%");

        assertThat(IndicatorEvaluator.evaluate(general, "tdmnpb", IndicatorValue.of(3))
                        .status())
                .isEqualTo(Status.MET);
        assertThat(IndicatorEvaluator.evaluate(groupOnly, "group-3", IndicatorValue.of(50))
                        .cause())
                .isEqualTo(Verdict.Cause.TARGET_UNKNOWN);
    }

    @Test
    void anUnreadableTargetIsNotAssessableAndNeverPassFail() {
        Verdict v =
                IndicatorEvaluator.evaluate(indicator("9.9", "Theo quy định"), "group-1", IndicatorValue.parse("Đạt"));

        assertThat(v.status()).isEqualTo(Status.NOT_ASSESSABLE);
        assertThat(v.cause()).isEqualTo(Verdict.Cause.TARGET_UNREADABLE);
        assertThat(v.reasonEn()).isEqualTo("9.9: target text 'Theo quy định' could not be read; not assessed");
    }

    @Test
    void aCriterionIsMetOnlyWhenAllItsIndicatorsAreMet() {
        Criterion c = new Criterion(
                "4",
                "Đào tạo nguồn nhân lực nông thôn",
                "",
                "",
                Confidence.VERBATIM,
                "",
                "",
                List.of(indicator("4.1", "$\\geq 40\\%$"), indicator("4.2", "Đạt")));

        CriterionVerdict allMet = IndicatorEvaluator.evaluate(
                c, "group-1", Map.of("4.1", IndicatorValue.of(45), "4.2", IndicatorValue.parse("Đạt")));
        CriterionVerdict oneNotMet = IndicatorEvaluator.evaluate(
                c, "group-1", Map.of("4.1", IndicatorValue.of(35), "4.2", IndicatorValue.parse("Đạt")));
        CriterionVerdict oneMissing = IndicatorEvaluator.evaluate(c, "group-1", Map.of("4.1", IndicatorValue.of(45)));
        CriterionVerdict notMetBeatsMissing =
                IndicatorEvaluator.evaluate(c, "group-1", Map.of("4.1", IndicatorValue.of(35)));

        assertThat(allMet.status()).isEqualTo(Status.MET);
        assertThat(oneNotMet.status()).isEqualTo(Status.NOT_MET);
        assertThat(oneNotMet.reasonVi()).isEqualTo("Tiêu chí 4: 1/2 chỉ tiêu đạt; chưa đạt: 4.1");
        assertThat(oneMissing.status()).isEqualTo(Status.NOT_ASSESSABLE);
        assertThat(oneMissing.reasonEn()).isEqualTo("Criterion 4: 1 of 2 indicators met; not assessable: 4.2");
        assertThat(notMetBeatsMissing.status()).isEqualTo(Status.NOT_MET);
    }
}
