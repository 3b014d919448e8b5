package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * No total of the samples' workbook or JSON mixes periods: the samples hold two periods of each
 * kind (poverty 2024 and 2025, criteria 2022-2025 and 2023), and each is its own section with its
 * own total, the figures of the seed tables; the sum of the two never appears.
 */
@SpringBootTest(
        properties = {
            "ruralstat.cli.enabled=false",
            "spring.datasource.url=jdbc:h2:file:./target/it-h2/ruralstat;DB_CLOSE_ON_EXIT=FALSE"
        })
class PeriodTotalsIT {

    // docs/samples.md: 2024, huyện Ngân Sơn: 4,012 + 2,861 + 2,668 = 9,541 households, 112 + 258 + 218 = 588 poor;
    // 2025, seed 003 (xã Ngân Sơn): 9,606 households, 415 poor.
    private static final double HOUSEHOLDS_2024 = 4_012 + 2_861 + 2_668;
    private static final double HOUSEHOLDS_2025 = 9_606;
    // Seed 004: 183 criteria met by its 16 communes (end of 2021, the 2022-2025 plan); the 2023 results
    // (docs/samples.md): 183 + 29 + 32 planned by 2023 − 3 misses = 241.
    private static final double MET_PLAN = 183;
    private static final double MET_2023 = 183 + 29 + 32 - 3;
    // docs/samples.md: the plan's year cells hold 29 (2022) + 32 (2023) + 30 (2024) + 30 (2025) = 121.
    private static final double PLANNED_2022_2025 = 29 + 32 + 30 + 30;

    @Autowired
    ConsolidationLauncher launcher;

    @Test
    void eachPeriodHasItsOwnTotalAndNoTotalAddsTwoPeriods(@TempDir Path out) throws Exception {
        JobExecution run = launcher.run(Path.of("input"), out);
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        try (XSSFWorkbook workbook =
                new XSSFWorkbook(out.resolve("tong-hop.xlsx").toFile())) {
            assertThat(totals(workbook.getSheet("Nghèo theo thôn"), "Tổng số hộ"))
                    .containsOnlyKeys("Tổng cộng kỳ 2024", "Tổng cộng kỳ 2025")
                    .containsEntry("Tổng cộng kỳ 2024", HOUSEHOLDS_2024)
                    .containsEntry("Tổng cộng kỳ 2025", HOUSEHOLDS_2025);
            assertThat(totals(workbook.getSheet("Nghèo theo xã"), "Tổng số hộ"))
                    .containsOnlyKeys("Tổng cộng kỳ 2024", "Tổng cộng kỳ 2025")
                    .containsEntry("Tổng cộng kỳ 2024", HOUSEHOLDS_2024)
                    .containsEntry("Tổng cộng kỳ 2025", HOUSEHOLDS_2025);
            assertThat(totals(workbook.getSheet("Tiêu chí NTM"), "Số tiêu chí đạt/19 (tính lại)"))
                    .containsOnlyKeys("Tổng cộng kỳ 2022-2025", "Tổng cộng kỳ 2023")
                    .containsEntry("Tổng cộng kỳ 2022-2025", MET_PLAN)
                    .containsEntry("Tổng cộng kỳ 2023", MET_2023);
            assertThat(lastFigures(workbook.getSheet("Kế hoạch theo năm")))
                    .containsOnlyKeys("Tổng cộng kỳ 2022-2025", "Tổng cộng kỳ 2023")
                    .containsEntry("Tổng cộng kỳ 2022-2025", PLANNED_2022_2025);

            // A grand total across periods would show one of these sums somewhere.
            List<Double> mixed = List.of(HOUSEHOLDS_2024 + HOUSEHOLDS_2025, 588.0 + 415, MET_PLAN + MET_2023);
            for (Sheet sheet : workbook) {
                assertThat(JobOutputs.rows(sheet)).as(sheet.getSheetName()).allSatisfy(row -> assertThat(row)
                        .doesNotContainAnyElementsOf(mixed));
            }
        }

        JsonNode json = JobOutputs.json(out);
        List<String> periods = new ArrayList<>();
        for (JsonNode unit : json.get("units")) {
            // Each unit of the JSON is one unit in one period, never several.
            assertThat(unit.get("period").isTextual()).as(unit.toString()).isTrue();
            periods.add(unit.get("period").asText());
            JsonNode poverty = unit.get("poverty");
            if (poverty != null && !poverty.isNull() && poverty.has("households")) {
                assertThat(poverty.get("households").asDouble()).isNotIn(HOUSEHOLDS_2024 + HOUSEHOLDS_2025);
            }
            JsonNode criteria = unit.get("criteriaSummary");
            if (criteria != null && !criteria.isNull() && criteria.has("totalMet")) {
                assertThat(criteria.get("totalMet").asDouble()).isNotEqualTo(MET_PLAN + MET_2023);
            }
        }
        assertThat(periods).contains("2024", "2025", "2022-2025", "2023").doesNotContain("", "null");
    }

    /** Each "Tổng cộng…" row by its label (column B), with its figure in the column headed {@code header}. */
    private static Map<String, Double> totals(Sheet sheet, String header) {
        int col = -1;
        Map<String, Double> totals = new LinkedHashMap<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (col < 0
                        && cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().startsWith(header)) col = cell.getColumnIndex();
            }
            Cell label = row.getCell(1);
            if (col >= 0
                    && label != null
                    && label.getCellType() == CellType.STRING
                    && label.getStringCellValue().startsWith("Tổng cộng")) {
                totals.put(label.getStringCellValue(), row.getCell(col).getNumericCellValue());
            }
        }
        return totals;
    }

    /** Each "Tổng cộng…" row by its label, with its last figure (the "Cộng" column of the plan). */
    private static Map<String, Double> lastFigures(Sheet sheet) {
        Map<String, Double> totals = new LinkedHashMap<>();
        for (List<Object> row : JobOutputs.rows(sheet)) {
            if (!row.isEmpty() && row.get(0) instanceof String label && label.startsWith("Tổng cộng")) {
                List<Object> figures =
                        row.stream().filter(Double.class::isInstance).toList();
                totals.put(label, (Double) figures.get(figures.size() - 1));
            }
        }
        return totals;
    }
}
