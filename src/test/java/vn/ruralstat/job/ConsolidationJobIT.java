package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.dataset.SourceFileSummary;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.poverty.CommunePoverty;

/** The whole job over the sample inputs of input/, on the embedded H2 database. */
@SpringBootTest(
        properties = {
            "ruralstat.cli.enabled=false",
            "spring.datasource.url=jdbc:h2:file:./target/it-h2/ruralstat;DB_CLOSE_ON_EXIT=FALSE"
        })
class ConsolidationJobIT {

    @Autowired
    ConsolidationLauncher launcher;

    @Autowired
    ConsolidationService consolidation;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void reproducesTheFiguresSeed004PublishedFromTheSampleWorkbook(@TempDir Path out) throws Exception {
        JobExecution run = launcher.run(Path.of("input"), out);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Consolidation c = consolidation.build(run.getId());
        DistrictCriteria quangHoa = c.criteria().stream()
                .filter(d -> d.unit().equals("Quảng Hòa") && d.period().equals("2022-2025"))
                .findFirst()
                .orElseThrow();
        assertThat(quangHoa.communes()).hasSize(16);
        assertThat(quangHoa.totalMet()).isEqualTo(183);
        assertThat(quangHoa.averageMetPerCommune()).isEqualTo(183 / 16.0);
        assertThat(quangHoa.metPerCriterion())
                .containsExactly(9, 5, 14, 16, 5, 3, 15, 11, 8, 0, 1, 14, 7, 16, 14, 16, 2, 11, 16);
        // Recounted from the matrix cells of seed 004 (cells holding each year): the note under
        // the table says 29, 32, 31 and 30; the cells hold 30, not 31, for 2024.
        assertThat(quangHoa.plannedByYear())
                .containsExactly(Map.entry(2022, 29), Map.entry(2023, 32), Map.entry(2024, 30), Map.entry(2025, 30));
        assertThat(c.findings())
                .filteredOn(f -> f.code() == FindingCode.NOTE_MISMATCH)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.reported()).isEqualTo("31");
                    assertThat(f.expected()).isEqualTo("30");
                    assertThat(f.source().file()).isEqualTo("quang-hoa/ke-hoach-ntm-2022-2025-huyen-quang-hoa.xlsx");
                });
        assertThat(quangHoa.targets()).hasSize(16);
        assertThat(c.findings())
                .extracting(Finding::code)
                .doesNotContain(
                        FindingCode.TOTAL_MISMATCH,
                        FindingCode.AVERAGE_MISMATCH,
                        FindingCode.COUNT_MISMATCH,
                        FindingCode.PLANNED_AFTER_TARGET);
    }

    @Test
    void readsTheQuangHoaResultsOf2023BesideThePlanAsASecondPeriod(@TempDir Path out) throws Exception {
        JobExecution run = launcher.run(Path.of("input"), out);

        Consolidation c = consolidation.build(run.getId());
        assertThat(c.criteria())
                .extracting(DistrictCriteria::unit, DistrictCriteria::period)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Quảng Hòa", "2022-2025"),
                        org.assertj.core.groups.Tuple.tuple("Quảng Hòa", "2023"));
        DistrictCriteria results = c.criteria().get(1);
        assertThat(results.communes()).hasSize(16);
        // docs/samples.md: seed 004's 183 met + 29 planned for 2022 + 32 planned for 2023 = 244, less the
        // three documented misses (Tự Do 8, Hồng Quang 9, Cai Bộ 9) = 241; 241 / 16 = 15.0625.
        assertThat(results.totalMet()).isEqualTo(241);
        assertThat(results.averageMetPerCommune()).isEqualTo(241 / 16.0);
        // Per criterion: the plan's 9, 5, 14, … plus its 2022 and 2023 cells, less the misses (8: 11 + 1 + 2 − 1,
        // 9: 8 + 4 + 3 − 2).
        assertThat(results.metPerCriterion())
                .containsExactly(16, 16, 15, 16, 8, 10, 16, 13, 13, 3, 4, 15, 11, 16, 16, 16, 9, 12, 16);
        // The plan's 30 cells for 2024 and 30 for 2025, plus the misses' new years: 2024 + 2, 2025 + 1.
        assertThat(results.plannedByYear()).containsExactly(Map.entry(2024, 32), Map.entry(2025, 31));
        // The sample is consistent and every new year is within its commune's NTM target year (2025 for all
        // three), so the 2023 file adds no finding.
        assertThat(c.findings())
                .noneMatch(f -> f.source() != null
                        && f.source().file() != null
                        && f.source().file().startsWith("quang-hoa/ket-qua-tieu-chi"));
    }

    @Test
    void consolidatesTheNganSonPovertySampleOnceThoughItCameAsXlsxAndCsv(@TempDir Path out) throws Exception {
        JobExecution run = launcher.run(Path.of("input"), out);

        Consolidation c = consolidation.build(run.getId());
        assertThat(c.poverty())
                .filteredOn(p -> p.period().equals("2025"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.commune()).isEqualTo("Ngân Sơn");
                    assertThat(p.readAsRow()).isFalse();
                    assertThat(p.villages()).hasSize(27);
                    // docs/samples.md: poor households as in seed 003 (sum 415, its Cộng row), totals chosen
                    // so that 415 / 9,606 = 4.32 % and 322 / 9,606 = 3.35 % as the seed's Cộng row says.
                    assertThat(p.totals().households()).isEqualTo(9606);
                    assertThat(p.totals().poor()).isEqualTo(415);
                    assertThat(p.totals().nearPoor()).isEqualTo(322);
                    assertThat(p.totals().poorRate()).isEqualTo(415 * 100.0 / 9606);
                    assertThat(p.plannedPoorReduction()).isEqualTo(138);
                    assertThat(p.plannedNearPoorReduction()).isEqualTo(23);
                });
        assertThat(c.findings())
                .filteredOn(f -> f.code() == FindingCode.DUPLICATE_SUBMISSION)
                .hasSize(1);
        assertThat(c.findings())
                .extracting(Finding::code)
                .doesNotContain(FindingCode.RATE_MISMATCH, FindingCode.TOTAL_MISMATCH);
        // 27 village rows of the xlsx (the csv is superseded) and the 3 commune rows of the 2024 district table.
        Integer rowsStored = jdbc.queryForObject(
                "SELECT COUNT(*) FROM rs_poverty_row r JOIN rs_source_table t"
                        + " ON t.id = r.table_id WHERE r.run_id = ? AND t.status = 'USED'",
                Integer.class,
                run.getId());
        assertThat(rowsStored).isEqualTo(30);
        assertThat(c.sources())
                .allSatisfy(s -> assertThat(s.rowsRead()).isEqualTo(s.rowsUsed() + s.rowsRejected() + s.rowsOther()));
    }

    @Test
    void readsTheNganSonDistrictReviewOf2024AsThreeCommunesOfTheDistrict(@TempDir Path out) throws Exception {
        JobExecution run = launcher.run(Path.of("input"), out);

        Consolidation c = consolidation.build(run.getId());
        // docs/samples.md: the end-2024 table of huyện Ngân Sơn lists the three units merged into xã Ngân Sơn.
        assertThat(c.poverty())
                .filteredOn(p -> p.period().equals("2024"))
                .extracting(
                        CommunePoverty::commune,
                        CommunePoverty::parent,
                        CommunePoverty::readAsRow,
                        p -> p.totals().households(),
                        p -> p.totals().poor(),
                        p -> p.totals().nearPoor(),
                        CommunePoverty::plannedPoorReduction,
                        CommunePoverty::plannedNearPoorReduction)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Vân Tùng", "Ngân Sơn", true, 4012L, 112L, 121L, 30L, 20L),
                        org.assertj.core.groups.Tuple.tuple("Cốc Đán", "Ngân Sơn", true, 2861L, 258L, 152L, 72L, 35L),
                        org.assertj.core.groups.Tuple.tuple("Đức Vân", "Ngân Sơn", true, 2668L, 218L, 139L, 63L, 30L));
        // 4,012 + 2,861 + 2,668 = 9,541 households; 112 + 258 + 218 = 588 poor, 588 / 9,541 × 100 = 6.16 %;
        // 121 + 152 + 139 = 412 near-poor (4.32 %).
        assertThat(c.rollups())
                .filteredOn(r -> r.unit().equals("Ngân Sơn") && r.period().equals("2024"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.figures()).isEqualTo(new vn.ruralstat.poverty.PovertyFigures(9541, 588, 412));
                    assertThat(r.figures().poorRate()).isEqualTo(588 * 100.0 / 9541);
                });
        // The sample is consistent: its rates and its Cộng row agree with the counts.
        assertThat(c.findings())
                .noneMatch(f -> f.source() != null
                        && f.source().file() != null
                        && f.source().file().startsWith("ngan-son/ra-soat"));
        assertThat(c.poverty())
                .extracting(vn.ruralstat.poverty.CommunePoverty::commune)
                .containsExactly("Ngân Sơn", "Vân Tùng", "Cốc Đán", "Đức Vân");
    }

    @Test
    void quangHoaCommunesOfTheMatricesCarryTheirCodesOfBeforeTheReform(@TempDir Path out) throws Exception {
        JobExecution run = launcher.run(Path.of("input"), out);

        Consolidation c = consolidation.build(run.getId());
        // The communes of huyện Quảng Hòa, tỉnh Cao Bằng before 1/7/2025, by name, as the crosswalk file lists them.
        Map<String, String> expected = JobOutputs.registerCodes(
                "crosswalk-2025-07-01.csv",
                r -> r.get("old_province").equals("Tỉnh Cao Bằng")
                        && r.get("old_district").equals("Huyện Quảng Hòa"),
                r -> r.get("old_commune").substring(r.get("old_commune_kind").length() + 1),
                "old_commune_code");
        // Rows of the file: "01603,Xã Phúc Sen", "01609,Xã Tự Do", "01597,Xã Cai Bộ", "01474,Xã Quốc Toản". The
        // matrix writes "Quốc Toàn" (another tone mark): the names are compared without diacritics.
        assertThat(expected)
                .containsEntry("phuc sen", "01603")
                .containsEntry("tu do", "01609")
                .containsEntry("cai bo", "01597")
                .containsEntry("quoc toan", "01474");
        assertThat(c.criteria()).hasSize(2);
        for (DistrictCriteria d : c.criteria()) {
            assertThat(d.communes()).hasSize(16).allSatisfy(x -> assertThat(x.code())
                    .as(x.commune() + " " + d.period())
                    .isEqualTo(expected.get(vn.ruralstat.sheet.UnitNames.fold(x.commune()))));
            // Each commune's registered target is still found (by code now): 16 targets, 16 communes.
            assertThat(d.communes()).allSatisfy(x -> assertThat(d.targetOf(x)).isNotNull());
        }
        assertThat(c.findings())
                .filteredOn(f -> f.code() == FindingCode.UNIT_NOT_IN_REGISTER)
                .noneMatch(f -> f.source() != null
                        && f.source().file() != null
                        && f.source().file().startsWith("quang-hoa/"));
        assertThat(c.criteria().get(0).totalMet()).isEqualTo(183);

        // The JSON: each criteria row of a Quảng Hòa commune carries its code, as does its unit.
        tools.jackson.databind.JsonNode json = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(Files.readString(out.resolve("tong-hop.json")));
        int rows = 0;
        for (tools.jackson.databind.JsonNode unit : json.get("units")) {
            tools.jackson.databind.JsonNode criteria = unit.get("criteria");
            if (criteria == null || criteria.isNull()) continue;
            rows++;
            String name = unit.get("name").asString();
            String code = expected.get(vn.ruralstat.sheet.UnitNames.fold(name));
            assertThat(code).as(name).isNotNull();
            assertThat(criteria.get("code").asString()).as(name).isEqualTo(code);
            assertThat(unit.get("code").asString()).as(name).isEqualTo(code);
        }
        // 16 communes in each of the two periods.
        assertThat(rows).isEqualTo(32);

        // The workbook: column "Mã xã" after the 19 criteria and the two year columns; Phúc Sen's row holds 01603.
        try (org.apache.poi.ss.usermodel.Workbook wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                out.resolve("tong-hop.xlsx").toFile(), null, true)) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheet("Tiêu chí NTM");
            int codeColumn = -1;
            Map<String, String> shown = new java.util.HashMap<>();
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && cell.getStringCellValue().equals("Mã xã")) codeColumn = cell.getColumnIndex();
                }
                org.apache.poi.ss.usermodel.Cell name = row.getCell(1);
                if (codeColumn >= 0
                        && name != null
                        && row.getCell(codeColumn) != null
                        && name.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    shown.put(name.getStringCellValue(), row.getCell(codeColumn).getStringCellValue());
                }
            }
            // TT, Xã, two counts (A-D), 19 criteria, the two year columns (E, F): "Mã xã" is the 26th column.
            assertThat(codeColumn).isEqualTo(4 + 19 + 2);
            assertThat(shown).containsEntry("Phúc Sen", "01603").containsEntry("Cai Bộ", "01597");
        }
    }

    @Test
    void writesTheWorkbookChartsAndJsonSummary(@TempDir Path out) throws Exception {
        launcher.run(Path.of("input"), out);

        assertThat(out.resolve("tong-hop.xlsx")).isNotEmptyFile();
        assertThat(out.resolve("tong-hop.json")).isNotEmptyFile();
        // A village chart for xã Ngân Sơn, a commune chart for huyện Ngân Sơn 2024, and per Quảng Hòa matrix
        // (2022-2025 and 2023) the criteria met per commune and the criteria planned per year.
        try (Stream<Path> charts = Files.list(out.resolve("bieu-do"))) {
            assertThat(charts.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "ngheo-theo-thon-ngan-son.png",
                            "ngheo-theo-xa-ngan-son.png",
                            "tieu-chi-dat-quang-hoa.png",
                            "tieu-chi-ke-hoach-quang-hoa.png",
                            "tieu-chi-dat-quang-hoa-2023.png",
                            "tieu-chi-ke-hoach-quang-hoa-2023.png");
        }
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".ruralstat-tmp"));
        }
        String json = Files.readString(out.resolve("tong-hop.json"));
        assertThat(json).contains("\"Quảng Hòa\"", "\"Ngân Sơn\"", "NOTE_MISMATCH");
    }

    @Test
    void totalsThePlannedYearsOfEachQuangHoaPeriodApartNeverTogether(@TempDir Path out) throws Exception {
        launcher.run(Path.of("input"), out);

        try (org.apache.poi.ss.usermodel.Workbook wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                out.resolve("tong-hop.xlsx").toFile(), null, true)) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheet("Kế hoạch theo năm");
            org.apache.poi.ss.usermodel.FormulaEvaluator evaluator =
                    wb.getCreationHelper().createFormulaEvaluator();
            // Columns: TT, Xã, then the years of both matrices (2022, 2023, 2024, 2025), then "Cộng".
            // Plan 2022-2025 (seed 004's cells): 29 + 32 + 30 + 30 = 121. Results 2023 (docs/samples.md):
            // 2024: 32, 2025: 31, so 63. The old grand total, 121 + 63 = 184, must be gone.
            Map<String, List<Double>> totals = new java.util.LinkedHashMap<>();
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                org.apache.poi.ss.usermodel.Cell label = row.getCell(1);
                if (label == null || label.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) continue;
                if (!label.getStringCellValue().startsWith("Tổng cộng")) continue;
                List<Double> figures = new java.util.ArrayList<>();
                for (int col = 2; col <= 6; col++) {
                    // Evaluated afresh: a SUBTOTAL range spanning both periods would give 184, whatever was cached.
                    figures.add(evaluator.evaluate(row.getCell(col)).getNumberValue());
                }
                totals.put(label.getStringCellValue(), figures);
            }
            assertThat(totals)
                    .containsExactly(
                            Map.entry("Tổng cộng kỳ 2022-2025", List.of(29.0, 32.0, 30.0, 30.0, 121.0)),
                            Map.entry("Tổng cộng kỳ 2023", List.of(0.0, 0.0, 32.0, 31.0, 63.0)));
        }
    }

    @Test
    void writesAnAnnotatedCopyOfEachFileWithFindingsForItsSubmitter(@TempDir Path out) throws Exception {
        launcher.run(Path.of("input"), out);

        // The note under seed 004's matrix (sheet "Bieu tieu chi", row 27) says 31 criteria for 2024; the cells hold
        // 30.
        Path copy = out.resolve("kiem-tra/quang-hoa/ke-hoach-ntm-2022-2025-huyen-quang-hoa.kiem-tra.xlsx");
        assertThat(copy).isNotEmptyFile();
        try (org.apache.poi.ss.usermodel.Workbook wb =
                org.apache.poi.ss.usermodel.WorkbookFactory.create(copy.toFile(), null, true)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Kiểm tra");
            org.apache.poi.ss.usermodel.Comment comment =
                    wb.getSheet("Bieu tieu chi").getCellComment(new org.apache.poi.ss.util.CellAddress("A27"));
            assertThat(comment).isNotNull();
            assertThat(comment.getString().getString()).contains("năm 2024", "31", "30");
        }
    }

    @Test
    void reportsADeliberatelyWrongRateWithItsCell(@TempDir Path in, @TempDir Path out) throws Exception {
        Path csv = in.resolve("ngan-son/bieu.csv");
        Files.createDirectories(csv.getParent());
        List<String> lines = Files.readAllLines(
                Path.of("input/ngan-son/ke-hoach-giam-ngheo-2026-xa-ngan-son.csv"), StandardCharsets.UTF_8);
        // Row 10 of the CSV is KHUỔI DIỄN: 327 households, 41 poor, reported 12,54 % (41 / 327 × 100 = 12.538…).
        assertThat(lines.get(9)).startsWith("1,KHUỔI DIỄN,327,41,\"12,54\"");
        lines.set(9, lines.get(9).replace("\"12,54\"", "\"21,54\""));
        Files.write(csv, lines, StandardCharsets.UTF_8);

        JobExecution run = launcher.run(in, out);

        assertThat(consolidation.build(run.getId()).findings())
                .filteredOn(f -> f.code() == FindingCode.RATE_MISMATCH)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.source().file()).isEqualTo("ngan-son/bieu.csv");
                    assertThat(f.source().cell()).isEqualTo("E10");
                    assertThat(f.reported()).isEqualTo("21,54");
                    assertThat(f.expected()).isEqualTo("12,54");
                });
    }

    @Test
    void aBrokenFileAmongGoodOnesIsAFindingAndTheRestIsReported(@TempDir Path in, @TempDir Path out) throws Exception {
        copyTree(Path.of("input"), in);
        Files.write(
                in.resolve("quang-hoa/hong.xlsx"),
                "PK\u0003\u0004 not really a workbook".getBytes(StandardCharsets.UTF_8));
        Files.writeString(in.resolve("ghi-chu.docx"), "not a spreadsheet");

        JobExecution run = launcher.run(in, out);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Consolidation c = consolidation.build(run.getId());
        assertThat(c.sources())
                .extracting(SourceFileSummary::path, SourceFileSummary::status)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("quang-hoa/hong.xlsx", "FAILED"),
                        org.assertj.core.groups.Tuple.tuple("ghi-chu.docx", "SKIPPED"));
        assertThat(c.findings())
                .filteredOn(f -> f.code() == FindingCode.FILE_UNREADABLE)
                .singleElement()
                .satisfies(f -> assertThat(f.source().file()).isEqualTo("quang-hoa/hong.xlsx"));
        // The plan (183 met) and the 2023 results (241, docs/samples.md) of Quảng Hòa.
        assertThat(c.criteria()).extracting(DistrictCriteria::totalMet).containsExactly(183, 241);
        // xã Ngân Sơn (2025) and the three communes of the huyện's 2024 table.
        assertThat(c.poverty())
                .extracting(CommunePoverty::commune)
                .containsExactly("Ngân Sơn", "Vân Tùng", "Cốc Đán", "Đức Vân");
        assertThat(out.resolve("tong-hop.xlsx")).isNotEmptyFile();
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
