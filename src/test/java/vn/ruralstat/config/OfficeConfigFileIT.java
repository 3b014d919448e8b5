package vn.ruralstat.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import vn.ruralstat.RuralstatApplication;

/**
 * The consolidation of the samples with an office's configuration file given by {@code --config}:
 * the file's database (an H2 file here) is the one used, and every printable sheet of the workbook
 * carries the office's form elements, prints on A4 with no type below 10 pt, and no sheet is empty.
 */
class OfficeConfigFileIT {

    /** The report sheets an office signs; "Phát hiện" and "Nguồn dữ liệu" are annexes without signatures. */
    static final Set<String> PRINTABLE = Set.of(
            "Tổng hợp",
            "Nghèo theo thôn",
            "Nghèo theo xã",
            "Tiêu chí NTM",
            "Tổng hợp theo nhóm xã",
            "Kế hoạch theo năm",
            "Khoảng cách tới chuẩn");

    @TempDir
    static Path dir;

    static XSSFWorkbook workbook;
    static Path database;

    @BeforeAll
    static void consolidateTheSamplesWithTheOfficesFile() throws Exception {
        database = Path.of("target/it-h2/office-config-" + System.nanoTime()).toAbsolutePath();
        Path config = Files.writeString(
                dir.resolve("xa-ngan-son.properties"),
                Files.readString(Path.of("docs/ruralstat.properties.example"), StandardCharsets.UTF_8)
                        + "\nspring.datasource.url=jdbc:h2:file:" + database.resolve("ruralstat") + "\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        int exit = run("--input", "input", "--output", out.toString(), "--config=" + config);

        assertThat(exit).isZero();
        workbook = new XSSFWorkbook(out.resolve("tong-hop.xlsx").toFile());
    }

    static int run(String... args) {
        try (ConfigurableApplicationContext ctx = SpringApplication.run(RuralstatApplication.class, args)) {
            return SpringApplication.exit(ctx);
        }
    }

    @Test
    void aConfigFileThatIsNotThereIsRefusedInOneLineBeforeSpringStarts() throws Exception {
        Path missing = dir.resolve("khong-co.properties");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        RuralstatApplication.class.getName(),
                        "--config",
                        missing.toString())
                .start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isEqualTo(2);
        assertThat(stderr.strip().lines())
                .singleElement()
                .isEqualTo("ruralstat: Không đọc được tệp cấu hình " + missing.toAbsolutePath()
                        + ": tệp không có hoặc không mở được");
    }

    @Test
    void usesTheDatabaseTheConfigurationFileNames() {
        assertThat(database.resolve("ruralstat.mv.db")).exists();
    }

    @Test
    void everyPrintableSheetCarriesTheOfficesHeadingAboveItsTable() {
        List<Sheet> printable = printableSheets();
        assertThat(printable).extracting(Sheet::getSheetName).contains("Tổng hợp", "Nghèo theo thôn", "Tiêu chí NTM");
        for (Sheet sheet : printable) {
            List<String> texts = texts(sheet);
            assertThat(texts)
                    .as(sheet.getSheetName())
                    .contains(
                            "UBND TỈNH THÁI NGUYÊN",
                            "ỦY BAN NHÂN DÂN XÃ NGÂN SƠN",
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "Độc lập - Tự do - Hạnh phúc",
                            "Số: ……………/BC-UBND")
                    .anyMatch(t -> Pattern.matches("Ngân Sơn, ngày \\d{2} tháng (0[12]|[3-9]|1[0-2]) năm \\d{4}", t))
                    .anyMatch(t -> t.startsWith("Kỳ báo cáo: "))
                    .anyMatch(t -> t.startsWith("Đơn vị tính: "));
            // The heading stands above the rows repeated on each page, never inside them.
            // (The front page holds several short tables and repeats none.)
            if (sheet.getSheetName().equals("Tổng hợp")) continue;
            CellRangeAddress repeated = sheet.getRepeatingRows();
            assertThat(repeated).as(sheet.getSheetName()).isNotNull();
            assertThat(rowOf(sheet, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).isLessThan(repeated.getFirstRow());
        }
        assertThat(texts(workbook.getSheet("Nghèo theo thôn"))).contains("Biểu số 01/GNBV");
        assertThat(texts(workbook.getSheet("Tiêu chí NTM"))).contains("Biểu số 02/NTM");
        // Not configured: the default number of the form.
        assertThat(texts(workbook.getSheet("Nghèo theo xã"))).contains("Biểu số 03");
    }

    @Test
    void everyPrintableSheetEndsWithTheSignaturesAndTheRecipients() {
        for (Sheet sheet : printableSheets()) {
            assertThat(texts(sheet))
                    .as(sheet.getSheetName())
                    .contains(
                            "NGƯỜI LẬP BIỂU",
                            "(Ký, họ tên)",
                            "Hoàng Thị Lan",
                            "TM. ỦY BAN NHÂN DÂN",
                            "KT. CHỦ TỊCH",
                            "PHÓ CHỦ TỊCH",
                            "(Ký, đóng dấu, họ tên)",
                            "Nông Văn Minh",
                            "Nơi nhận:",
                            "- UBND tỉnh Thái Nguyên (b/c);",
                            "- Lưu: VT, VP.");
            int tableEnd = sheet.getRepeatingRows() != null
                    ? sheet.getRepeatingRows().getLastRow()
                    : rowOf(sheet, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertThat(rowOf(sheet, "Nông Văn Minh")).as(sheet.getSheetName()).isGreaterThan(tableEnd);
        }
        // Annexes: a title, no signatures.
        assertThat(texts(workbook.getSheet("Phát hiện"))).doesNotContain("NGƯỜI LẬP BIỂU");
    }

    @Test
    void everySheetPrintsOnA4WithNoTypeBelowTenPoints() {
        for (Sheet sheet : workbook) {
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).as(sheet.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            // Fit-to-page would shrink type without a floor; the scale is explicit.
            assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isFalse();
            double printed = print.getScale() / 100.0 * smallestFontPoints(sheet);
            assertThat(printed).as(sheet.getSheetName()).isGreaterThanOrEqualTo(10.0);
        }
    }

    @Test
    void noSheetIsEmptyAndTheFrontPageListsUnitsNotTheRunsScope() {
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().equals("Tổng hợp")) continue;
            assertThat(texts(sheet)).as(sheet.getSheetName()).doesNotContain("Không có dữ liệu");
        }
        List<String> front = texts(workbook.getSheet("Tổng hợp"));
        assertThat(front).noneMatch(t -> t.contains("Toàn bộ dữ liệu nhận được"));
        // The samples: huyện Ngân Sơn in 2024, xã Ngân Sơn under tỉnh Thái Nguyên in 2025: one unit a period,
        // so no line adds units up; each unit is listed by its name.
        assertThat(front).contains("Ngân Sơn", "Thái Nguyên").doesNotContain("Tổng cộng các đơn vị trên");
    }

    private static List<Sheet> printableSheets() {
        List<Sheet> sheets = new ArrayList<>();
        for (Sheet sheet : workbook) {
            if (PRINTABLE.stream().anyMatch(name -> sheet.getSheetName().startsWith(name))) sheets.add(sheet);
        }
        return sheets;
    }

    static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) texts.add(cell.getStringCellValue());
            }
        }
        return texts;
    }

    private static int rowOf(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().equals(text)) {
                    return row.getRowNum();
                }
            }
        }
        throw new AssertionError("no \"" + text + "\" in " + sheet.getSheetName());
    }

    /** The smallest font of any cell that holds something. */
    private static double smallestFontPoints(Sheet sheet) {
        double smallest = Double.MAX_VALUE;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.BLANK) continue;
                short size =
                        workbook.getFontAt(cell.getCellStyle().getFontIndex()).getFontHeightInPoints();
                smallest = Math.min(smallest, size);
            }
        }
        return smallest == Double.MAX_VALUE ? 11 : smallest;
    }
}
