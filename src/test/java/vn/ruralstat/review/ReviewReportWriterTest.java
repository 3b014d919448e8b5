package vn.ruralstat.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ruralstat.boundary.BoundaryChange;
import vn.ruralstat.boundary.Crosswalk;
import vn.ruralstat.poverty.PovertyFigures;
import vn.ruralstat.report.SchemaShapeCheck;
import vn.ruralstat.review.ReviewInputs.CriteriaRecord;
import vn.ruralstat.review.ReviewInputs.PovertyRecord;
import vn.ruralstat.rulebook.TestRulebooks;

class ReviewReportWriterTest {

    private final JsonMapper mapper = JsonMapper.builder().build();

    /** xã A and xã B merge into xã AB on 1/7/2025; criteria 2023 under the old set, 2026 under the new one. */
    static Review review() {
        Crosswalk cw = new Crosswalk(List.of(
                new BoundaryChange(
                        LocalDate.of(2025, 7, 1),
                        "Xã A",
                        "huyện H",
                        "Xã AB",
                        "tỉnh T",
                        1,
                        "illustrative",
                        "",
                        "test",
                        "",
                        "t:2",
                        "",
                        "",
                        ""),
                new BoundaryChange(
                        LocalDate.of(2025, 7, 1),
                        "Xã B",
                        "huyện H",
                        "Xã AB",
                        "tỉnh T",
                        1,
                        "illustrative",
                        "",
                        "test",
                        "",
                        "t:3",
                        "",
                        "",
                        "")));
        ReviewInputs in = new ReviewInputs(
                List.of(
                        new PovertyRecord("A", "H", 2024, new PovertyFigures(1_000, 50, 40), 10L, null, "a.xlsx"),
                        new PovertyRecord("B", "H", 2024, new PovertyFigures(1_000, 30, 20), 5L, null, "b.xlsx"),
                        new PovertyRecord("AB", null, 2026, new PovertyFigures(2_050, 60, 50), null, null, "ab.xlsx")),
                List.of(
                        new CriteriaRecord("A", "H", 2023, 15, 19, "NTM-2021-2025", "kq.xlsx"),
                        new CriteriaRecord("B", "H", 2023, 12, 19, "NTM-2021-2025", "kq.xlsx"),
                        new CriteriaRecord("AB", "T", 2026, 6, 10, "NTM-2026-2030", "ct.xlsx")),
                List.of());
        return new ReviewCalculator(cw, TestRulebooks.national())
                .review(in, "xã AB", 2023, 2026)
                .review();
    }

    @Test
    void writesTheWorkbookTheJsonAndTheChartsUnderOneName(@TempDir Path out) throws Exception {
        List<Path> written = new ReviewReportWriter().write(review(), out);

        assertThat(written)
                .extracting(p -> out.relativize(p).toString())
                .containsExactly(
                        "danh-gia-xa-ab-2023-2026.xlsx", "danh-gia-xa-ab-2023-2026.json",
                        "bieu-do/danh-gia-xa-ab-2023-2026-ty-le-ngheo.png",
                                "bieu-do/danh-gia-xa-ab-2023-2026-tieu-chi-theo-xa.png");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".ruralstat-tmp"));
        }
        JsonNode json =
                mapper.readTree(out.resolve("danh-gia-xa-ab-2023-2026.json").toFile());
        assertThat(SchemaShapeCheck.problems(
                        json, mapper.readTree(Path.of("docs/review.schema.json").toFile())))
                .isEmpty();
        assertThat(json.get("breaks").findValuesAsString("kind"))
                .containsExactlyInAnyOrder("CRITERIA_SET", "BOUNDARIES");
    }

    @Test
    void movesTheEarlierReviewOfTheSameNameToTheArchiveAndLeavesOtherUnitsReviews(@TempDir Path out) throws Exception {
        Path charts = Files.createDirectories(out.resolve("bieu-do"));
        // an earlier review of xã AB drew a chart this one does not; xã CD's review shares the folder
        Files.writeString(out.resolve("danh-gia-xa-ab-2023-2026.xlsx"), "earlier review");
        Files.writeString(charts.resolve("danh-gia-xa-ab-2023-2026-ke-hoach-thuc-hien.png"), "earlier chart");
        Files.writeString(out.resolve("danh-gia-xa-cd-2023-2026.xlsx"), "review of CD");
        Files.writeString(charts.resolve("danh-gia-xa-cd-2023-2026-ty-le-ngheo.png"), "chart of CD");

        new ReviewReportWriter().write(review(), out);

        assertThat(charts.resolve("danh-gia-xa-ab-2023-2026-ke-hoach-thuc-hien.png"))
                .doesNotExist();
        assertThat(out.resolve("danh-gia-xa-cd-2023-2026.xlsx")).hasContent("review of CD");
        assertThat(charts.resolve("danh-gia-xa-cd-2023-2026-ty-le-ngheo.png")).hasContent("chart of CD");
        try (var archives = Files.list(out.resolve("lich-su"))) {
            assertThat(archives.toList()).singleElement().satisfies(archive -> {
                assertThat(archive.getFileName().toString()).startsWith("danh-gia-xa-ab-2023-2026_");
                assertThat(archive.resolve("danh-gia-xa-ab-2023-2026.xlsx")).hasContent("earlier review");
                assertThat(archive.resolve("bieu-do/danh-gia-xa-ab-2023-2026-ke-hoach-thuc-hien.png"))
                        .hasContent("earlier chart");
            });
        }
    }

    @Test
    void theYearsSheetComputesRatesAndChangesWithFormulasAndNamesTheBreaks(@TempDir Path out) throws Exception {
        new ReviewReportWriter().write(review(), out);

        try (XSSFWorkbook wb =
                new XSSFWorkbook(out.resolve("danh-gia-xa-ab-2023-2026.xlsx").toFile())) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Tổng hợp theo năm");
            assertThat(wb.getSheet("Thay đổi địa giới")).isNotNull();
            assertThat(wb.getSheet("Biểu đồ")).isNotNull();
            Sheet years = wb.getSheetAt(0);
            // The official heading stands above the table: the rows are found by their year (2023 first).
            int y2023 = java.util.stream.StreamSupport.stream(years.spliterator(), false)
                    .filter(row -> row.getCell(1) != null
                            && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            && row.getCell(1).getNumericCellValue() == 2023)
                    .findFirst()
                    .orElseThrow()
                    .getRowNum();
            Row y2024 = years.getRow(y2023 + 1);
            int r24 = y2023 + 2; // 2024's row as Excel numbers it
            assertThat(y2024.getCell(1).getNumericCellValue()).isEqualTo(2024);
            // (50 + 30) / (1,000 + 1,000) × 100 = 4.00 %
            assertThat(y2024.getCell(4).getCellFormula())
                    .isEqualTo("IF(C" + r24 + ">0,D" + r24 + "/C" + r24 + "*100,\"\")");
            assertThat(y2024.getCell(4).getNumericCellValue()).isEqualTo(4.0);
            Row y2026 = years.getRow(y2023 + 3);
            // 60 / 2,050 × 100 = 2.9268 %; change against 2024 (row 9), not the empty 2025
            assertThat(y2026.getCell(5).getCellFormula()).isEqualTo("E" + (r24 + 2) + "-E" + r24);
            assertThat(y2026.getCell(15).getStringCellValue())
                    .contains("đổi bộ tiêu chí: Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025"
                            + " (QĐ 318/QĐ-TTg) → Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026-2030"
                            + " (QĐ 51/2025/QĐ-TTg)")
                    .doesNotContain("NTM-")
                    .contains("thay đổi địa giới");
            assertThat(years.getRow(y2023 + 2).getCell(15).getStringCellValue()).isEqualTo("Không có dữ liệu");
        }
    }
}
