package vn.ruralstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ruralstat.finding.Severity;

class VietnameseLabelsTest {

    @ParameterizedTest(name = "{0} + \"{1}\" → \"{2}\"")
    @CsvSource({
        "xã, Ngân Sơn, xã Ngân Sơn",
        "xã, Xã Ngân Sơn, Xã Ngân Sơn",
        "xã, 'Thị trấn  Hòa Thuận', Thị trấn Hòa Thuận",
        "huyện, Quảng Hòa, huyện Quảng Hòa",
        "huyện, HUYỆN QUẢNG HÒA, HUYỆN QUẢNG HÒA",
        "thôn, Xóm 8, Xóm 8"
    })
    void addsTheKindOfUnitOnlyWhenTheSourceLeftItOut(String kind, String name, String expected) {
        assertThat(VietnameseLabels.withKind(kind, name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource({"2025, năm 2025", "6 tháng đầu năm 2025, 6 tháng đầu năm 2025", "'', ''"})
    void readsAYearAsAYearAndOtherPeriodsAsWritten(String period, String expected) {
        assertThat(VietnameseLabels.period(period)).isEqualTo(expected);
    }

    @Test
    void namesSeveritiesAsOfficersDo() {
        assertThat(VietnameseLabels.severity(Severity.ERROR)).isEqualTo("Lỗi");
        assertThat(VietnameseLabels.severity(Severity.WARNING)).isEqualTo("Cảnh báo");
        assertThat(VietnameseLabels.severity(Severity.INFO)).isEqualTo("Thông tin");
    }

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource({
        "group-2, nhóm 2",
        "tdmnpb, vùng Trung du và miền núi phía Bắc",
        "dbscl, vùng Đồng bằng sông Cửu Long",
        "rural, nông thôn",
        "some-new-key, chưa rõ"
    })
    void namesWhatTargetsVaryByWithoutTheRulebookFilesKeys(String key, String expected) {
        assertThat(VietnameseLabels.targetKey(key)).isEqualTo(expected);
    }

    @Test
    void labelsATotalWithItsPeriodOnlyWhenTheSheetHoldsSeveral() {
        assertThat(VietnameseLabels.totalOfPeriod("2023", false)).isEqualTo("Tổng cộng");
        assertThat(VietnameseLabels.totalOfPeriod("2023", true)).isEqualTo("Tổng cộng kỳ 2023");
        assertThat(VietnameseLabels.totalOfPeriod(null, true)).isEqualTo("Tổng cộng (chưa rõ kỳ)");
        assertThat(VietnameseLabels.severalPeriods(java.util.Arrays.asList("2023", "2023")))
                .isFalse();
        assertThat(VietnameseLabels.severalPeriods(java.util.Arrays.asList("2022-2025", "2023")))
                .isTrue();
        assertThat(VietnameseLabels.severalPeriods(java.util.Arrays.asList("2023", null)))
                .isTrue();
    }
}
