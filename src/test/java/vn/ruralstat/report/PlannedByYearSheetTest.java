package vn.ruralstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.output.WorkbookStyles;
import vn.ruralstat.rulebook.Rulebook;
import vn.ruralstat.rulebook.TestRulebooks;

class PlannedByYearSheetTest {

    @Test
    void totalsEachPeriodAndCriteriaSetApartAndNeverAllTogether() throws IOException {
        // The sample's Quảng Hòa matrix (2022, NTM-2021-2025): 2023: 3 + 4 = 7, 2024: 2 + 7 = 9, 2025: 4; 20 in all.
        // Read three times: as is, for 2022 under the 2026-2030 set, and for 2023. Each section is the same 7, 9, 4,
        // 20; a sum of any two sections (14, 18, 8, 40) or of all three (21, 27, 12, 60) would mix them.
        DistrictCriteria plan = SampleConsolidation.criteria();
        Rulebook other = TestRulebooks.national().byId("NTM-2026-2030").orElseThrow();
        DistrictCriteria otherSet = copy(plan, plan.period(), other);
        DistrictCriteria nextYear = copy(plan, "2023", plan.rulebook());
        List<DistrictCriteria> districts = List.of(plan, otherSet, nextYear);

        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new PlannedByYearSheet(districts)
                    .write(
                            workbook,
                            new WorkbookStyles(workbook),
                            "huyện Quảng Hòa",
                            new ParentUnitLabels(List.of(), districts),
                            new vn.ruralstat.office.OfficialForms(vn.ruralstat.office.OfficeSettings.NONE)
                                    .form(
                                            vn.ruralstat.office.ReportForm.PLANNED_BY_YEAR,
                                            null,
                                            null,
                                            "",
                                            "tiêu chí",
                                            java.time.LocalDate.of(2026, 1, 5)));
            Map<String, List<Double>> totals = totals(workbook.getSheet(PlannedByYearSheet.NAME), workbook);

            List<Double> section = List.of(7.0, 9.0, 4.0, 20.0);
            assertThat(totals)
                    .containsExactly(
                            Map.entry(
                                    "Tổng cộng kỳ 2022 (Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025"
                                            + " (QĐ 318/QĐ-TTg))",
                                    section),
                            Map.entry(
                                    "Tổng cộng kỳ 2022 (Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026-2030"
                                            + " (QĐ 51/2025/QĐ-TTg))",
                                    section),
                            Map.entry("Tổng cộng kỳ 2023", section));
        }
    }

    private static DistrictCriteria copy(DistrictCriteria d, String period, Rulebook rulebook) {
        return new DistrictCriteria(
                d.unit(), period, rulebook, d.communes(), d.targets(), d.source(), d.level(), d.province());
    }

    /** Each "Tổng cộng…" row's year columns and its "Cộng", evaluated afresh from the formulas. */
    private static Map<String, List<Double>> totals(Sheet sheet, XSSFWorkbook workbook) {
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        Map<String, List<Double>> totals = new LinkedHashMap<>();
        for (Row row : sheet) {
            Cell label = row.getCell(1);
            if (label == null || label.getCellType() != CellType.STRING) continue;
            if (!label.getStringCellValue().startsWith("Tổng cộng")) continue;
            List<Double> figures = new ArrayList<>();
            for (int col = 2; col <= 5; col++)
                figures.add(evaluator.evaluate(row.getCell(col)).getNumberValue());
            totals.put(label.getStringCellValue(), figures);
        }
        return totals;
    }
}
