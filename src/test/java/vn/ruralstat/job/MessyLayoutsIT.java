package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.PovertyFigures;

/**
 * Layouts beyond one table per file: split over sheets, commune headings, a district table whose
 * rows are communes, the same file twice.
 */
@SpringBootTest(
        properties = {
            "ruralstat.cli.enabled=false",
            "spring.datasource.url=jdbc:h2:file:./target/it-h2/ruralstat;DB_CLOSE_ON_EXIT=FALSE"
        })
class MessyLayoutsIT {

    @Autowired
    ConsolidationLauncher launcher;

    @Autowired
    ConsolidationService consolidation;

    @Autowired
    JdbcTemplate jdbc;

    private static void table(Workbook wb, String sheet, String title, Object[]... rows) {
        Sheet s = wb.createSheet(sheet);
        s.createRow(0).createCell(0).setCellValue(title);
        Row header = s.createRow(2);
        String[] names = {"STT", "Tên thôn", "Tổng số hộ", "Hộ nghèo", "Hộ cận nghèo"};
        for (int c = 0; c < names.length; c++) header.createCell(c).setCellValue(names[c]);
        TestWorkbooks.rows(s, 3, rows);
    }

    @Test
    void joinsATableSplitOverTwoSheetsAndCountsACopiedFileOnce(@TempDir Path in, @TempDir Path out) throws Exception {
        Workbook wb = new XSSFWorkbook();
        String title = "BIỂU HỘ NGHÈO XÃ AN BÌNH NĂM 2025";
        table(wb, "Trang 1", title, new Object[] {1, "Thôn Đông", 100, 5, 3}, new Object[] {2, "Thôn Tây", 80, 4, 2});
        table(wb, "Trang 2", title, new Object[] {3, "Thôn Nam", 60, 3, 1}, new Object[] {4, "Thôn Tây", 80, 4, 2});
        TestWorkbooks.save(wb, in.resolve("an-binh.xlsx"));
        Files.createDirectories(in.resolve("ban-sao"));
        Files.copy(in.resolve("an-binh.xlsx"), in.resolve("ban-sao/an-binh (1).xlsx"));

        JobExecution run = launcher.run(in, out);

        Consolidation c = consolidation.build(run.getId());
        // Thôn Đông 100 + Thôn Tây 80 + Thôn Nam 60 = 240 households; 5 + 4 + 3 = 12 poor. Thôn Tây on
        // both sheets and the copied file are counted once.
        assertThat(c.poverty()).singleElement().satisfies(p -> {
            assertThat(p.commune()).isEqualTo("An Bình");
            assertThat(p.villages()).extracting(v -> v.name()).containsExactly("Thôn Đông", "Thôn Tây", "Thôn Nam");
            assertThat(p.totals().households()).isEqualTo(240);
            assertThat(p.totals().poor()).isEqualTo(12);
        });
        assertThat(c.findings())
                .extracting(Finding::code)
                .contains(FindingCode.DUPLICATE_UNIT, FindingCode.DUPLICATE_SUBMISSION);
    }

    @Test
    void splitsADistrictTableIntoItsCommunesAndChecksEachSubtotal(@TempDir Path in, @TempDir Path out)
            throws Exception {
        Workbook wb = new XSSFWorkbook();
        table(
                wb,
                "Huyen",
                "TỔNG HỢP HỘ NGHÈO HUYỆN NGÂN SƠN NĂM 2025",
                new Object[] {"I", "Xã Vân Tùng"},
                new Object[] {1, "Thôn Nà Kha", 100, 5, 2},
                new Object[] {2, "Thôn Khuổi Mạ", 50, 2, 1},
                new Object[] {null, "Cộng xã Vân Tùng", 150, 7, 3},
                new Object[] {"II", "Thị trấn Nà Phặc"},
                new Object[] {1, "Khu 1", 70, 1, 0},
                new Object[] {null, "Cộng thị trấn", 75, 1, 0},
                new Object[] {null, "Tổng cộng", 220, 8, 3});
        TestWorkbooks.save(wb, in.resolve("huyen-ngan-son.xlsx"));

        JobExecution run = launcher.run(in, out);

        Consolidation c = consolidation.build(run.getId());
        assertThat(c.poverty())
                .extracting(CommunePoverty::commune, CommunePoverty::parent, p -> p.totals()
                        .households())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Vân Tùng", "Ngân Sơn", 150L),
                        org.assertj.core.groups.Tuple.tuple("Nà Phặc", "Ngân Sơn", 70L));
        // The subtotal of Nà Phặc (row 10, cell C10) says 75; its one village has 70.
        assertThat(c.findings())
                .filteredOn(f -> f.code() == FindingCode.TOTAL_MISMATCH)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.source().cell()).isEqualTo("C10");
                    assertThat(f.expected()).isEqualTo("70");
                });
        assertThat(c.rollups())
                .filteredOn(r -> r.unit().equals("Ngân Sơn"))
                .singleElement()
                .satisfies(r -> assertThat(r.figures().households()).isEqualTo(220));
    }

    @Test
    void readsTheRowsOfADistrictTableWithoutCommuneHeadingsAsCommunes(@TempDir Path in, @TempDir Path out)
            throws Exception {
        Workbook wb = new XSSFWorkbook();
        TestWorkbooks.rows(
                wb.createSheet("Bieu"),
                0,
                new Object[] {"BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT HỘ NGHÈO CUỐI NĂM 2024 HUYỆN NGÂN SƠN"},
                new Object[] {},
                // The seed's header word "Xã, phường" heads village tables too: it does not decide.
                new Object[] {
                    "STT",
                    "Xã, phường",
                    "Tổng số hộ dân cuối năm 2024",
                    "Hộ nghèo",
                    "Tỷ lệ hộ nghèo (%)",
                    "Hộ cận nghèo",
                    "Tỷ lệ hộ cận nghèo (%)",
                    "Số hộ nghèo giảm 2025",
                    "Số hộ cận nghèo giảm 2025"
                },
                new Object[] {1, "Thị trấn Vân Tùng", 400, 8, 2.0, 10, 2.5, 3, 2},
                new Object[] {2, "Xã Cốc Đán", 300, 30, 10.0, 15, 5.0, 10, 4},
                new Object[] {3, "Đức Vân", 100, 12, 12.0, 6, 6.0, 4, 1},
                // Households: 400 + 300 + 100 = 800, the row says 810; poor 8 + 30 + 12 = 50, 50 / 800 × 100 = 6.25 %.
                new Object[] {null, "Cộng", 810, 50, 6.25, 31, 3.88, 17, 7});
        TestWorkbooks.save(wb, in.resolve("ngan-son/tong-hop-huyen-ngan-son-2024.xlsx"));

        JobExecution run = launcher.run(in, out);

        Consolidation c = consolidation.build(run.getId());
        // Each row is a commune of huyện Ngân Sơn with its own figures, not a village of a commune "Ngân Sơn".
        assertThat(c.poverty())
                .extracting(
                        CommunePoverty::commune,
                        CommunePoverty::parent,
                        CommunePoverty::period,
                        CommunePoverty::readAsRow,
                        p -> p.villages().size(),
                        p -> p.totals().households(),
                        p -> p.totals().poor(),
                        p -> p.totals().nearPoor(),
                        CommunePoverty::plannedPoorReduction,
                        CommunePoverty::plannedNearPoorReduction)
                .containsExactly(
                        tuple("Vân Tùng", "Ngân Sơn", "2024", true, 0, 400L, 8L, 10L, 3L, 2L),
                        tuple("Cốc Đán", "Ngân Sơn", "2024", true, 0, 300L, 30L, 15L, 10L, 4L),
                        tuple("Đức Vân", "Ngân Sơn", "2024", true, 0, 100L, 12L, 6L, 4L, 1L));
        // Household-weighted: 50 / 800 × 100 = 6.25 %, not the mean of the rates (2 + 10 + 12) / 3 = 8 %;
        // near-poor 10 + 15 + 6 = 31, 31 / 800 × 100 = 3.875 %.
        assertThat(c.rollups())
                .filteredOn(r -> r.unit().equals("Ngân Sơn"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.figures()).isEqualTo(new PovertyFigures(800, 50, 31));
                    assertThat(r.figures().poorRate()).isEqualTo(6.25);
                    assertThat(r.communes()).containsExactly("Vân Tùng", "Cốc Đán", "Đức Vân");
                });
        // The checks of the table are those of any poverty table: rates agree, the Cộng row's C7 does not.
        assertThat(c.findings())
                .filteredOn(f -> f.code() == FindingCode.TOTAL_MISMATCH)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.source().cell()).isEqualTo("C7");
                    assertThat(f.reported()).isEqualTo("810");
                    assertThat(f.expected()).isEqualTo("800");
                });
        assertThat(c.findings()).extracting(Finding::code).doesNotContain(FindingCode.RATE_MISMATCH);

        // The poverty figures per unit: each commune with its villages, then each roll-up.
        List<String> units = new java.util.ArrayList<>();
        c.poverty().forEach(p -> {
            units.add(p.commune() + " | xã | " + (p.parent() == null ? "-" : p.parent()) + " | "
                    + p.totals().households());
            p.villages()
                    .forEach(v -> units.add(v.name() + " | thôn | " + p.commune() + " | "
                            + v.figures().households()));
        });
        c.rollups()
                .forEach(r -> units.add(
                        r.unit() + " | " + r.level() + " | - | " + r.figures().households()));
        assertThat(units)
                .containsExactly(
                        "Vân Tùng | xã | Ngân Sơn | 400",
                        "Cốc Đán | xã | Ngân Sơn | 300",
                        "Đức Vân | xã | Ngân Sơn | 100",
                        "Ngân Sơn | huyện | - | 800",
                        "Toàn bộ dữ liệu nhận được | toàn bộ | - | 800");

        try (Workbook report =
                WorkbookFactory.create(out.resolve("tong-hop.xlsx").toFile(), null, true)) {
            Sheet villages = report.getSheet("Nghèo theo thôn");
            assertThat(JobOutputs.texts(villages))
                    .contains("Thị trấn Vân Tùng", "Xã Cốc Đán", "Xã Đức Vân", "Cộng huyện Ngân Sơn")
                    .noneMatch(t -> t.startsWith("Xã Ngân Sơn") || t.startsWith("Cộng xã"));
            assertThat(JobOutputs.texts(report.getSheet("Nghèo theo xã"))).contains("Vân Tùng", "Cốc Đán", "Đức Vân");
        }
        JsonNode json = JobOutputs.json(out);
        assertThat(json.get("units").findValuesAsString("level")).doesNotContain("thôn");
        JsonNode vanTung = null;
        for (JsonNode unit : json.get("units")) {
            if (unit.get("name").asString().equals("Vân Tùng")) vanTung = unit;
        }
        assertThat(vanTung.get("level").asString()).isEqualTo("xã");
        assertThat(vanTung.get("parent").asString()).isEqualTo("Ngân Sơn");
        assertThat(vanTung.get("poverty").get("villages").isNull()).isTrue();
        assertThat(vanTung.get("poverty").get("reportedPoorRate").asDouble()).isEqualTo(2.0);
        assertThat(vanTung.get("poverty").get("source").get("cell").asString()).isEqualTo("B4");
        try (Stream<Path> charts = Files.list(out.resolve("bieu-do"))) {
            assertThat(charts.map(p -> p.getFileName().toString()))
                    .contains("ngheo-theo-xa-ngan-son.png")
                    .noneMatch(n -> n.startsWith("ngheo-theo-thon"));
        }
    }
}
