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
        return new CommuneCriteria(name, reported, statuses, SHEET.at("B" + row), row, null, null);
    }

    private static DistrictCriteria district(Map<String, CommuneTarget> targets, CommuneCriteria... communes) {
        return new DistrictCriteria(
                "Quảng Hòa", "2022-2025", TestRulebooks.ntm2021To2025(), List.of(communes), targets, SHEET, null, null);
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
        CommuneTarget target = new CommuneTarget("Phúc Sen", 2023, null, 2024, 2025, "", SHEET.at("B9"), 9, null);
        DistrictCriteria d =
                district(Map.of(UnitNames.key("Phúc Sen"), target), commune(8, "Phúc Sen", null, "2022", "2024"));

        assertThat(CriteriaChecks.check(d, CELLS, List.of()))
                .extracting(Finding::code, f -> f.source().cell(), Finding::reported, Finding::expected)
                .containsExactly(tuple(FindingCode.PLANNED_AFTER_TARGET, "B8", "2024", "≤ 2023"));
    }

    @Test
    void reportsATargetWhoseCommuneNameIsCloseToOneInTheMatrixWithoutMatchingThem() {
        CommuneTarget target = new CommuneTarget("Phúc Sơn", 2023, null, null, null, "", SHEET.at("B9"), 9, null);
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

    /** A commune of the 2026-2030 set: its 10 cells as typed, and its group. */
    private static CommuneCriteria commune10(int row, String name, Integer reported, Integer group, String... cells) {
        List<CriterionStatus> statuses = new ArrayList<>();
        for (int i = 0; i < 10; i++) statuses.add(CriterionCellParser.parse(cells[i]));
        return new CommuneCriteria(name, reported, statuses, SHEET.at("B" + row), row, group, null);
    }

    private static DistrictCriteria province(CommuneCriteria... communes) {
        return new DistrictCriteria(
                "Thái Nguyên",
                "2026",
                TestRulebooks.national().byId("NTM-2026-2030").orElseThrow(),
                List.of(communes),
                Map.of(),
                SHEET,
                "tỉnh",
                null);
    }

    /**
     * Four communes of the 2026-2030 set:
     * A (group 1) all ten "Đạt" → 10; B (group 1) 7 met, 2 "Chưa đạt", 1 planned → 7;
     * C (group 2) 4 met ("x", "X", "đạt", "ĐẠT"), the rest "-", blank, "Không đạt" → 4;
     * D (no group) 5 met → 5.
     */
    private static DistrictCriteria fourCommunes() {
        return province(
                commune10(8, "A", 10, 1, "Đạt", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt"),
                commune10(9, "B", 8, 1, "x", "x", "x", "x", "x", "x", "x", "Chưa đạt", "chưa đạt", "2027"),
                commune10(10, "C", 4, 2, "x", "X", "đạt", "ĐẠT", "-", "", "Không đạt", "", "", ""),
                commune10(11, "D", null, null, "Đạt", "", "Đạt", "", "Đạt", "", "Đạt", "", "Đạt", ""));
    }

    @Test
    void countsA2026To2030MatrixOutOfTenInAllAndPerGroup() {
        DistrictCriteria d = fourCommunes();

        // 10 + 7 + 4 + 5 = 26 criteria met; 26 / 4 communes = 6.5 per commune, out of 10
        assertThat(d.totalMet()).isEqualTo(26);
        assertThat(d.averageMetPerCommune()).isEqualTo(6.5);
        // criterion 1: A, B, C, D = 4; criterion 2: A, B, C = 3; criterion 8: A only = 1; criterion 10: A = 1
        assertThat(d.metPerCriterion()).containsExactly(4, 3, 4, 3, 3, 2, 3, 1, 2, 1);
        CriteriaCounts all = d.counts();
        // all ten: A; 5-9: B (7), D (5); below 5: C (4)
        assertThat(List.of(all.meetingAll(), all.meetingHalfOrMore(), all.belowHalf()))
                .containsExactly(1, 2, 1);
        Map<Integer, CriteriaCounts> groups = d.countsByGroup();
        assertThat(groups.keySet()).containsExactly(1, 2, 3, null);
        // group 1: A (10) and B (7): 17 met, 8.5 per commune, one meeting all ten
        assertThat(groups.get(1))
                .extracting(
                        CriteriaCounts::communes,
                        CriteriaCounts::totalMet,
                        CriteriaCounts::meetingAll,
                        CriteriaCounts::meetingHalfOrMore,
                        CriteriaCounts::belowHalf)
                .containsExactly(2, 17, 1, 1, 0);
        assertThat(groups.get(1).averageMetPerCommune()).isEqualTo(8.5);
        assertThat(groups.get(2).belowHalf()).isEqualTo(1);
        assertThat(groups.get(3).communes()).isZero();
        assertThat(groups.get(3).averageMetPerCommune()).isNull();
        assertThat(groups.get(null).meetingHalfOrMore()).isEqualTo(1);
        assertThat(d.plannedByYear()).containsExactly(Map.entry(2027, 1));
    }

    @Test
    void checksCountsTotalsAndAverageOfA2026To2030MatrixByCell() {
        DistrictCriteria d = fourCommunes();
        List<ReportedValue> reported = List.of(
                // 26 in all: right; criterion 1 met by 4: right; criterion 8 met by 1, typed 2: wrong
                new ReportedValue(ReportedValue.RowKind.TOTAL, "met", 26, 0, "N12", "Tổng cộng"),
                new ReportedValue(ReportedValue.RowKind.TOTAL, "c1", 4, 0, "D12", "Tổng cộng"),
                new ReportedValue(ReportedValue.RowKind.TOTAL, "c8", 2, 0, "K12", "Tổng cộng"),
                // 26 / 4 = 6.5, typed 6.8: wrong
                new ReportedValue(ReportedValue.RowKind.AVERAGE, "met", 6.8, 1, "N13", "Bình quân"));

        // B typed 8 but 7 cells are met; A (10) and C (4) agree; D typed none
        assertThat(CriteriaChecks.check(d, CELLS, reported))
                .extracting(Finding::code, f -> f.source().cell(), Finding::reported, Finding::expected)
                .containsExactly(
                        tuple(FindingCode.COUNT_MISMATCH, "C9", "8", "7"),
                        tuple(FindingCode.TOTAL_MISMATCH, "K12", "2", "1"),
                        tuple(FindingCode.AVERAGE_MISMATCH, "N13", "6,8", "6,50"));
    }

    @Test
    void readsTheSpellingsOfMetAndNotMetOfThe2026To2030Forms() {
        for (String met : List.of("Đạt", "ĐẠT", "đạt", "x", "X"))
            assertThat(CriterionCellParser.parse(met).kind()).as(met).isEqualTo(CriterionStatus.Kind.MET);
        for (String notMet : List.of("Chưa đạt", "chưa đạt", "Không đạt", "-"))
            assertThat(CriterionCellParser.parse(notMet).kind()).as(notMet).isEqualTo(CriterionStatus.Kind.NOT_MET);
        assertThat(CriterionCellParser.parse("2027").kind()).isEqualTo(CriterionStatus.Kind.PLANNED);
    }
}
