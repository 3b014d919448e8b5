package vn.ruralstat.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ruralstat.unit.Unit;

class OfficialFormsTest {

    @Test
    void writesTheDateLineWithLeadingZerosForDaysBelowTenAndForJanuaryAndFebruary() {
        // NĐ 30/2020, Phụ lục I, cell 4: "Hà Nội, ngày 05 tháng 01 năm 2020".
        assertThat(OfficialForms.placeAndDate("Hà Nội", LocalDate.of(2020, 1, 5)))
                .isEqualTo("Hà Nội, ngày 05 tháng 01 năm 2020");
        assertThat(OfficialForms.placeAndDate("Ngân Sơn", LocalDate.of(2026, 2, 28)))
                .isEqualTo("Ngân Sơn, ngày 28 tháng 02 năm 2026");
        assertThat(OfficialForms.placeAndDate("Ngân Sơn", LocalDate.of(2026, 3, 9)))
                .isEqualTo("Ngân Sơn, ngày 09 tháng 3 năm 2026");
        assertThat(OfficialForms.placeAndDate("Ngân Sơn", LocalDate.of(2026, 12, 3)))
                .isEqualTo("Ngân Sơn, ngày 03 tháng 12 năm 2026");
    }

    @Test
    void fillsTheHeadingFromTheUnitReportedWhenTheOfficeSetsNothing() {
        OfficialForm form = new OfficialForms(OfficeSettings.NONE)
                .form(
                        ReportForm.VILLAGE_POVERTY,
                        Unit.parse("huyện Quảng Hòa"),
                        Unit.parse("tỉnh Cao Bằng"),
                        "Năm 2025",
                        "hộ",
                        LocalDate.of(2026, 1, 5));

        assertThat(form.parentBody()).isEqualTo("UBND TỈNH CAO BẰNG");
        assertThat(form.issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN HUYỆN QUẢNG HÒA");
        assertThat(form.number()).isEqualTo("Số: ……………/BC-UBND");
        assertThat(form.placeAndDate()).isEqualTo("Quảng Hòa, ngày 05 tháng 01 năm 2026");
        assertThat(form.formNumber()).isEqualTo("Biểu số 02");
        assertThat(form.title()).isEqualTo("TỔNG HỢP HỘ NGHÈO, HỘ CẬN NGHÈO THEO THÔN");
        assertThat(form.head().headingLines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        assertThat(form.recipients()).isEmpty();
    }

    @Test
    void aRunOverSeveralUnitsTakesTheOfficesOwnUnitElseLeavesDotsToFillInByHand() {
        LocalDate day = LocalDate.of(2026, 1, 5);
        OfficialForm configured = new OfficialForms(
                        new OfficeSettings(null, null, "huyện Ngân Sơn", null, null, null, null, null, null))
                .form(ReportForm.SUMMARY, null, null, "", "", day);
        OfficialForm blank = new OfficialForms(OfficeSettings.NONE).form(ReportForm.SUMMARY, null, null, "", "", day);

        assertThat(configured.issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN HUYỆN NGÂN SƠN");
        assertThat(configured.placeAndDate()).startsWith("Ngân Sơn, ngày");
        assertThat(blank.issuingBody()).isEqualTo(OfficialForms.BLANK);
        assertThat(blank.parentBody()).isEmpty();
    }

    @Test
    void namesTheReportingPeriodsTheTableCovers() {
        assertThat(ReportPeriods.label(List.of("2025"))).isEqualTo("Năm 2025");
        assertThat(ReportPeriods.label(List.of("2022-2025"))).isEqualTo("Giai đoạn 2022-2025");
        // Ordered by their first year; "2022 - 2025" and "2022-2025" are one period.
        assertThat(ReportPeriods.label(List.of("2023", "2022 - 2025", "2022-2025")))
                .isEqualTo("Giai đoạn 2022-2025; năm 2023");
        assertThat(ReportPeriods.label(List.of("6 tháng đầu năm 2025"))).isEqualTo("6 tháng đầu năm 2025");
        assertThat(ReportPeriods.label(List.of())).isEmpty();
    }
}
