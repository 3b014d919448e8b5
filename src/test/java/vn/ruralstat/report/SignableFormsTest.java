package vn.ruralstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ruralstat.office.OfficeSettings;
import vn.ruralstat.office.OfficialForm;
import vn.ruralstat.office.OfficialForms;

class SignableFormsTest {

    private final SignableForms forms = new SignableForms(
            new OfficialForms(OfficeSettings.NONE), SampleConsolidation.build(), LocalDate.of(2026, 1, 5));

    @Test
    void signsTheSummaryThePovertySheetsAndTheCriteriaMatricesOnly() {
        assertThat(forms.of(SummarySheet.NAME).title())
                .isEqualTo("BÁO CÁO TỔNG HỢP SỐ LIỆU HỘ NGHÈO VÀ TIÊU CHÍ NÔNG THÔN MỚI");
        assertThat(forms.of(VillagePovertySheet.NAME).formNumber()).isEqualTo("Biểu số 02");
        assertThat(forms.of(CommunePovertySheet.NAME).formNumber()).isEqualTo("Biểu số 03");
        assertThat(forms.of(CriteriaMatrixSheet.NAME + " 2026-2030").formNumber())
                .isEqualTo("Biểu số 04");
        assertThat(forms.of(CriteriaGroupSheet.NAME).formNumber()).isEqualTo("Biểu số 05");
        assertThat(Arrays.asList(FindingsSheet.NAME, SourcesSheet.NAME, "Kế hoạch theo năm"))
                .allSatisfy(name -> assertThat(forms.of(name)).isNull());
    }

    @Test
    void issuesTheFormsForTheRunsUnitWithThePeriodsOfTheirOwnData() {
        OfficialForm village = forms.of(VillagePovertySheet.NAME);
        OfficialForm criteria = forms.of(CriteriaMatrixSheet.NAME);

        // SampleConsolidation: huyện Quảng Hòa; poverty of 2025, the criteria matrix of 2022.
        assertThat(village.issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN HUYỆN QUẢNG HÒA");
        assertThat(village.placeAndDate()).isEqualTo("Quảng Hòa, ngày 05 tháng 01 năm 2026");
        assertThat(village.period()).isEqualTo("Kỳ báo cáo: năm 2025");
        assertThat(village.unitOfMeasure()).isEqualTo("hộ");
        assertThat(criteria.period()).isEqualTo("Kỳ báo cáo: năm 2022");
        assertThat(forms.of(SummarySheet.NAME).period()).isEqualTo("Kỳ báo cáo: năm 2022, năm 2025");
    }

    @Test
    void leavesTheIssuingBodyToFillInWhenTheScopeNamesNoUnitOfTheData() {
        var sample = SampleConsolidation.build();
        var summaryOfOneUnit = new vn.ruralstat.consolidate.Consolidation(
                sample.runId(),
                "xã Ngân Sơn (Thái Nguyên), kỳ 2025",
                sample.poverty(),
                sample.rollups(),
                sample.criteria(),
                sample.findings(),
                sample.sources());

        OfficialForm form = new SignableForms(
                        new OfficialForms(OfficeSettings.NONE), summaryOfOneUnit, LocalDate.of(2026, 1, 5))
                .of(SummarySheet.NAME);

        assertThat(form.issuingBody()).isEqualTo("……………");
        assertThat(form.issuingBody()).doesNotContain("KỲ");
    }

    @Test
    void namesEachPeriodOnceYearsAndStagesAlike() {
        assertThat(SignableForms.period(List.of("2023", "2022-2025", "2023")))
                .isEqualTo("Kỳ báo cáo: giai đoạn 2022-2025, năm 2023");
        assertThat(SignableForms.period(Arrays.asList(null, " "))).isEmpty();
    }
}
