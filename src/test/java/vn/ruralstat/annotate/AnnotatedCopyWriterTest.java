package vn.ruralstat.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ruralstat.annotate.Submissions.INJECTION;
import static vn.ruralstat.annotate.Submissions.LISTS;
import static vn.ruralstat.annotate.Submissions.RATE_MESSAGE;
import static vn.ruralstat.annotate.Submissions.TOWN;
import static vn.ruralstat.annotate.Submissions.VILLAGES;
import static vn.ruralstat.annotate.Submissions.at;
import static vn.ruralstat.annotate.Submissions.mismatch;
import static vn.ruralstat.annotate.Submissions.sha256;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.Severity;

class AnnotatedCopyWriterTest {

    private static final String XLSX = "ngan-son/ke-hoach.xlsx";
    private static final String XLS = "cu/old.xls";
    private static final String CSV = "ngan-son/bieu.csv";

    @TempDir
    Path dir;

    private final AnnotatedCopyWriter writer = new AnnotatedCopyWriter();

    private Path input(String relative) {
        return dir.resolve("input").resolve(relative);
    }

    private Path output() {
        return dir.resolve("output");
    }

    /** Ten findings of the village workbook, in the order the list shows them, and one of another file. */
    private static List<Finding> villageFindings() {
        return List.of(
                at(
                        XLSX,
                        null,
                        null,
                        FindingCode.DUPLICATE_SUBMISSION,
                        Severity.WARNING,
                        "Bảng này được nộp hai lần (.xlsx và .csv); dùng tệp mới hơn."),
                at(XLSX, VILLAGES, "B5", FindingCode.TARGET_WITHOUT_CRITERIA, Severity.INFO, INJECTION),
                mismatch(XLSX, VILLAGES, "E12", FindingCode.RATE_MISMATCH, RATE_MESSAGE, "12,5", "19,90"),
                at(XLSX, VILLAGES, "C9", FindingCode.VALUE_NOT_NUMERIC, Severity.ERROR, "NÀ PỒNG: thiếu tổng số hộ."),
                at(XLSX, TOWN, "B5", FindingCode.PLANNED_AFTER_TARGET, Severity.WARNING, "Số hộ thị trấn cần xem lại."),
                at(XLSX, VILLAGES, "E12", FindingCode.NUMBER_AMBIGUOUS, Severity.WARNING, "Tỷ lệ ghi bằng chữ số lạ."),
                mismatch(
                        XLSX,
                        VILLAGES,
                        "C13",
                        FindingCode.TOTAL_MISMATCH,
                        "Dòng Cộng: tổng số hộ 1.200 ≠ 1.250.",
                        "1.200",
                        "1.250"),
                at(XLSX, VILLAGES, null, FindingCode.PERIOD_UNKNOWN, Severity.WARNING, "Không rõ kỳ báo cáo."),
                at(XLSX, "Biểu cũ", "E5", FindingCode.ROW_REJECTED, Severity.ERROR, "Trang tính đã bị xoá."),
                at(XLSX, VILLAGES, "XFE1", FindingCode.SHEET_NO_TABLE, Severity.INFO, "Ô ngoài trang tính."),
                at("ngan-son/khac.xlsx", VILLAGES, "A1", FindingCode.RATE_MISMATCH, Severity.ERROR, "Tệp khác."));
    }

    @Test
    void writesTheCopyBesideTheInputsRelativeFolderWithKiemTraInItsName() throws IOException {
        Path source = Submissions.villageWorkbook(input(XLSX));

        Path copy = writer.write(source, XLSX, villageFindings(), output());

        assertThat(copy).isEqualTo(output().toAbsolutePath().resolve("ngan-son/ke-hoach.kiem-tra.xlsx"));
        assertThat(copy).isRegularFile();
        try (Stream<Path> files = Files.list(copy.getParent())) {
            assertThat(files).containsExactly(copy); // no temporary file left behind
        }
    }

    /**
     * The copy is written to a temporary file (created 0600) and moved into place: colleagues in the
     * office must still read it, so 0644, and the folders made for it 0755 (POSIX file systems).
     */
    @Test
    void theCopyAndItsFoldersAreReadableByTheOffice() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                dir.getFileSystem().supportedFileAttributeViews().contains("posix"));

        Path copy = writer.write(Submissions.villageWorkbook(input(XLSX)), XLSX, villageFindings(), output());

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)))
                .isEqualTo("rw-r--r--");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(copy.getParent())))
                .isEqualTo("rwxr-xr-x");
    }

    @Test
    void putsTheListOfFindingsFirstWithOneRowPerFindingOfThisFileOnly() throws IOException {
        Path copy = writer.write(Submissions.villageWorkbook(input(XLSX)), XLSX, villageFindings(), output());

        try (Workbook wb = open(copy)) {
            assertThat(sheetNames(wb)).containsExactly("Kiểm tra", VILLAGES, TOWN, LISTS);
            assertThat(wb.getActiveSheetIndex()).isZero();
            assertThat(wb.getSheetAt(0).isSelected()).isTrue();
            assertThat(wb.getSheetAt(1).isSelected()).isFalse();
            Sheet list = wb.getSheetAt(0);
            assertThat(text(list.getRow(FindingListSheet.HEADER_ROW))).containsExactly(FindingListSheet.HEADERS);
            assertThat(findingRows(list))
                    .extracting(row -> row.getCell(2).getStringCellValue())
                    .containsExactly(
                            // The kinds by their names in the catalogue, never by their codes.
                            "Ô không phải số",
                            "Tỷ lệ không khớp",
                            "Dòng tổng không khớp",
                            "Dòng số liệu bị loại",
                            "Bảng gửi trùng",
                            "Không rõ kỳ báo cáo",
                            "Cách viết số chưa rõ",
                            "Kế hoạch muộn hơn năm đăng ký đạt chuẩn",
                            "Trang tính không có bảng số liệu",
                            "Xã đăng ký không có trong biểu tiêu chí");
            Row rate = findingRows(list).get(1);
            assertThat(text(rate))
                    .containsExactly("", "Lỗi", "Tỷ lệ không khớp", RATE_MESSAGE, VILLAGES, "E12", "12,5", "19,90");
            assertThat(rate.getCell(0).getNumericCellValue()).isEqualTo(2);
            assertThat(findingRows(list))
                    .extracting(row -> row.getCell(1).getStringCellValue())
                    .containsExactly(
                            "Lỗi",
                            "Lỗi",
                            "Lỗi",
                            "Lỗi",
                            "Cảnh báo",
                            "Cảnh báo",
                            "Cảnh báo",
                            "Cảnh báo",
                            "Thông tin",
                            "Thông tin");
        }
    }

    @Test
    void linksEachFindingToItsCellWithSheetNamesQuoted() throws IOException {
        Path copy = writer.write(Submissions.villageWorkbook(input(XLSX)), XLSX, villageFindings(), output());

        try (Workbook wb = open(copy)) {
            List<Row> rows = findingRows(wb.getSheetAt(0));
            assertThat(rows)
                    .extracting(row -> linkOf(row.getCell(FindingListSheet.CELL_COLUMN)))
                    .containsExactly(
                            "'Số liệu thôn'!$C$9",
                            "'Số liệu thôn'!$E$12",
                            "'Số liệu thôn'!$C$13",
                            null,
                            null,
                            null,
                            "'Số liệu thôn'!$E$12",
                            "'TT D''Ran'!$B$5",
                            null,
                            "'Số liệu thôn'!$B$5");
            for (Row row : rows) {
                String link = linkOf(row.getCell(FindingListSheet.CELL_COLUMN));
                if (link != null) assertThat(resolves(wb, link)).as(link).isTrue();
            }
            assertThat(linkOf(rows.get(5).getCell(FindingListSheet.SHEET_COLUMN)))
                    .isEqualTo("'Số liệu thôn'!$A$1");
            assertThat(rows.get(3).getCell(FindingListSheet.SHEET_COLUMN).getStringCellValue())
                    .isEqualTo("Biểu cũ (không còn trong tệp)");
            assertThat(rows.get(4).getCell(FindingListSheet.SHEET_COLUMN).getStringCellValue())
                    .isEqualTo("(cả tệp)");
            assertThat(rows.get(8).getCell(FindingListSheet.CELL_COLUMN).getStringCellValue())
                    .isEqualTo("XFE1");
        }
    }

    @Test
    void fillsEachCellWithTheColourOfItsWorstFindingAndExplainsItInAComment() throws IOException {
        Path copy = writer.write(Submissions.villageWorkbook(input(XLSX)), XLSX, villageFindings(), output());

        try (Workbook wb = open(copy)) {
            Sheet villages = wb.getSheet(VILLAGES);
            Cell rate = cell(villages, "E12");
            assertThat(fill(rate)).isEqualTo(HighlightStyles.rgb(Severity.ERROR));
            assertThat(rate.getCellComment().getAuthor()).isEqualTo("ruralstat");
            assertThat(rate.getCellComment().getString().getString())
                    .contains(
                            RATE_MESSAGE,
                            "Số báo cáo: 12,5 · Số tính lại: 19,90",
                            "Tỷ lệ ghi bằng chữ số lạ.",
                            "Lỗi (Tỷ lệ không khớp)",
                            "(Cách viết số chưa rõ)")
                    .doesNotContain("RATE_MISMATCH", "NUMBER_AMBIGUOUS");
            assertThat(fill(cell(villages, "C13"))).isEqualTo(HighlightStyles.rgb(Severity.ERROR));
            assertThat(fill(cell(villages, "B5"))).isEqualTo(HighlightStyles.rgb(Severity.INFO));
            assertThat(fill(cell(wb.getSheet(TOWN), "B5"))).isEqualTo(HighlightStyles.rgb(Severity.WARNING));
            assertThat(cell(wb.getSheet(TOWN), "B5")
                            .getCellComment()
                            .getString()
                            .getString())
                    .contains("Số hộ thị trấn cần xem lại.");
            assertThat(fill(cell(villages, "D12"))).isNull();
        }
    }

    @Test
    void createsAndHighlightsABlankCellThatHasAFinding() throws IOException {
        Path copy = writer.write(Submissions.villageWorkbook(input(XLSX)), XLSX, villageFindings(), output());

        try (Workbook wb = open(copy)) {
            Cell missing = cell(wb.getSheet(VILLAGES), "C9");
            assertThat(missing.getCellType()).isEqualTo(CellType.BLANK);
            assertThat(fill(missing)).isEqualTo(HighlightStyles.rgb(Severity.ERROR));
            assertThat(missing.getCellComment().getString().getString()).contains("NÀ PỒNG: thiếu tổng số hộ.");
        }
    }

    @Test
    void keepsTheSubmittersCommentAboveOursAndLeavesTheirOtherCommentsAlone() throws IOException {
        Path copy = writer.write(Submissions.villageWorkbook(input(XLSX)), XLSX, villageFindings(), output());

        try (Workbook wb = open(copy)) {
            String text = cell(wb.getSheet(VILLAGES), "E12")
                    .getCellComment()
                    .getString()
                    .getString();
            assertThat(text).startsWith("Cán bộ xã:\nSố liệu tạm tính, chờ rà soát.");
            assertThat(text.indexOf("Số liệu tạm tính")).isLessThan(text.indexOf(RATE_MESSAGE));
            var untouched = cell(wb.getSheet(VILLAGES), "F12").getCellComment();
            assertThat(untouched.getAuthor()).isEqualTo("Trưởng thôn");
            assertThat(untouched.getString().getString()).isEqualTo("Đã báo cáo miệng.");
        }
    }

    @Test
    void leavesValuesFormulasStylesMergedRegionsAndHiddenSheetsAsTheyWere() throws IOException {
        Path source = Submissions.villageWorkbook(input(XLSX));
        List<String> marked =
                List.of(VILLAGES + "!E12", VILLAGES + "!C13", VILLAGES + "!B5", VILLAGES + "!C9", TOWN + "!B5");

        Path copy = writer.write(source, XLSX, villageFindings(), output());

        try (Workbook before = open(source);
                Workbook after = open(copy)) {
            assertThatSameContent(before, after, marked);
            assertThat(after.isSheetHidden(after.getSheetIndex(LISTS))).isTrue();
            assertThat(after.getPrintArea(after.getSheetIndex(TOWN))).isEqualTo(before.getPrintArea(1));
            assertThat(cell(after.getSheet(TOWN), "B5").getCellFormula()).isEqualTo("'Số liệu thôn'!D12+1");
        }
    }

    @Test
    void neverChangesTheInputFile() throws IOException {
        Path xlsx = Submissions.villageWorkbook(input(XLSX));
        Path xls = Submissions.oldWorkbook(input(XLS));
        Path csv = Submissions.villageCsv(input(CSV));
        List<String> before = List.of(sha256(xlsx), sha256(xls), sha256(csv));

        writer.write(xlsx, XLSX, villageFindings(), output());
        writer.write(xls, XLS, oldFindings(), output());
        writer.write(csv, CSV, csvFindings(), output());

        assertThat(List.of(sha256(xlsx), sha256(xls), sha256(csv))).isEqualTo(before);
    }

    @Test
    void writesMessagesThatLookLikeFormulasAsPlainText() throws IOException {
        Path copy = writer.write(Submissions.villageWorkbook(input(XLSX)), XLSX, villageFindings(), output());

        try (Workbook wb = open(copy)) {
            Cell message = findingRows(wb.getSheetAt(0)).get(9).getCell(3);
            assertThat(message.getCellType()).isEqualTo(CellType.STRING);
            assertThat(message.getStringCellValue()).isEqualTo(INJECTION);
            assertThat(message.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void quotePrefixesTheSubmittersTextThatLooksLikeAFormulaInXlsxAndXls() throws IOException {
        for (String name : List.of("ngan-son/cong-thuc.xlsx", "ngan-son/cong-thuc.xls")) {
            Path source = input(name);
            java.nio.file.Files.createDirectories(source.getParent());
            try (Workbook wb = name.endsWith(".xls")
                            ? new org.apache.poi.hssf.usermodel.HSSFWorkbook()
                            : new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                    java.io.OutputStream out = java.nio.file.Files.newOutputStream(source)) {
                Row row = wb.createSheet("Thôn").createRow(0);
                row.createCell(0).setCellValue("=1+1");
                row.createCell(1).setCellValue("-1+1");
                row.createCell(2).setCellValue("Nà Hin");
                row.createCell(3).setCellValue(-1);
                wb.write(out);
            }
            List<Finding> findings =
                    List.of(at(name, "Thôn", "A1", FindingCode.DUPLICATE_UNIT, Severity.ERROR, "Trùng tên."));

            Path copy = writer.write(source, name, findings, output());

            try (Workbook wb = open(copy)) {
                Sheet sheet = wb.getSheet("Thôn");
                for (String ref : List.of("A1", "B1")) {
                    Cell formulaLike = cell(sheet, ref);
                    assertThat(formulaLike.getCellType()).as(name + " " + ref).isEqualTo(CellType.STRING);
                    assertThat(formulaLike.getCellStyle().getQuotePrefixed())
                            .as(name + " " + ref)
                            .isTrue();
                }
                assertThat(cell(sheet, "A1").getStringCellValue()).isEqualTo("=1+1");
                assertThat(cell(sheet, "B1").getStringCellValue()).isEqualTo("-1+1");
                // Highlighted on top of the prefix, and the other cells left as they were.
                assertThat(cell(sheet, "A1").getCellStyle().getFillPattern())
                        .isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
                assertThat(cell(sheet, "C1").getCellStyle().getQuotePrefixed()).isFalse();
                assertThat(cell(sheet, "D1").getNumericCellValue()).isEqualTo(-1);
            }
        }
    }

    @Test
    void namesTheListUniquelyWhenTheWorkbookAlreadyHasAKiemTraSheet() throws IOException {
        Path source = input("kiem-tra-san.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Thôn").createRow(0).createCell(0).setCellValue(1);
            wb.createSheet("KIỂM TRA").createRow(0).createCell(0).setCellValue("của xã");
            Files.createDirectories(source.getParent());
            try (var out = Files.newOutputStream(source)) {
                wb.write(out);
            }
        }

        Path copy = writer.write(
                source,
                "kiem-tra-san.xlsx",
                List.of(at("kiem-tra-san.xlsx", "Thôn", "A1", FindingCode.VALUE_NEGATIVE, Severity.ERROR, "Âm.")),
                output());

        try (Workbook wb = open(copy)) {
            assertThat(sheetNames(wb)).containsExactly("Kiểm tra (2)", "Thôn", "KIỂM TRA");
            assertThat(wb.getSheet("KIỂM TRA").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("của xã");
        }
    }

    private static List<Finding> oldFindings() {
        return List.of(
                at(XLS, "Thôn", "B3", FindingCode.VALUE_NEGATIVE, Severity.ERROR, "NÀ LÀNG: số hộ nghèo âm (-3)."),
                at(XLS, "Thôn", "A3", FindingCode.UNIT_UNKNOWN, Severity.WARNING, "Không rõ thôn thuộc xã nào."),
                at(XLS, "Thôn", "C5", FindingCode.NOTE_MISMATCH, Severity.INFO, "Công thức lấy từ trang ẩn."));
    }

    @Test
    void keepsAnXlsAsXlsWithItsFormulasHiddenSheetAndHighlights() throws IOException {
        Path source = Submissions.oldWorkbook(input(XLS));

        Path copy = writer.write(source, XLS, oldFindings(), output());

        assertThat(copy.getFileName()).hasToString("old.kiem-tra.xls");
        try (Workbook before = open(source);
                Workbook after = open(copy)) {
            assertThat(after).isInstanceOf(HSSFWorkbook.class);
            assertThat(sheetNames(after)).containsExactly("Kiểm tra", "Thôn", "Xã cũ");
            assertThat(after.isSheetHidden(2)).isTrue();
            assertThatSameContent(before, after, List.of("Thôn!B3", "Thôn!A3", "Thôn!C5"));
            assertThat(cell(after.getSheet("Thôn"), "C5").getCellFormula())
                    .isEqualTo(cell(before.getSheet("Thôn"), "C5").getCellFormula());
            Cell negative = cell(after.getSheet("Thôn"), "B3");
            HSSFColor red = ((HSSFWorkbook) after)
                    .getCustomPalette()
                    .getColor(negative.getCellStyle().getFillForegroundColor());
            assertThat(negative.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(red.getTriplet()[0]).isEqualTo((short) 0xFF); // the palette's nearest to light red
            assertThat(negative.getCellComment().getString().getString()).contains("NÀ LÀNG: số hộ nghèo âm (-3).");
            assertThat(cell(after.getSheet("Thôn"), "A3")
                            .getCellComment()
                            .getString()
                            .getString())
                    .contains("Kế toán:\nThôn mới sáp nhập.", "Không rõ thôn thuộc xã nào.");
            assertThat(findingRows(after.getSheetAt(0)))
                    .extracting(row -> linkOf(row.getCell(FindingListSheet.CELL_COLUMN)))
                    .containsExactly("'Thôn'!$B$3", "'Thôn'!$A$3", "'Thôn'!$C$5");
        }
    }

    private static List<Finding> csvFindings() {
        return List.of(
                mismatch(CSV, "bieu", "E3", FindingCode.RATE_MISMATCH, RATE_MESSAGE, "12,5", "19,90"),
                at(CSV, "bieu", "C5", FindingCode.VALUE_NOT_NUMERIC, Severity.ERROR, "NÀ PỒNG: thiếu tổng số hộ."),
                at(CSV, "bieu", "E5", FindingCode.VALUE_NOT_NUMERIC, Severity.ERROR, "\"=1+1\" không phải là số."),
                at(CSV, "bieu", "C6", FindingCode.NUMBER_AMBIGUOUS, Severity.WARNING, "14.386 đọc là 14386."),
                at(CSV, "bieu", "D4", FindingCode.ROW_REJECTED, Severity.INFO, "Dòng trống giữa bảng."),
                at(CSV, null, null, FindingCode.DUPLICATE_SUBMISSION, Severity.WARNING, "Nộp hai lần."));
    }

    @Test
    void turnsACsvIntoAWorkbookWithRecordNInRowNAndTheListFirst() throws IOException {
        Path copy = writer.write(Submissions.villageCsv(input(CSV)), CSV, csvFindings(), output());

        assertThat(copy).isEqualTo(output().toAbsolutePath().resolve("ngan-son/bieu.kiem-tra.xlsx"));
        try (Workbook wb = open(copy)) {
            assertThat(sheetNames(wb)).containsExactly("Kiểm tra", "bieu");
            Sheet data = wb.getSheet("bieu");
            assertThat(cell(data, "A1").getStringCellValue()).isEqualTo("BIỂU KẾ HOẠCH GIẢM NGHÈO NĂM 2026");
            assertThat(cell(data, "B3").getStringCellValue()).isEqualTo("Khuổi Diễn");
            assertThat(cell(data, "C3").getNumericCellValue()).isEqualTo(206);
            assertThat(cell(data, "E6").getNumericCellValue()).isEqualTo(-5);
            assertThat(cell(data, "E3").getStringCellValue()).isEqualTo("12,5");
            assertThat(cell(data, "C6").getStringCellValue()).isEqualTo("14.386");
            assertThat(cell(data, "D6").getStringCellValue()).isEqualTo("007");
            assertThat(data.getRow(3).getPhysicalNumberOfCells()).isEqualTo(1); // the blank line, with D4's mark
            assertThat(findingRows(wb.getSheetAt(0))).hasSize(6);
            assertThat(findingRows(wb.getSheetAt(0)))
                    .extracting(row -> linkOf(row.getCell(FindingListSheet.CELL_COLUMN)))
                    .containsExactly("'bieu'!$E$3", "'bieu'!$C$5", "'bieu'!$E$5", null, "'bieu'!$C$6", "'bieu'!$D$4");
        }
    }

    @Test
    void keepsACsvValueThatLooksLikeAFormulaAsAStringCell() throws IOException {
        Path copy = writer.write(Submissions.villageCsv(input(CSV)), CSV, csvFindings(), output());

        try (Workbook wb = open(copy)) {
            Cell formulaLike = cell(wb.getSheet("bieu"), "E5");
            assertThat(formulaLike.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaLike.getStringCellValue()).isEqualTo("=1+1");
            assertThat(formulaLike.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(fill(formulaLike)).isEqualTo(HighlightStyles.rgb(Severity.ERROR));
        }
    }

    @Test
    void highlightsCsvCellsIncludingBlankOnesAndOnesOnBlankLines() throws IOException {
        Path copy = writer.write(Submissions.villageCsv(input(CSV)), CSV, csvFindings(), output());

        try (Workbook wb = open(copy)) {
            Sheet data = wb.getSheet("bieu");
            assertThat(fill(cell(data, "E3"))).isEqualTo(HighlightStyles.rgb(Severity.ERROR));
            assertThat(cell(data, "E3").getCellComment().getString().getString())
                    .contains(RATE_MESSAGE, "Số báo cáo: 12,5 · Số tính lại: 19,90");
            assertThat(cell(data, "C5").getCellType()).isEqualTo(CellType.BLANK);
            assertThat(fill(cell(data, "C5"))).isEqualTo(HighlightStyles.rgb(Severity.ERROR));
            assertThat(fill(cell(data, "C6"))).isEqualTo(HighlightStyles.rgb(Severity.WARNING));
            assertThat(fill(cell(data, "D4"))).isEqualTo(HighlightStyles.rgb(Severity.INFO));
            assertThat(cell(data, "D4").getCellComment().getString().getString())
                    .contains("Dòng trống giữa bảng.");
            assertThat(fill(cell(data, "B3"))).isNull();
        }
    }

    @Test
    void refusesAFileAboveTheSizeLimitAndWritesNothing() throws IOException {
        Path source = Submissions.villageWorkbook(input(XLSX));
        AnnotatedCopyWriter small = new AnnotatedCopyWriter(1024);

        assertThatThrownBy(() -> small.write(source, XLSX, villageFindings(), output()))
                .isInstanceOfSatisfying(AnnotatedCopyException.class, e -> {
                    assertThat(e.reason().key()).isEqualTo("ANNOTATED_COPY_FAILED.tooLarge");
                    assertThat(e.reason().arguments())
                            .startsWith("ngan-son/ke-hoach.xlsx")
                            .endsWith("1 KB");
                });
        assertThat(output()).doesNotExist();
    }

    @Test
    void refusesARelativeNameThatLeavesTheTargetFolder() throws IOException {
        Path source = Submissions.villageCsv(input(CSV));

        assertThatThrownBy(() -> writer.write(source, "../../ra-ngoai.csv", List.of(), output()))
                .isInstanceOf(AnnotatedCopyException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "ke-hoach.xlsx, xlsx, ke-hoach.kiem-tra.xlsx",
        "bieu.csv, xlsx, bieu.kiem-tra.xlsx",
        "old.xls, xls, old.kiem-tra.xls",
        "macro.xlsm, xlsm, macro.kiem-tra.xlsm",
        "bao.cao.2025.XLSX, xlsx, bao.cao.2025.kiem-tra.xlsx",
        "khong-duoi, xlsx, khong-duoi.kiem-tra.xlsx"
    })
    void namesTheCopyAfterTheSourceWithKiemTraBeforeTheExtension(String source, String extension, String copy) {
        assertThat(AnnotatedCopyWriter.copyName(source, extension)).isEqualTo(copy);
    }

    @Test
    void addsOneStyleForManyCellsOfTheSameStyleAndSeverity() throws IOException {
        Path source = Submissions.villageWorkbook(input(XLSX));
        List<Finding> one = List.of(at(XLSX, VILLAGES, "D5", FindingCode.VALUE_NEGATIVE, Severity.ERROR, "Âm."));
        List<Finding> many = new ArrayList<>();
        for (int row = 5; row <= 12; row++) {
            many.add(at(XLSX, VILLAGES, "D" + row, FindingCode.VALUE_NEGATIVE, Severity.ERROR, "Âm."));
        }

        Path oneCopy = writer.write(source, XLSX, one, output().resolve("mot"));
        Path manyCopy = writer.write(source, XLSX, many, output().resolve("nhieu"));

        try (Workbook a = open(oneCopy);
                Workbook b = open(manyCopy)) {
            assertThat(b.getNumCellStyles()).isEqualTo(a.getNumCellStyles());
        }
    }

    @Test
    void marksTheFirstCellOfAMergedRegionWhenAFindingNamesAnotherOfItsCells() throws IOException {
        Path copy = writer.write(
                Submissions.villageWorkbook(input(XLSX)),
                XLSX,
                List.of(at(XLSX, VILLAGES, "C1", FindingCode.PERIOD_UNKNOWN, Severity.WARNING, "Tiêu đề thiếu năm.")),
                output());

        try (Workbook wb = open(copy)) {
            Sheet villages = wb.getSheet(VILLAGES);
            assertThat(fill(cell(villages, "A1"))).isEqualTo(HighlightStyles.rgb(Severity.WARNING));
            assertThat(wb.getFontAt(cell(villages, "A1").getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(cell(villages, "C1")).isNull();
            Row row = findingRows(wb.getSheetAt(0)).get(0);
            assertThat(row.getCell(FindingListSheet.CELL_COLUMN).getStringCellValue())
                    .isEqualTo("C1");
            assertThat(linkOf(row.getCell(FindingListSheet.CELL_COLUMN))).isEqualTo("'Số liệu thôn'!$A$1");
        }
    }

    @Test
    void keepsAMacroEnabledWorkbookMacroEnabled() throws IOException {
        Path source = input("macro.xlsm");
        try (XSSFWorkbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
            wb.createSheet("Thôn").createRow(0).createCell(0).setCellValue(-1);
            Files.createDirectories(source.getParent());
            try (var out = Files.newOutputStream(source)) {
                wb.write(out);
            }
        }

        Path copy = writer.write(
                source,
                "macro.xlsm",
                List.of(at("macro.xlsm", "Thôn", "A1", FindingCode.VALUE_NEGATIVE, Severity.ERROR, "Âm.")),
                output());

        assertThat(copy.getFileName()).hasToString("macro.kiem-tra.xlsm");
        try (XSSFWorkbook wb = (XSSFWorkbook) open(copy)) {
            assertThat(wb.isMacroEnabled()).isTrue();
        }
    }

    // ---- helpers

    static Workbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return WorkbookFactory.create(in);
        }
    }

    static List<String> sheetNames(Workbook wb) {
        List<String> names = new ArrayList<>();
        wb.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
        return names;
    }

    /** The rows of the list below its header. */
    static List<Row> findingRows(Sheet list) {
        List<Row> rows = new ArrayList<>();
        for (int r = FindingListSheet.HEADER_ROW + 1; r <= list.getLastRowNum(); r++) rows.add(list.getRow(r));
        return rows;
    }

    static List<String> text(Row row) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            values.add(cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue());
        }
        return values;
    }

    static Cell cell(Sheet sheet, String ref) {
        CellReference r = new CellReference(ref);
        Row row = sheet.getRow(r.getRow());
        return row == null ? null : row.getCell(r.getCol());
    }

    static String linkOf(Cell cell) {
        Hyperlink link = cell == null ? null : cell.getHyperlink();
        return link == null ? null : link.getAddress();
    }

    /** True when an internal link address names a sheet of the workbook and a cell inside it. */
    static boolean resolves(Workbook wb, String address) {
        int bang = address.lastIndexOf('!');
        String sheet = address.substring(0, bang);
        if (sheet.startsWith("'"))
            sheet = sheet.substring(1, sheet.length() - 1).replace("''", "'");
        return wb.getSheet(sheet) != null && new CellReference(address.substring(bang + 1)).getRow() >= 0;
    }

    /** The RGB of a solid-filled .xlsx cell, or null when it has no fill. */
    static byte[] fill(Cell cell) {
        CellStyle style = cell.getCellStyle();
        if (style.getFillPattern() != FillPatternType.SOLID_FOREGROUND) return null;
        if (style instanceof HSSFCellStyle) throw new IllegalArgumentException("xls colours are palette indexes");
        return ((XSSFCellStyle) style).getFillForegroundXSSFColor().getRGB();
    }

    /**
     * Every sheet of {@code before} is in {@code after} with the same cells (type, value or formula),
     * merged regions and hidden state; unmarked cells keep their style, marked ones ("Sheet!A1") keep
     * their font, number format, alignment and borders.
     */
    static void assertThatSameContent(Workbook before, Workbook after, List<String> marked) {
        assertThat(sheetNames(after).subList(1, after.getNumberOfSheets())).isEqualTo(sheetNames(before));
        for (Sheet original : before) {
            Sheet copy = after.getSheet(original.getSheetName());
            assertThat(copy.getMergedRegions()).isEqualTo(original.getMergedRegions());
            assertThat(after.isSheetHidden(after.getSheetIndex(copy)))
                    .isEqualTo(before.isSheetHidden(before.getSheetIndex(original)));
            for (Row row : original) {
                for (Cell was : row) {
                    Cell is = copy.getRow(row.getRowNum()).getCell(was.getColumnIndex());
                    String where = original.getSheetName() + "!" + new CellAddress(was).formatAsString();
                    assertThat(is.getCellType()).as(where).isEqualTo(was.getCellType());
                    assertThat(value(is)).as(where).isEqualTo(value(was));
                    CellStyle a = was.getCellStyle();
                    CellStyle b = is.getCellStyle();
                    if (marked.contains(where)) {
                        assertThat(b.getFontIndex()).as(where).isEqualTo(a.getFontIndex());
                        assertThat(b.getDataFormatString()).as(where).isEqualTo(a.getDataFormatString());
                        assertThat(b.getAlignment()).as(where).isEqualTo(a.getAlignment());
                        assertThat(b.getBorderBottom()).as(where).isEqualTo(a.getBorderBottom());
                    } else {
                        assertThat(b.getIndex()).as(where).isEqualTo(a.getIndex());
                    }
                }
            }
        }
    }

    private static Object value(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            case FORMULA -> cell.getCellFormula() + " = " + cached(cell);
            default -> "";
        };
    }

    private static Object cached(Cell cell) {
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> cell.getNumericCellValue();
            case STRING -> cell.getStringCellValue();
            default -> "";
        };
    }
}
