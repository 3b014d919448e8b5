package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ruralstat.indicators.Verdicts.verdict;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.indicators.CommuneEvaluation;
import vn.ruralstat.rulebook.Status;

/**
 * A 2026-2030 commune × indicator table and a commune register beside the 2021-2025 criteria
 * matrix of the samples: both consolidate into one report, each stamped with its rulebook, and the
 * communes' gaps to the group-1 targets of seed 002 come out as worked by hand below.
 */
@SpringBootTest(
        properties = {
            "ruralstat.cli.enabled=false",
            "spring.datasource.url=jdbc:h2:file:./target/it-h2/ruralstat;DB_CLOSE_ON_EXIT=FALSE"
        })
class IndicatorEvaluationIT {

    @Autowired
    ConsolidationLauncher launcher;

    @Autowired
    ConsolidationService consolidation;

    private static Status status(CommuneEvaluation e, String code) {
        return verdict(e, code).status();
    }

    @Test
    void evaluatesCommunesAgainstTheirGroupTargetsBesideThe2021MatrixEachStampedWithItsRulebook(
            @TempDir Path in, @TempDir Path out) throws Exception {
        ConsolidationJobIT.copyTree(Path.of("input"), in);
        Workbook wb = new XSSFWorkbook();
        SelfAssessmentFormsIT.registerSheet(
                wb, new Object[] {1, "Bình Giang", 1, "Hải Phòng"}, new Object[] {2, "Tân Hưng", "Nhóm 1", "Hải Phòng"
                });
        TestWorkbooks.rows(
                wb.createSheet("Chi tieu"),
                0,
                new Object[] {"KẾT QUẢ THỰC HIỆN CHỈ TIÊU NÔNG THÔN MỚI NĂM 2026 – THÀNH PHỐ HẢI PHÒNG"},
                new Object[] {},
                new Object[] {
                    "TT",
                    "Xã",
                    "Chỉ tiêu 2.4",
                    "Chỉ tiêu 3.3",
                    "Chỉ tiêu 4.1",
                    "Chỉ tiêu 6.1",
                    "Chỉ tiêu 8.3",
                    "Chỉ tiêu 9.2"
                },
                new Object[] {1, "Bình Giang", "99,5%", 2, "45%", "1,8%", "100%", "Đạt"},
                new Object[] {2, "Tân Hưng", "97%", 0, "35%", "2,5%", "95%", "Chưa đạt"});
        TestWorkbooks.save(wb, in.resolve("hai-phong/chi-tieu-2026.xlsx"));
        Workbook villages = new XSSFWorkbook();
        TestWorkbooks.rows(
                villages.createSheet("Bieu"),
                0,
                new Object[] {"BIỂU RÀ SOÁT HỘ NGHÈO XÃ TÂN HƯNG NĂM 2026"},
                new Object[] {},
                new Object[] {"STT", "Thôn", "Tổng số hộ", "Hộ nghèo"},
                new Object[] {1, "Thôn Một", 100, 2},
                new Object[] {2, "Thôn Hai", 200, 3},
                new Object[] {3, "Thôn Ba", 100, 1});
        TestWorkbooks.save(villages, in.resolve("hai-phong/tan-hung-ho-ngheo.xlsx"));

        JobExecution run = launcher.run(in, out);

        Consolidation c = consolidation.build(run.getId());
        Map<String, CommuneEvaluation> byCommune = JobOutputs.byCommune(c);
        CommuneEvaluation binhGiang = byCommune.get("Bình Giang");
        CommuneEvaluation tanHung = byCommune.get("Tân Hưng");
        assertThat(binhGiang.rulebookId()).isEqualTo("NTM-2026-2030");
        assertThat(binhGiang.key()).isEqualTo("group-1");
        // Group-1 targets of seed 002: 2.4 ≥99 %, 3.3 ≥01 mô hình, 4.1 ≥40 %, 6.1 ≤2 %, 8.3 100 %, 9.2 Đạt.
        assertThat(Map.of(
                        "2.4",
                        status(binhGiang, "2.4"),
                        "3.3",
                        status(binhGiang, "3.3"),
                        "4.1",
                        status(binhGiang, "4.1"),
                        "6.1",
                        status(binhGiang, "6.1"),
                        "8.3",
                        status(binhGiang, "8.3"),
                        "9.2",
                        status(binhGiang, "9.2")))
                .allSatisfy((code, s) -> assertThat(s).as(code).isEqualTo(Status.MET));
        assertThat(status(tanHung, "2.4")).isEqualTo(Status.NOT_MET);
        assertThat(verdict(tanHung, "2.4").gap().distance()).isEqualByComparingTo("2"); // 99 − 97
        assertThat(verdict(tanHung, "3.3").gap().distance()).isEqualByComparingTo("1"); // 1 − 0 models
        assertThat(verdict(tanHung, "4.1").gap().distance()).isEqualByComparingTo("5"); // 40 − 35
        assertThat(verdict(tanHung, "8.3").gap().distance()).isEqualByComparingTo("5"); // 100 − 95
        assertThat(status(tanHung, "9.2")).isEqualTo(Status.NOT_MET);
        // 6.1 from Tân Hưng's villages: (2 + 3 + 1) / (100 + 200 + 100) × 100 = 1.5 % ≤ 2 %: met, though 2,5 % was
        // typed.
        assertThat(tanHung.computedRate()).isEqualTo(6 * 100.0 / 400);
        assertThat(status(tanHung, "6.1")).isEqualTo(Status.MET);
        assertThat(c.findings())
                .filteredOn(f -> f.code() == FindingCode.INDICATOR_DISAGREES_WITH_DATA)
                .singleElement()
                .satisfies(f -> assertThat(f.source().cell()).isEqualTo("F5"));
        // Quảng Hòa's plan (183 met) and its 2023 results (241, docs/samples.md) from input/.
        assertThat(c.criteria()).extracting(d -> d.totalMet()).containsExactly(183, 241);

        JsonNode json = JobOutputs.json(out);
        assertThat(json.get("rulebooks").findValuesAsString("rulebookId")).contains("NTM-2021-2025", "NTM-2026-2030");
        assertThat(json.get("evaluations")).hasSize(2);
        try (Workbook report =
                WorkbookFactory.create(out.resolve("tong-hop.xlsx").toFile(), null, true)) {
            assertThat(report.getSheet("Khoảng cách tới chuẩn")).isNotNull();
            // The subtitle under the official heading names the criteria set by its official name
            // (rulebooks.csv: title and short source), never its id.
            List<String> texts = new java.util.ArrayList<>();
            report.getSheet("Tiêu chí NTM")
                    .forEach(row -> row.forEach(cell -> {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }));
            assertThat(texts)
                    .anyMatch(text -> text.contains(
                            "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025 (QĐ 318/QĐ-TTg)"))
                    .noneMatch(text -> text.contains("NTM-2021-2025"));
        }
        assertThat(Files.list(out.resolve("bieu-do")).map(p -> p.getFileName().toString()))
                .anyMatch(n -> n.startsWith("chi-tieu-chua-dat"));
    }

    @Test
    void putsCriterion11ComputedFromTheVillagesBesideThe2021Matrix(@TempDir Path in, @TempDir Path out)
            throws Exception {
        ConsolidationJobIT.copyTree(Path.of("input/quang-hoa"), in.resolve("quang-hoa"));
        Workbook villages = new XSSFWorkbook();
        TestWorkbooks.rows(
                villages.createSheet("Bieu"),
                0,
                new Object[] {"BIỂU RÀ SOÁT HỘ NGHÈO XÃ PHÚC SEN NĂM 2024"},
                new Object[] {},
                new Object[] {"STT", "Thôn", "Tổng số hộ", "Hộ nghèo"},
                new Object[] {1, "Thôn Một", 150, 9},
                new Object[] {2, "Thôn Hai", 250, 11});
        TestWorkbooks.save(villages, in.resolve("quang-hoa/phuc-sen-2024.xlsx"));

        launcher.run(in, out);

        JsonNode json = JobOutputs.json(out);
        JsonNode phucSen = null;
        for (JsonNode unit : json.get("units")) {
            // The plan 2022-2025; the 2023 results of input/quang-hoa/ (docs/samples.md) are a unit of their own.
            if (unit.get("name").asString().equals("Phúc Sen")
                    && !unit.get("criteria").isNull()
                    && unit.get("period").asString().equals("2022-2025")) {
                phucSen = unit;
            }
        }
        // (9 + 11) / (150 + 250) × 100 = 5 %
        assertThat(phucSen.get("criteria").get("povertyRateFromVillages").asDouble())
                .isEqualTo(20 * 100.0 / 400);
        assertThat(phucSen.get("criteria").get("criteriaSetVersion").asString()).isEqualTo("1");
    }
}
