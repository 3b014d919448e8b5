package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.dataset.SourceFileSummary;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.VillagePoverty;

/**
 * Issue #13, rows and names: every row of a messy sheet is used or reported with a reason on its
 * cell; only exact repeats are duplicates; names that look like formulas stay text, apart, and are
 * written quote-prefixed in the report and the annotated copy.
 */
@SpringBootTest(
        properties = {
            "ruralstat.cli.enabled=false",
            "spring.datasource.url=jdbc:h2:file:./target/it-h2/ruralstat;DB_CLOSE_ON_EXIT=FALSE"
        })
class RowsAndNamesIT {

    private static final String MESSY = "an-binh/bieu-2025.xlsx";
    private static final String FORMULAS = "an-phu/bieu-2025.csv";

    @Autowired
    ConsolidationLauncher launcher;

    @Autowired
    ConsolidationService consolidation;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * Nine village rows (Excel rows 4-11 and 14): four good ones, a row without a name, a repeat,
     * a count under a merged cell, an unreadable count, and a village typed below the note.
     */
    private static void messySheet(Path file) throws Exception {
        Workbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("Biểu");
        TestWorkbooks.rows(
                sheet,
                0,
                new Object[] {"BIỂU HỘ NGHÈO XÃ AN BÌNH NĂM 2025"},
                new Object[] {},
                new Object[] {"STT", "Tên thôn", "Tổng số hộ", "Hộ nghèo", "Hộ cận nghèo"},
                new Object[] {1, "Nà Phặc", 120, 12, 6},
                new Object[] {2, null, 80, 4, 2},
                new Object[] {3, "NÀ HIN", 100, 3, 1},
                new Object[] {4, "NÀ HÌN", 90, 2, 1},
                new Object[] {5, "Nà Phặc", 120, 12, 6},
                new Object[] {6, "Khuổi Mạ", 200, 10, 5},
                new Object[] {7, "Khuổi Hẻo", null, 8, 3},
                new Object[] {8, "Cốc Xả", "ba trăm", 5, 2},
                // Nà Phặc 120 + NÀ HIN 100 + NÀ HÌN 90 + Khuổi Mạ 200 = 510; poor 12 + 3 + 2 + 10 = 27.
                new Object[] {null, "Cộng", 510, 27, 13},
                new Object[] {"Ghi chú: thôn Nà Lạn gửi sau"},
                new Object[] {9, "Nà Lạn", 70, 3, 1});
        // Khuổi Mạ's 200 households merged down over Khuổi Hẻo's row: C10 reads blank.
        sheet.addMergedRegion(CellRangeAddress.valueOf("C9:C10"));
        TestWorkbooks.save(wb, file);
    }

    @Test
    void everyRowOfAMessySheetIsUsedOrReportedWithAReasonOnItsCell(@TempDir Path in, @TempDir Path out)
            throws Exception {
        messySheet(in.resolve(MESSY));

        JobExecution run = launcher.run(in, out);

        Consolidation c = consolidation.build(run.getId());
        assertThat(c.poverty()).singleElement().satisfies(p -> {
            assertThat(p.villages())
                    .extracting(VillagePoverty::name)
                    .containsExactly("Nà Phặc", "NÀ HIN", "NÀ HÌN", "Khuổi Mạ");
            assertThat(p.totals().households()).isEqualTo(510);
            assertThat(p.totals().poor()).isEqualTo(27);
        });
        List<Finding> findings = c.findings().stream()
                .filter(f -> f.source() != null && MESSY.equals(f.source().file()))
                .toList();
        // Rows 5 (no name), 8 (Nà Phặc again), 10 (under the merged cell), 11 (unreadable count).
        List<Integer> rejected = jdbc.queryForList(
                "SELECT r.row_num FROM rs_rejected_row r JOIN rs_source_file f ON f.id = r.file_id"
                        + " WHERE f.run_id = ? AND f.path = ? ORDER BY r.row_num",
                Integer.class,
                run.getId(),
                MESSY);
        assertThat(rejected).containsExactly(5, 8, 10, 11);
        for (int row : rejected) {
            assertThat(findings).as("a finding on a cell of row " + row).anySatisfy(f -> {
                assertThat(f.code()).isIn(FindingCode.ROW_REJECTED, FindingCode.DUPLICATE_UNIT);
                assertThat(rowOf(f.source().cell())).isEqualTo(row);
            });
        }
        assertThat(findings)
                .filteredOn(f -> f.code() == FindingCode.ROW_REJECTED || f.code() == FindingCode.DUPLICATE_UNIT)
                .extracting(f -> f.code(), f -> f.source().cell())
                .containsExactlyInAnyOrder(
                        tuple(FindingCode.ROW_REJECTED, "B5"),
                        tuple(FindingCode.DUPLICATE_UNIT, "B8"),
                        tuple(FindingCode.ROW_REJECTED, "C10"),
                        tuple(FindingCode.ROW_REJECTED, "B11"));
        // C10 reads blank because Khuổi Mạ's figure is merged over it: the finding says so.
        assertThat(findings)
                .filteredOn(f -> "C10".equals(f.source().cell()))
                .singleElement()
                .satisfies(f -> assertThat(f.messageVi()).contains("Ô C10 thuộc vùng ô gộp C9:C10", "ô đầu C9"));
        // Row 14 stands below the note: not read, and said so.
        assertThat(findings)
                .filteredOn(f -> f.code() == FindingCode.ROWS_OUTSIDE_TABLE)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.source().cell()).isEqualTo("A14");
                    assertThat(f.arguments()).containsExactly("Biểu", "1", "14");
                });
        // Nine village rows: 4 used + 4 rejected, each with its finding, + 1 outside the table, reported.
        SourceFileSummary source = c.sources().stream()
                .filter(s -> s.path().equals(MESSY))
                .findFirst()
                .orElseThrow();
        assertThat(source.rowsUsed() + source.rowsRejected() + 1).isEqualTo(9);
        assertThat(source.rowsUsed()).isEqualTo(4);
        assertThat(source.rowsRead()).isEqualTo(source.rowsUsed() + source.rowsRejected() + source.rowsOther());
        // NÀ HIN and NÀ HÌN are two villages; the warning names both, with their cells.
        assertThat(findings)
                .filteredOn(f -> f.code() == FindingCode.UNIT_NEAR_MATCH)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(vn.ruralstat.finding.Severity.WARNING);
                    assertThat(f.source().cell()).isEqualTo("B7");
                    assertThat(f.messageVi()).contains("\"NÀ HÌN\" (ô B7)", "\"NÀ HIN\" (ô B6)");
                });
    }

    @Test
    void namesThatLookLikeFormulasStayTextApartAndQuotePrefixedInEveryWorkbookWritten(
            @TempDir Path in, @TempDir Path out) throws Exception {
        Path csv = in.resolve(FORMULAS);
        Files.createDirectories(csv.getParent());
        Files.writeString(
                csv,
                """
                BIỂU HỘ NGHÈO XÃ AN PHÚ NĂM 2025
                STT,Tên thôn,Tổng số hộ,Hộ nghèo,Hộ cận nghèo
                1,=1+1,100,5,2
                2,-1+1,80,4,1
                """,
                StandardCharsets.UTF_8);

        JobExecution run = launcher.run(in, out);

        Consolidation c = consolidation.build(run.getId());
        // Two villages, neither computed nor taken for the other: 100 + 80 = 180 households, 5 + 4 = 9 poor.
        assertThat(c.poverty()).singleElement().satisfies(p -> {
            assertThat(p.villages()).extracting(VillagePoverty::name).containsExactly("=1+1", "-1+1");
            assertThat(p.totals().households()).isEqualTo(180);
            assertThat(p.totals().poor()).isEqualTo(9);
        });
        assertThat(c.findings()).extracting(Finding::code).doesNotContain(FindingCode.DUPLICATE_UNIT);
        assertThat(c.poverty()).extracting(CommunePoverty::commune).containsExactly("An Phú");

        try (Workbook report =
                WorkbookFactory.create(out.resolve("tong-hop.xlsx").toFile(), null, true)) {
            assertThat(cellsHolding(report, "=1+1")).isNotEmpty().allSatisfy(RowsAndNamesIT::assertQuotedText);
            assertThat(cellsHolding(report, "-1+1")).isNotEmpty().allSatisfy(RowsAndNamesIT::assertQuotedText);
        }
        // The near-alike names are a finding, so the CSV has an annotated copy: its cells are quoted too.
        Path copy;
        try (Stream<Path> files = Files.walk(out.resolve("kiem-tra"))) {
            copy = files.filter(f -> f.toString().endsWith(".kiem-tra.xlsx"))
                    .findFirst()
                    .orElseThrow();
        }
        try (Workbook annotated = WorkbookFactory.create(copy.toFile(), null, true)) {
            assertThat(cellsHolding(annotated, "=1+1")).isNotEmpty().allSatisfy(RowsAndNamesIT::assertQuotedText);
            assertThat(cellsHolding(annotated, "-1+1")).isNotEmpty().allSatisfy(RowsAndNamesIT::assertQuotedText);
        }
    }

    private static int rowOf(String cell) {
        return Integer.parseInt(cell.replaceAll("^[A-Z]+", ""));
    }

    /** The cells of every sheet whose shown text is {@code text}, whatever their type. */
    private static List<Cell> cellsHolding(Workbook wb, String text) {
        List<Cell> found = new ArrayList<>();
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    boolean string = cell.getCellType() == CellType.STRING;
                    // A formula made of the text (=1+1 stored as 1+1) counts too, and fails the check.
                    boolean formula = cell.getCellType() == CellType.FORMULA
                            && (cell.getCellFormula().equals(text)
                                    || cell.getCellFormula().equals(text.substring(1)));
                    if (formula || string && cell.getStringCellValue().equals(text)) found.add(cell);
                }
            }
        }
        return found;
    }

    private static void assertQuotedText(Cell cell) {
        String where = cell.getSheet().getSheetName() + "!" + cell.getAddress();
        assertThat(cell.getCellType()).as(where).isEqualTo(CellType.STRING);
        assertThat(cell.getCellStyle().getQuotePrefixed()).as(where).isTrue();
    }
}
