package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.poverty.CommunePoverty;

/** Layouts beyond one table per file: split over sheets, commune headings, the same file twice. */
@SpringBootTest(properties = {"ruralstat.cli.enabled=false",
        "spring.datasource.url=jdbc:h2:file:./target/it-h2/ruralstat;DB_CLOSE_ON_EXIT=FALSE"})
class MessyLayoutsIT {

    @Autowired
    ConsolidationLauncher launcher;
    @Autowired
    ConsolidationService consolidation;

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
        assertThat(c.findings()).extracting(Finding::code)
                .contains(FindingCode.DUPLICATE_UNIT, FindingCode.DUPLICATE_SUBMISSION);
    }

    @Test
    void splitsADistrictTableIntoItsCommunesAndChecksEachSubtotal(@TempDir Path in, @TempDir Path out) throws Exception {
        Workbook wb = new XSSFWorkbook();
        table(wb, "Huyen", "TỔNG HỢP HỘ NGHÈO HUYỆN NGÂN SƠN NĂM 2025",
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
        assertThat(c.poverty()).extracting(CommunePoverty::commune, CommunePoverty::parent, p -> p.totals().households())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Vân Tùng", "Ngân Sơn", 150L),
                        org.assertj.core.groups.Tuple.tuple("Nà Phặc", "Ngân Sơn", 70L));
        // The subtotal of Nà Phặc (row 10, cell C10) says 75; its one village has 70.
        assertThat(c.findings()).filteredOn(f -> f.code() == FindingCode.TOTAL_MISMATCH)
                .singleElement().satisfies(f -> {
                    assertThat(f.source().cell()).isEqualTo("C10");
                    assertThat(f.expected()).isEqualTo("70");
                });
        assertThat(c.rollups()).filteredOn(r -> r.unit().equals("Ngân Sơn"))
                .singleElement().satisfies(r -> assertThat(r.figures().households()).isEqualTo(220));
    }
}
