package vn.ruralstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.office.OfficeSettings;
import vn.ruralstat.office.OfficialForm;
import vn.ruralstat.office.OfficialForms;
import vn.ruralstat.office.ReportForm;

class SignableFormsTest {

    @Test
    void signsTheSummaryThePovertySheetsAndTheCriteriaSheetsOnly() {
        assertThat(List.of(
                        SummarySheet.NAME,
                        VillagePovertySheet.NAME,
                        CommunePovertySheet.NAME,
                        CriteriaMatrixSheet.NAME + " 2026-2030",
                        CriteriaGroupSheet.NAME))
                .allMatch(SignableForms::isSignable);
        assertThat(List.of(FindingsSheet.NAME, SourcesSheet.NAME, PlannedByYearSheet.NAME, GapToTargetSheet.NAME))
                .noneMatch(SignableForms::isSignable);
    }

    @Test
    void issuesTheFormsForTheRunsUnit() {
        OfficialForm village = new ReportForms(
                        new OfficialForms(OfficeSettings.NONE), SampleConsolidation.build(), LocalDate.of(2026, 1, 5))
                .form(ReportForm.VILLAGE_POVERTY, List.of("2025"), "hộ");

        // SampleConsolidation: huyện Quảng Hòa.
        assertThat(village.issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN HUYỆN QUẢNG HÒA");
        assertThat(village.placeAndDate()).isEqualTo("Quảng Hòa, ngày 05 tháng 01 năm 2026");
    }

    @Test
    void aSummaryScopeIsCutBackToTheUnitItNames() {
        Consolidation sample = SampleConsolidation.build();
        Consolidation summaryOfOneUnit = new Consolidation(
                sample.runId(),
                "huyện Quảng Hòa (Cao Bằng), kỳ 2025",
                sample.poverty(),
                sample.rollups(),
                sample.criteria(),
                sample.findings(),
                sample.sources());

        OfficialForm form = new ReportForms(
                        new OfficialForms(OfficeSettings.NONE), summaryOfOneUnit, LocalDate.of(2026, 1, 5))
                .form(ReportForm.SUMMARY, List.of("2025"), "");

        assertThat(form.issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN HUYỆN QUẢNG HÒA");
    }

    @Test
    void leavesTheIssuingBodyToFillInWhenTheScopeNamesNoUnitOfTheData() {
        Consolidation sample = SampleConsolidation.build();
        Consolidation elsewhere = new Consolidation(
                sample.runId(),
                "xã Không Có, kỳ 2025",
                sample.poverty(),
                sample.rollups(),
                sample.criteria(),
                sample.findings(),
                sample.sources());

        OfficialForm form = new ReportForms(new OfficialForms(OfficeSettings.NONE), elsewhere, LocalDate.of(2026, 1, 5))
                .form(ReportForm.SUMMARY, List.of("2025"), "");

        assertThat(form.issuingBody()).isEqualTo("……………");
    }
}
