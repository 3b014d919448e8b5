package vn.ruralstat.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TargetParserTest {

    static Stream<Arguments> publishedForms() {
        return Stream.of(
                // published text, comparison, value, upper, unit, level, display (vi)
                Arguments.of("Đạt", Comparison.PASS_FAIL, null, null, "", null, "Đạt"),
                Arguments.of("Đạt (Tốt)", Comparison.PASS_FAIL, null, null, "", "Tốt", "Đạt (Tốt)"),
                Arguments.of("Có", Comparison.PASS_FAIL, null, null, "", null, "Có"),
                Arguments.of("≥99%", Comparison.AT_LEAST, "99", null, "%", null, "≥99%"),
                Arguments.of("≥ 99 %", Comparison.AT_LEAST, "99", null, "%", null, "≥99%"),
                Arguments.of("$\\geq 90\\%$", Comparison.AT_LEAST, "90", null, "%", null, "≥90%"),
                Arguments.of("$\\geq 60\\%$", Comparison.AT_LEAST, "60", null, "%", null, "≥60%"),
                Arguments.of("≥60%", Comparison.AT_LEAST, "60", null, "%", null, "≥60%"),
                Arguments.of("≤2%", Comparison.AT_MOST, "2", null, "%", null, "≤2%"),
                Arguments.of("$\\leq 2\\%$", Comparison.AT_MOST, "2", null, "%", null, "≤2%"),
                Arguments.of("100%", Comparison.EXACTLY, "100", null, "%", null, "100%"),
                Arguments.of("= 0", Comparison.EXACTLY, "0", null, "", null, "0"),
                Arguments.of("≥ 01 mô hình", Comparison.AT_LEAST_COUNT, "1", null, "mô hình", null, "≥1 mô hình"),
                Arguments.of("≥01 mô hình", Comparison.AT_LEAST_COUNT, "1", null, "mô hình", null, "≥1 mô hình"),
                Arguments.of("≥ 01", Comparison.AT_LEAST_COUNT, "1", null, "", null, "≥1"),
                Arguments.of("≥ 2 m2/người", Comparison.AT_LEAST, "2", null, "m2/người", null, "≥2 m2/người"),
                Arguments.of("Bình quân từ 9,5 - 12%/năm", Comparison.RANGE, "9.5", "12", "%/năm", null, "9,5–12%/năm"),
                Arguments.of("từ 9,5% đến 12%", Comparison.RANGE, "9.5", "12", "%", null, "9,5–12%"));
    }

    @ParameterizedTest(name = "\"{0}\" is read as {1}")
    @MethodSource("publishedForms")
    void readsEveryPublishedForm(
            String text, Comparison comparison, String value, String upper, String unit, String level, String display) {
        Target t = TargetParser.parse(text);

        assertThat(t.comparison()).isEqualTo(comparison);
        assertFigure(t.value(), value);
        assertFigure(t.upperValue(), upper);
        assertThat(t.unit()).isEqualTo(unit);
        assertThat(t.level()).isEqualTo(level);
        assertThat(t.displayVi()).isEqualTo(display);
        assertThat(t.publishedText())
                .as("the text is kept exactly as published")
                .isEqualTo(text);
    }

    private static void assertFigure(BigDecimal actual, String expected) {
        if (expected == null) assertThat(actual).isNull();
        else assertThat(actual).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is kept as text and not understood")
    @MethodSource("unreadableForms")
    void keepsTextItCannotReadAsUnknownAndNeverAsPassFail(String text) {
        Target t = TargetParser.parse(text);

        assertThat(t.comparison()).isEqualTo(Comparison.UNKNOWN);
        assertThat(t.isUnset()).isFalse();
        assertThat(t.publishedText()).isEqualTo(text);
        assertThat(t.displayVi()).isEqualTo(text);
    }

    static Stream<String> unreadableForms() {
        // a bare 70% has no sign (≥? =?), "Không" could mean none or not required, a range upside down
        return Stream.of("70%", "Không", "Theo quy định", "Đạt chuẩn quốc gia mức độ 2", "12 - 9,5%");
    }

    @Test
    void anEmptyTextIsAnUnsetTargetNotAnUnreadableOne() {
        Target t = TargetParser.parse("", "group-2", "not found", Confidence.UNKNOWN);

        assertThat(t.isUnset()).isTrue();
        assertThat(t.isKnown()).isFalse();
        assertThat(t.confidence()).isEqualTo(Confidence.UNKNOWN);
        assertThat(t.displayEn()).isEqualTo("target unknown");
    }
}
