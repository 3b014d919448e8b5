package vn.ruralstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ruralstat.rulebook.TestRulebooks;

class IndicatorCodesTest {

    @ParameterizedTest
    @CsvSource(
            nullValues = "none",
            delimiter = '|',
            value = {
                "1.1. Có quy hoạch chung xã | 1.1",
                "4.1 Tỷ lệ lao động | 4.1",
                "  10.4. Xây dựng lực lượng | 10.4",
                "3.10. Có khu công nghiệp | 3.10",
                "04.1 | 4.1",
                "1 | none",
                "Quy hoạch | none",
                "1.234 hộ | none",
                "Tỷ lệ 2.4 | none"
            })
    void readsTheCodeAtTheStartOfAnIndicatorsText(String text, String code) {
        assertThat(IndicatorCodes.atStart(text).orElse(null)).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "none",
            delimiter = '|',
            value = {
                "Chỉ tiêu 1.1 | 1.1",
                "TC 4.1 | 4.1",
                "CT 2.4 | 2.4",
                "Tiêu chí 4 / 4.1 | 4.1",
                "Tiêu chí 4. Đào tạo / 4.2 Tỷ lệ người theo học | 4.2",
                "4.1 Tỷ lệ lao động qua đào tạo | 4.1",
                "Tiêu chí 4 | none",
                "TC 7 | none",
                "Giao thông | none",
                "Tỷ lệ ≥ 2.5 | none"
            })
    void readsTheCodeAHeaderNames(String label, String code) {
        assertThat(IndicatorCodes.inHeader(label).orElse(null)).isEqualTo(code);
    }

    @Test
    void knowsThe47IndicatorsOfThe2026Set() {
        assertThat(IndicatorCodes.ofIndicatorRulebooks(TestRulebooks.national()).contains("1.1"))
                .isTrue();
        assertThat(IndicatorCodes.ofIndicatorRulebooks(TestRulebooks.national()).contains("3.10"))
                .isTrue();
        assertThat(IndicatorCodes.ofIndicatorRulebooks(TestRulebooks.national()).contains("10.4"))
                .isTrue();
        assertThat(IndicatorCodes.ofIndicatorRulebooks(TestRulebooks.national()).contains("10.5"))
                .isFalse();
        assertThat(IndicatorCodes.ofIndicatorRulebooks(TestRulebooks.national()).contains("17.10"))
                .isFalse();
    }
}
