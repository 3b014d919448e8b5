package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ruralstat.review.ReviewRunner;

/**
 * A province with its own targets ({@code vi-du.csv}: 4.1 of group 1 at ≥ 45 % instead of ≥ 40 %):
 * a run over its communes evaluates them under the overridden rulebook, and the workbook, the JSON
 * and the review all name its version, "1+vi-du", so nobody mistakes the figures for national ones.
 */
@SpringBootTest(
        properties = {
            "ruralstat.cli.enabled=false",
            "ruralstat.rulebooks.overrides=rulebook/overrides/",
            "spring.datasource.url=jdbc:h2:mem:overrides-${random.uuid};DB_CLOSE_DELAY=-1"
        })
class ProvinceOverridesRunIT {

    private static final String OVERRIDDEN = "NTM-2026-2030 v1+vi-du";

    /** How officers read it (rulebooks.csv: title and short source; the override file's province). */
    private static final String OVERRIDDEN_NAME = "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026-2030"
            + " (QĐ 51/2025/QĐ-TTg), bản điều chỉnh của tỉnh Vi Du";

    @Autowired
    ConsolidationLauncher launcher;

    @Autowired
    ReviewRunner reviews;

    @Test
    void everyOutputNamesTheProvinceVersionOfTheRulebook(@TempDir Path in, @TempDir Path out) throws Exception {
        Workbook wb = new XSSFWorkbook();
        TestWorkbooks.rows(
                wb.createSheet("Phan nhom"),
                0,
                new Object[] {"DANH SÁCH PHÂN NHÓM XÃ XÂY DỰNG NÔNG THÔN MỚI GIAI ĐOẠN 2026-2030"},
                new Object[] {},
                new Object[] {"TT", "Tên xã", "Nhóm", "Tỉnh"},
                new Object[] {1, "Hòa Bình", 1, "Ví Dụ"},
                new Object[] {2, "Thanh Bình", "Nhóm 1", "Ví Dụ"});
        TestWorkbooks.rows(
                wb.createSheet("Chi tieu"),
                0,
                new Object[] {"KẾT QUẢ THỰC HIỆN CHỈ TIÊU NÔNG THÔN MỚI NĂM 2026 – TỈNH VÍ DỤ"},
                new Object[] {},
                new Object[] {"TT", "Xã", "Chỉ tiêu 2.4", "Chỉ tiêu 3.3", "Chỉ tiêu 4.1", "Chỉ tiêu 8.3", "Chỉ tiêu 9.2"
                },
                new Object[] {1, "Hòa Bình", "99,5%", 2, "45%", "100%", "Đạt"},
                new Object[] {2, "Thanh Bình", "99%", 1, "42%", "100%", "Đạt"});
        TestWorkbooks.save(wb, in.resolve("vi-du/chi-tieu-2026.xlsx"));

        assertThat(launcher.run(in, out.resolve("tong-hop")).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        vn.ruralstat.command.Outcome review = reviews.write("xã Thanh Bình", 2026, 2026, out.resolve("danh-gia"), null);

        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(out.resolve("tong-hop/tong-hop.json")));
        assertThat(json.get("rulebooks").findValuesAsString("rulebookVersion")).containsOnly("1+vi-du");
        assertThat(json.get("evaluations").findValuesAsString("rulebookVersion"))
                .containsOnly("1+vi-du");
        try (Workbook report =
                WorkbookFactory.create(out.resolve("tong-hop/tong-hop.xlsx").toFile(), null, true)) {
            assertThat(texts(report.getSheet("Khoảng cách tới chuẩn")))
                    .anyMatch(t -> t.startsWith(OVERRIDDEN_NAME + " · năm 2026"));
            assertThat(texts(report.getSheet("Tổng hợp"))).contains(OVERRIDDEN_NAME);
        }
        // Thanh Bình's 42 % against the province's ≥ 45 % (the national ≥ 40 % would have it met).
        for (JsonNode e : json.get("evaluations")) {
            for (JsonNode i : e.get("indicators")) {
                if (i.get("code").asString().equals("4.1")) {
                    assertThat(i.get("status").asString())
                            .as(e.get("commune").asString())
                            .isEqualTo(e.get("commune").asString().equals("Thanh Bình") ? "NOT_MET" : "MET");
                }
            }
        }
        assertThat(review.problem()).isEmpty();
        Path reviewJson = Files.list(out.resolve("danh-gia"))
                .filter(p -> p.toString().endsWith(".json"))
                .findFirst()
                .orElseThrow();
        JsonNode years = JsonMapper.builder()
                .build()
                .readTree(Files.readString(reviewJson))
                .get("years");
        assertThat(years.findValuesAsString("criteriaSet")).containsExactly(OVERRIDDEN);
        Path reviewXlsx = Files.list(out.resolve("danh-gia"))
                .filter(p -> p.toString().endsWith(".xlsx"))
                .findFirst()
                .orElseThrow();
        try (Workbook workbook = WorkbookFactory.create(reviewXlsx.toFile(), null, true)) {
            assertThat(texts(workbook.getSheetAt(0))).contains(OVERRIDDEN_NAME);
        }
    }

    private static java.util.List<String> texts(Sheet sheet) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (Row row : sheet) {
            row.forEach(cell -> {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING)
                    texts.add(cell.getStringCellValue());
            });
        }
        return texts;
    }
}
