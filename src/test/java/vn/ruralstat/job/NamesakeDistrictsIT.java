package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.synthetic.CriteriaMatrix;
import vn.ruralstat.synthetic.CriteriaWorkbookWriter;

/**
 * Issue #11: before 1/7/2025 districts had no code and their names repeat across provinces. Two
 * "huyện Châu Thành" (tỉnh Đồng Tháp, tỉnh Sóc Trăng) each send a 2024 poverty table of their
 * communes and a 2024 criteria matrix, every title naming its province: two districts, each with its
 * own figures; each "xã An Hiệp" is its own commune with its own old code (crosswalk-2025-07-01.csv:
 * 30247 of Châu Thành, Đồng Tháp; 31594 of Châu Thành, Sóc Trăng).
 */
@SpringBootTest(
        properties = {
            "ruralstat.cli.enabled=false",
            "spring.datasource.url=jdbc:h2:file:./target/it-h2/namesake-districts;DB_CLOSE_ON_EXIT=FALSE"
        })
class NamesakeDistrictsIT {

    @Autowired
    ConsolidationLauncher launcher;

    @Autowired
    ConsolidationService consolidation;

    @Test
    void twoNamesakeDistrictsOfTwoProvincesAreTwoUnits(@TempDir Path in, @TempDir Path out) throws Exception {
        twoChauThanh(in);

        JobExecution run = launcher.run(in, out);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        twoDistrictsAsWritten(run, out);
    }

    @Test
    void aTableOfAChauThanhWhoseProvinceNobodyNamedStaysApartWithAFinding(@TempDir Path in, @TempDir Path out)
            throws Exception {
        twoChauThanh(in);
        // Its title names no province: of the two in the run, it cannot be told which.
        Files.writeString(
                in.resolve("ngheo-2024-chau-thanh.csv"),
                "\"BÁO CÁO KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2024 HUYỆN CHÂU THÀNH\",,,\n,,,\n"
                        + "STT,Xã,Tổng số hộ,Hộ nghèo\n1,Xã An Hiệp,700,14\n",
                StandardCharsets.UTF_8);

        JobExecution run = launcher.run(in, out);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(consolidation.build(run.getId()).findings())
                .filteredOn(f -> f.code() == FindingCode.UNIT_NOT_IN_REGISTER)
                .extracting(Finding::messageVi)
                .anyMatch(m -> m.contains("huyện Châu Thành, tỉnh Đồng Tháp; huyện Châu Thành, tỉnh Sóc Trăng"));
        JsonNode json = JobOutputs.json(out);
        List<JsonNode> districts = new ArrayList<>();
        for (JsonNode unit : json.get("units")) {
            if (unit.get("level").asString().equals("huyện")) districts.add(unit);
        }
        // The two placed districts keep their own figures (as in the first test); the third is 700 households, 14 poor.
        assertThat(districts)
                .extracting(
                        u -> u.get("parent").isNull() ? null : u.get("parent").asString(),
                        u -> u.get("poverty").get("households").asLong(),
                        u -> u.get("poverty").get("poor").asLong())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("tỉnh Đồng Tháp", 2100L, 63L),
                        org.assertj.core.groups.Tuple.tuple("tỉnh Sóc Trăng", 3500L, 150L),
                        org.assertj.core.groups.Tuple.tuple(null, 700L, 14L));
        for (JsonNode unit : json.get("units")) {
            if ("30247".equals(code(unit))) {
                assertThat(unit.get("poverty").get("households").asLong()).isEqualTo(1200);
            }
            if ("31594".equals(code(unit))) {
                assertThat(unit.get("poverty").get("households").asLong()).isEqualTo(1500);
            }
        }
    }

    private static String code(JsonNode unit) {
        JsonNode code = unit.get("code");
        return code == null || code.isNull() ? null : code.asString();
    }

    /** Each huyện Châu Thành's 2024 poverty table of communes and criteria matrix, titles naming the province. */
    private static void twoChauThanh(Path in) throws Exception {
        // Old communes of each huyện Châu Thành in crosswalk-2025-07-01.csv: name, code, households, poor.
        poverty(in.resolve("ngheo-2024-chau-thanh-dong-thap.csv"), "TỈNH ĐỒNG THÁP", new String[][] {
            {"Xã An Hiệp", "1200", "36"}, {"Xã An Nhơn", "900", "27"}
        });
        poverty(in.resolve("ngheo-2024-chau-thanh-soc-trang.csv"), "TỈNH SÓC TRĂNG", new String[][] {
            {"Xã An Hiệp", "1500", "90"}, {"Xã Phú Tâm", "2000", "60"}
        });
        // Criteria met (of the 19 of 2021-2025): Đồng Tháp An Hiệp 19 + An Nhơn 15 = 34; Sóc Trăng An Hiệp 10 + Phú Tâm
        // 12 = 22.
        matrix(
                in.resolve("tieu-chi-2024-chau-thanh-dong-thap.csv"),
                "TỈNH ĐỒNG THÁP",
                Map.of("Xã An Hiệp", 19, "Xã An Nhơn", 15));
        matrix(
                in.resolve("tieu-chi-2024-chau-thanh-soc-trang.csv"),
                "TỈNH SÓC TRĂNG",
                Map.of("Xã An Hiệp", 10, "Xã Phú Tâm", 12));
    }

    private void twoDistrictsAsWritten(JobExecution run, Path out) throws Exception {
        List<Finding> findings = consolidation.build(run.getId()).findings();
        assertThat(findings).extracting(Finding::code).doesNotContain(JobOutputs.NAMESAKE_MIX_UPS);
        JsonNode json = JobOutputs.json(out);
        Map<String, JsonNode> districts = new HashMap<>();
        Map<String, JsonNode> communes = new HashMap<>();
        for (JsonNode unit : json.get("units")) {
            String level = unit.get("level").asString();
            if (level.equals("huyện")) {
                assertThat(unit.get("name").asString()).isEqualTo("Châu Thành");
                assertThat(districts.put(unit.get("parent").asString(), unit)).isNull();
            }
            if (level.equals("xã"))
                assertThat(communes.put(unit.get("code").asString(), unit)).isNull();
        }
        assertThat(districts).containsOnlyKeys("tỉnh Đồng Tháp", "tỉnh Sóc Trăng");
        JsonNode dongThap = districts.get("tỉnh Đồng Tháp");
        JsonNode socTrang = districts.get("tỉnh Sóc Trăng");
        // Đồng Tháp: 1200 + 900 = 2100 households, 36 + 27 = 63 poor; Sóc Trăng: 1500 + 2000 = 3500, 90 + 60 = 150.
        assertThat(dongThap.get("poverty").get("households").asLong()).isEqualTo(2100);
        assertThat(dongThap.get("poverty").get("poor").asLong()).isEqualTo(63);
        assertThat(socTrang.get("poverty").get("households").asLong()).isEqualTo(3500);
        assertThat(socTrang.get("poverty").get("poor").asLong()).isEqualTo(150);
        assertThat(dongThap.get("criteriaSummary").get("communes").asInt()).isEqualTo(2);
        assertThat(dongThap.get("criteriaSummary").get("totalMet").asInt()).isEqualTo(34);
        assertThat(socTrang.get("criteriaSummary").get("communes").asInt()).isEqualTo(2);
        assertThat(socTrang.get("criteriaSummary").get("totalMet").asInt()).isEqualTo(22);
        // Each commune by its old code, with its own row's figures and its own matrix row.
        assertThat(communes).containsOnlyKeys("30247", "30250", "31594", "31573");
        assertCommune(communes.get("30247"), "An Hiệp", 1200, 36, 19);
        assertCommune(communes.get("30250"), "An Nhơn", 900, 27, 15);
        assertCommune(communes.get("31594"), "An Hiệp", 1500, 90, 10);
        assertCommune(communes.get("31573"), "Phú Tâm", 2000, 60, 12);

        // The workbook names each namesake district with its province; each has its own charts.
        List<String> texts = new ArrayList<>();
        try (org.apache.poi.ss.usermodel.Workbook wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                out.resolve("tong-hop.xlsx").toFile(), null, true)) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        assertThat(texts).anyMatch(t -> t.contains("huyện Châu Thành, tỉnh Đồng Tháp"));
        assertThat(texts).anyMatch(t -> t.contains("huyện Châu Thành, tỉnh Sóc Trăng"));
        try (var charts = Files.list(out.resolve("bieu-do"))) {
            assertThat(charts.map(f -> f.getFileName().toString()))
                    .filteredOn(n -> n.startsWith("tieu-chi-dat-chau-thanh"))
                    .hasSize(2);
        }
    }

    private static void assertCommune(JsonNode unit, String name, long households, long poor, int met) {
        assertThat(unit.get("name").asString()).isEqualTo(name);
        assertThat(unit.get("period").asString()).isEqualTo("2024");
        assertThat(unit.get("poverty").get("households").asLong()).isEqualTo(households);
        assertThat(unit.get("poverty").get("poor").asLong()).isEqualTo(poor);
        assertThat(unit.get("criteria").get("criteriaMet").asInt()).isEqualTo(met);
    }

    /** "BÁO CÁO KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2024 HUYỆN CHÂU THÀNH, TỈNH …", a header, one row per commune. */
    private static void poverty(Path file, String province, String[][] communes) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("\"BÁO CÁO KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2024 HUYỆN CHÂU THÀNH, " + province + "\",,,");
        lines.add(",,,");
        lines.add("STT,Xã,Tổng số hộ,Hộ nghèo");
        for (int i = 0; i < communes.length; i++) {
            lines.add((i + 1) + "," + String.join(",", communes[i]));
        }
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** A consistent 2021-2025 matrix: each commune meets its first n criteria ("x"), the rest blank. */
    private static void matrix(Path file, String province, Map<String, Integer> met) throws Exception {
        List<String> criteria = CriteriaMatrix.criteria2021To2025();
        List<CriteriaMatrix.CommuneRow> rows = new ArrayList<>();
        met.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            List<String> cells = new ArrayList<>(Collections.nCopies(e.getValue(), CriteriaMatrix.MET));
            cells.addAll(Collections.nCopies(criteria.size() - e.getValue(), ""));
            rows.add(new CriteriaMatrix.CommuneRow(e.getKey(), e.getValue(), cells));
        });
        CriteriaWorkbookWriter.writeMatrixCsv(
                file,
                CriteriaMatrix.consistent(
                        "KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2024 HUYỆN CHÂU THÀNH, " + province,
                        "(Kèm theo Báo cáo số 12/BC-UBND ngày 10/12/2024)",
                        criteria,
                        rows));
    }
}
