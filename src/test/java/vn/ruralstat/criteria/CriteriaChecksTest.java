package vn.ruralstat.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ruralstat.dataset.ReportedValue;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.rulebook.TestRulebooks;
import vn.ruralstat.sheet.UnitNames;

class CriteriaChecksTest {

    private static final SourceRef SHEET = new SourceRef("quang-hoa.xlsx", "Biểu", null);
    private static final CriteriaChecks.CellLocator CELLS = (field, row) -> "met".equals(field) ? "C" + row : null;

    /** A commune whose cells are given as typed: "x", a year, or "". */
    private static CommuneCriteria commune(int row, String name, Integer reported, String... cells) {
        List<CriterionStatus> statuses = new ArrayList<>();
        for (int i = 0; i < 19; i++) statuses.add(CriterionCellParser.parse(i < cells.length ? cells[i] : "x"));
        return new CommuneCriteria(name, reported, statuses, SHEET.at("B" + row), row);
    }

    private static DistrictCriteria district(Map<String, CommuneTarget> targets, CommuneCriteria... communes) {
        return new DistrictCriteria(
                "Quảng Hòa", "2022-2025", TestRulebooks.ntm2021To2025(), List.of(communes), targets, SHEET);
    }

    @Test
    void reportsACountColumnThatDisagreesWithTheCells() {
        // 17 "x" (criteria 3-19) and two planned years
        DistrictCriteria d = district(Map.of(), commune(8, "Đại Sơn", 18, "2022", "2023"));

        assertThat(CriteriaChecks.check(d, CELLS, List.of()))
                .extracting(Finding::code, f -> f.source().cell(), Finding::reported, Finding::expected)
                .containsExactly(tuple(FindingCode.COUNT_MISMATCH, "C8", "18", "17"));
    }

    @Test
    void checksTotalsAverageAndNoteAgainstTheRecount() {
        // Two communes: 17 and 19 criteria met, total 36, average 18; criterion 1 met by 1 commune.
        DistrictCriteria d = district(Map.of(), commune(8, "A", 17, "2022", "2023"), commune(9, "B", 19));
        List<ReportedValue> reported = List.of(
                new ReportedValue(ReportedValue.RowKind.TOTAL, "met", 36, 0, "C10", "Tổng cộng"),
                new ReportedValue(ReportedValue.RowKind.TOTAL, "c1", 2, 0, "D10", "Tổng cộng"),
                new ReportedValue(ReportedValue.RowKind.AVERAGE, "met", 18.5, 1, "C11", "TB"),
                new ReportedValue(ReportedValue.RowKind.NOTE, "planned_2022", 1, 0, "A13", "Năm 2022: 1 tiêu chí"),
                new ReportedValue(ReportedValue.RowKind.NOTE, "planned_2023", 2, 0, "A13", "Năm 2023: 2 tiêu chí"));

        assertThat(CriteriaChecks.check(d, CELLS, reported))
                .extracting(Finding::code, f -> f.source().cell(), Finding::expected)
                .containsExactly(
                        tuple(FindingCode.TOTAL_MISMATCH, "D10", "1"),
                        tuple(FindingCode.AVERAGE_MISMATCH, "C11", "18,00"),
                        tuple(FindingCode.NOTE_MISMATCH, "A13", "1"));
    }

    @Test
    void reportsACommuneWhosePlanEndsAfterItsTargetYear() {
        CommuneTarget target = new CommuneTarget("Phúc Sen", 2023, null, 2024, 2025, "", SHEET.at("B9"), 9);
        DistrictCriteria d =
                district(Map.of(UnitNames.key("Phúc Sen"), target), commune(8, "Phúc Sen", null, "2022", "2024"));

        assertThat(CriteriaChecks.check(d, CELLS, List.of()))
                .extracting(Finding::code, f -> f.source().cell(), Finding::reported, Finding::expected)
                .containsExactly(tuple(FindingCode.PLANNED_AFTER_TARGET, "B8", "2024", "≤ 2023"));
    }

    @Test
    void reportsATargetWhoseCommuneNameIsCloseToOneInTheMatrixWithoutMatchingThem() {
        CommuneTarget target = new CommuneTarget("Phúc Sơn", 2023, null, null, null, "", SHEET.at("B9"), 9);
        DistrictCriteria d = district(Map.of(UnitNames.key("Phúc Sơn"), target), commune(8, "Phúc Sen", null));

        assertThat(CriteriaChecks.check(d, CELLS, List.of()))
                .extracting(Finding::code, f -> f.source().cell())
                .containsExactly(tuple(FindingCode.UNIT_NEAR_MATCH, "B9"));
    }

    @Test
    void countsMetCriteriaTotalsAndPlannedYears() {
        DistrictCriteria d = district(
                Map.of(), commune(8, "A", null, "2022", "2023", "", "Chưa đạt"), commune(9, "B", null, "2023"));

        // A: criteria 5-19 met = 15; B: criteria 2-19 met = 18; total 33; average 33 / 2 = 16.5
        assertThat(d.totalMet()).isEqualTo(33);
        assertThat(d.averageMetPerCommune()).isEqualTo(16.5);
        assertThat(d.metPerCriterion()).startsWith(0, 1, 1, 1, 2);
        assertThat(d.plannedByYear()).containsExactly(Map.entry(2022, 1), Map.entry(2023, 2));
    }

    @Test
    void readsCriterionCellsAsOfficersTypeThem() {
        assertThat(CriterionCellParser.parse("X").kind()).isEqualTo(CriterionStatus.Kind.MET);
        assertThat(CriterionCellParser.parse("Đạt").kind()).isEqualTo(CriterionStatus.Kind.MET);
        assertThat(CriterionCellParser.parse("năm 2024").year()).isEqualTo(2024);
        assertThat(CriterionCellParser.parse("Chưa đạt").kind()).isEqualTo(CriterionStatus.Kind.NOT_MET);
        assertThat(CriterionCellParser.parse("?").kind()).isEqualTo(CriterionStatus.Kind.UNRECOGNISED);
        assertThat(CriterionCellParser.parse("31/12/2024").year())
                .as("a date dd/MM/yyyy plans its year")
                .isEqualTo(2024);
        assertThat(CriterionCellParser.parse("").kind()).isEqualTo(CriterionStatus.Kind.BLANK);
    }
}
