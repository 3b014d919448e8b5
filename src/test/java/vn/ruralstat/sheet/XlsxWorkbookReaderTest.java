package vn.ruralstat.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.ruralstat.sheet.UnreadableFileProblems.problem;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ruralstat.sheet.RecordingSheetVisitor.RecordedSheet;

class XlsxWorkbookReaderTest {

    @TempDir
    Path dir;

    private final XlsxWorkbookReader reader = new XlsxWorkbookReader();

    @Test
    void readsTextNumbersBooleansAndErrors() throws IOException {
        Path file = xlsx("kinds.xlsx", wb -> {
            Row row = wb.createSheet("Thôn").createRow(0);
            row.createCell(0).setCellValue("Thôn Đông");
            row.createCell(1).setCellValue(14386);
            row.createCell(2).setCellValue(true);
            row.createCell(3).setCellErrorValue(FormulaError.NA.getCode());
        });

        SheetRow row = only(file).row(1);

        assertThat(row.cells())
                .containsExactly(
                        Cell.text(0, "Thôn Đông"),
                        Cell.number(1, 14386, false),
                        new Cell(2, Cell.Kind.BOOLEAN, "TRUE", null, false),
                        new Cell(3, Cell.Kind.ERROR, "#N/A", null, false));
    }

    @Test
    void readsXlsxFormulaCellsByCachedValue() throws IOException {
        Path file = xlsx("formulas.xlsx", wb -> {
            Row row = wb.createSheet("Tổng").createRow(0);
            row.createCell(0).setCellValue(120);
            row.createCell(1).setCellValue(30);
            row.createCell(2).setCellFormula("B1/A1*100");
            row.createCell(3).setCellFormula("IF(A1>100,\"Đạt\",\"Chưa đạt\")");
            row.createCell(4).setCellFormula("A1>B1");
            row.createCell(5).setCellFormula("A1/0");
            XSSFFormulaEvaluator.evaluateAllFormulaCells((XSSFWorkbook) wb);
        });

        SheetRow row = only(file).row(1);

        assertThat(row.cell(2)).isEqualTo(Cell.number(2, 25, false));
        assertThat(row.cell(3)).isEqualTo(Cell.text(3, "Đạt"));
        assertThat(row.cell(4)).isEqualTo(new Cell(4, Cell.Kind.BOOLEAN, "TRUE", null, false));
        assertThat(row.cell(5)).isEqualTo(new Cell(5, Cell.Kind.ERROR, "#DIV/0!", null, false));
    }

    @Test
    void marksFormulaSavedWithoutCachedValue() throws IOException {
        Path file = xlsx("uncalculated.xlsx", wb -> {
            Row row = wb.createSheet("Tổng").createRow(0);
            row.createCell(0).setCellValue(120);
            row.createCell(1).setCellFormula("A1*2");
        });

        Cell cell = only(file).row(1).cell(1);

        assertThat(cell.kind()).isEqualTo(Cell.Kind.FORMULA_WITHOUT_VALUE);
        assertThat(cell.text()).isEqualTo("A1*2");
    }

    @Test
    void reportsRowNumbersAsExcelShowsThemAfterBlankRows() throws IOException {
        Path file = xlsx("gaps.xlsx", wb -> {
            var sheet = wb.createSheet("Thôn");
            sheet.createRow(0).createCell(0).setCellValue("BIỂU TỔNG HỢP");
            sheet.createRow(1).createCell(0).setCellValue("");
            sheet.createRow(4).createCell(2).setCellValue("Thôn A");
        });

        RecordedSheet sheet = only(file);

        assertThat(sheet.rowNumbers()).containsExactly(1, 5);
        assertThat(sheet.row(5).ref(2)).isEqualTo("C5");
    }

    @Test
    void marksHiddenSheets() throws IOException {
        Path file = xlsx("hidden.xlsx", wb -> {
            wb.createSheet("Biểu 1");
            wb.createSheet("Ẩn");
            wb.createSheet("Rất ẩn");
            wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
            wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
        });

        List<RecordedSheet> sheets = RecordingSheetVisitor.read(reader, file);

        assertThat(sheets)
                .extracting(RecordedSheet::name, RecordedSheet::hidden)
                .containsExactly(tuple("Biểu 1", false), tuple("Ẩn", true), tuple("Rất ẩn", true));
    }

    @Test
    void readsPercentStyledCellAsPercentUnits() throws IOException {
        Path file = xlsx("percent.xlsx", wb -> {
            Row row = wb.createSheet("Tỷ lệ").createRow(0);
            var builtIn = wb.createCellStyle();
            builtIn.setDataFormat((short) 10); // "0.00%"
            var custom = wb.createCellStyle();
            custom.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            var literal = wb.createCellStyle();
            literal.setDataFormat(wb.createDataFormat().getFormat("0.00\"%\""));
            row.createCell(0).setCellValue(0.0432);
            row.getCell(0).setCellStyle(builtIn);
            row.createCell(1).setCellValue(0.125);
            row.getCell(1).setCellStyle(custom);
            row.createCell(2).setCellValue(4.32);
            row.getCell(2).setCellStyle(literal);
        });

        SheetRow row = only(file).row(1);

        assertThat(row.cell(0).percentStyle()).isTrue();
        assertThat(row.cell(1).percentStyle()).isTrue();
        assertThat(row.cell(2).percentStyle()).isFalse();
        assertThat(VietnameseNumbers.parse(row.cell(0), ColumnMeaning.PERCENT).value())
                .isEqualTo(4.32);
        assertThat(VietnameseNumbers.parse(row.cell(1), ColumnMeaning.PERCENT).value())
                .isEqualTo(12.5);
        assertThat(VietnameseNumbers.parse(row.cell(2), ColumnMeaning.PERCENT).value())
                .isEqualTo(4.32);
    }

    @Test
    void keepsDateFormattedCellsAsNumbers() throws IOException {
        Path file = xlsx("date.xlsx", wb -> {
            var style = wb.createCellStyle();
            style.setDataFormat((short) 14); // m/d/yy
            var cell = wb.createSheet("Ngày").createRow(0).createCell(0);
            cell.setCellValue(45292); // 2024-01-01
            cell.setCellStyle(style);
        });

        assertThat(only(file).row(1).cell(0)).isEqualTo(Cell.number(0, 45292, false));
    }

    @Test
    void readsInlineStringsAsStreamingWritersSaveThem() throws IOException {
        Path file = dir.resolve("streamed.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Thôn").createRow(0).createCell(0).setCellValue("Tho\u0302n Đông"); // NFD "ô"
            wb.write(out);
        }

        assertThat(only(file).row(1).cell(0)).isEqualTo(Cell.text(0, "Thôn Đông"));
    }

    @Test
    void readsMacroEnabledWorkbook() throws IOException {
        Path file = dir.resolve("macro.xlsm");
        try (XSSFWorkbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM);
                OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Thôn").createRow(0).createCell(0).setCellValue("Thôn A");
            wb.write(out);
        }

        assertThat(only(file).row(1).cell(0)).isEqualTo(Cell.text(0, "Thôn A"));
    }

    @Test
    void refusesCorruptXlsxWithFileNameInMessage() throws IOException {
        Path file = dir.resolve("bao-cao-thon.xlsx");
        Files.write(file, "PK\u0003\u0004 this is not a zip any more".getBytes());

        assertThatThrownBy(() -> RecordingSheetVisitor.read(reader, file))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(problem("FILE_UNREADABLE.corruptXlsx", "bao-cao-thon.xlsx"));
    }

    @Test
    void refusesTextNamedXlsx() throws IOException {
        Path file = dir.resolve("ghi-chu.xlsx");
        Files.writeString(file, "Tên thôn;Số hộ\n");

        assertThatThrownBy(() -> RecordingSheetVisitor.read(reader, file))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(problem("FILE_UNREADABLE.corruptXlsx", "ghi-chu.xlsx"));
    }

    @Test
    void refusesEmptyFile() throws IOException {
        Path file = Files.createFile(dir.resolve("rong.xlsx"));

        assertThatThrownBy(() -> RecordingSheetVisitor.read(reader, file))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(problem("FILE_UNREADABLE.empty", "rong.xlsx"));
    }

    @Test
    void reportsPasswordProtectedXlsx() throws Exception {
        // Excel saves an encrypted .xlsx as an OLE2 file holding EncryptionInfo and EncryptedPackage
        Path file = dir.resolve("mat-khau.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("bimat");
            try (XSSFWorkbook wb = new XSSFWorkbook();
                    OutputStream encrypted = encryptor.getDataStream(fs)) {
                wb.createSheet("Thôn").createRow(0).createCell(0).setCellValue("Thôn A");
                wb.write(encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertThatThrownBy(() -> RecordingSheetVisitor.read(reader, file))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(problem("FILE_UNREADABLE.passwordProtected", "mat-khau.xlsx"));
    }

    @Test
    void reportsXlsRenamedToXlsx() throws IOException {
        Path file = dir.resolve("doi-duoi.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Thôn").createRow(0).createCell(0).setCellValue(1);
            wb.write(out);
        }

        assertThatThrownBy(() -> RecordingSheetVisitor.read(reader, file))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(problem("FILE_UNREADABLE.xlsNamedXlsx", "doi-duoi.xlsx"));
    }

    @Test
    void marksHiddenRowsOfXlsx() throws IOException {
        Path file = xlsx("hidden-rows.xlsx", wb -> {
            var sheet = wb.createSheet("Thôn");
            sheet.createRow(0).createCell(0).setCellValue("Thôn A");
            Row hidden = sheet.createRow(1);
            hidden.createCell(0).setCellValue("Thôn cũ");
            hidden.setZeroHeight(true);
            sheet.createRow(2).createCell(0).setCellValue("Thôn B");
        });

        RecordedSheet sheet = only(file);

        assertThat(sheet.rows())
                .extracting(SheetRow::number, SheetRow::hidden)
                .containsExactly(tuple(1, false), tuple(2, true), tuple(3, false));
    }

    @Test
    void marksHiddenRowsOfTheRightSheetAfterSheetsAreReordered() throws IOException {
        // workbook.xml then lists "Sau" (part sheet2.xml) first; the hidden row is in "Trước" (sheet1.xml)
        Path file = xlsx("reordered.xlsx", wb -> {
            Row hidden = wb.createSheet("Trước").createRow(0);
            hidden.createCell(0).setCellValue("ẩn");
            hidden.setZeroHeight(true);
            wb.createSheet("Sau").createRow(0).createCell(0).setCellValue("hiện");
            wb.setSheetOrder("Sau", 0);
        });

        List<RecordedSheet> sheets = RecordingSheetVisitor.read(reader, file);

        assertThat(sheets).extracting(RecordedSheet::name).containsExactly("Sau", "Trước");
        assertThat(sheets.get(0).row(1).hidden()).isFalse();
        assertThat(sheets.get(1).row(1).hidden()).isTrue();
    }

    @Test
    void marksHiddenRowsWrittenWithoutRowNumbers() throws IOException {
        // some generators omit r="…"; fastexcel then numbers rows by their order, and so must the flags
        Path file = HandMadeXlsx.withRows(
                        """
                <row><c t="inlineStr"><is><t>Thôn A</t></is></c></row>\
                <row hidden="true"><c t="inlineStr"><is><t>Thôn cũ</t></is></c></row>""")
                .writeTo(dir.resolve("no-numbers.xlsx"));

        assertThat(only(file).rows())
                .extracting(SheetRow::number, SheetRow::hidden)
                .containsExactly(tuple(1, false), tuple(2, true));
    }

    @Test
    void tellsHiddenColumnsOfXlsxBeforeTheFirstRow() throws IOException {
        Path file = xlsx("hidden-columns.xlsx", wb -> {
            var sheet = wb.createSheet("Thôn");
            sheet.createRow(0).createCell(0).setCellValue("Thôn A");
            sheet.setColumnHidden(2, true);
            sheet.setColumnHidden(4, true);
            sheet.setColumnHidden(5, true);
        });
        ColumnEvents events = new ColumnEvents();

        reader.read(file, events);

        assertThat(events.log).containsExactly("start Thôn", "hidden columns Thôn [2, 4, 5]", "row 1", "end");
    }

    @Test
    void tellsMergedRangesOfXlsxBeforeTheFirstRow() throws IOException {
        Path file = xlsx("merged.xlsx", wb -> {
            var sheet = wb.createSheet("Thôn");
            sheet.createRow(0).createCell(0).setCellValue("BIỂU");
            sheet.createRow(8).createCell(2).setCellValue(200);
            sheet.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("A1:E1"));
            sheet.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("C9:C10"));
        });
        ColumnEvents events = new ColumnEvents();

        reader.read(file, events);

        assertThat(events.log).containsExactly("start Thôn", "merged Thôn [A1:E1, C9:C10]", "row 1", "row 9", "end");
    }

    @Test
    void clipsHiddenColumnsToExcelsLastColumn() throws IOException {
        // "hide everything right of the table" as Excel saves it: columns L to XFD
        Path file = HandMadeXlsx.withSheet(
                        """
                <?xml version="1.0" encoding="UTF-8"?>
                <worksheet xmlns="%s"><cols><col min="12" max="20000" hidden="1"/></cols>\
                <sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>"""
                                .formatted(HandMadeXlsx.MAIN))
                .writeTo(dir.resolve("hide-right.xlsx"));
        ColumnEvents events = new ColumnEvents();

        reader.read(file, events);

        assertThat(events.hidden).hasSize(16_384 - 11).startsWith(11).endsWith(16_383);
    }

    @Test
    void refusesZipBombWithoutInflatingIt() throws IOException {
        // the directory claims 3.75 GB for a sheet of a few bytes: judged by the directory alone
        Path file = HandMadeXlsx.withRows("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
                .writeTo(dir.resolve("bom.xlsx"));
        HandMadeXlsx.declareSize(file, HandMadeXlsx.SHEET_PART, 0xF000_0000L);

        assertThatThrownBy(() -> RecordingSheetVisitor.read(reader, file))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(problem(
                        "FILE_UNREADABLE.unzipsTooLarge",
                        List.of("bom.xlsx", "3,8 GB", "1,0 GB"),
                        List.of("bom.xlsx", "3.8 GB", "1.0 GB")));
    }

    @Test
    void refusesPartCompressedMoreThanAHundredTimes() throws IOException {
        String padding = " ".repeat(20 * 1024 * 1024);
        Path file = HandMadeXlsx.withRows(padding).writeTo(dir.resolve("nen-qua-muc.xlsx"));
        long ratio;
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            var entry = zip.getEntry(HandMadeXlsx.SHEET_PART);
            ratio = entry.getSize() / entry.getCompressedSize();
        }

        assertThatThrownBy(() -> RecordingSheetVisitor.read(reader, file))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(problem(
                        "FILE_UNREADABLE.zipBomb",
                        List.of(
                                "nen-qua-muc.xlsx",
                                "xl/worksheets/sheet1.xml",
                                WorkbookFileProblems.count(ratio, '.'),
                                "100"),
                        List.of(
                                "nen-qua-muc.xlsx",
                                "xl/worksheets/sheet1.xml",
                                WorkbookFileProblems.count(ratio, ','),
                                "100")));
        assertThat(ratio).isGreaterThan(100);
    }

    @Test
    void refusesPartLargerThanItsDirectorySays() throws IOException {
        String rows = "<row><c t=\"inlineStr\"><is><t>Thôn</t></is></c></row>".repeat(2_000);
        Path file = HandMadeXlsx.withRows(rows).writeTo(dir.resolve("gia-mao.xlsx"));
        HandMadeXlsx.declareSize(file, HandMadeXlsx.SHEET_PART, 1_000);

        assertThatThrownBy(() -> RecordingSheetVisitor.read(reader, file))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(
                        problem("FILE_UNREADABLE.partLargerThanDeclared", "gia-mao.xlsx", "xl/worksheets/sheet1.xml"));
    }

    @Test
    void refusesXlsxWithExternalEntity() throws IOException {
        Path secret = Files.writeString(dir.resolve("mat-khau.txt"), "BÍ MẬT");
        Path file = HandMadeXlsx.withSheet(sheetUsingEntity(secret)).writeTo(dir.resolve("xxe.xlsx"));

        assertThatThrownBy(() -> RecordingSheetVisitor.read(reader, file))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(problem("FILE_UNREADABLE.doctypeInXlsx", "xxe.xlsx", "xl/worksheets/sheet1.xml"))
                .satisfies(e ->
                        assertThat(((UnreadableFileException) e).argumentsVi()).noneMatch(a -> a.contains("BÍ MẬT")));
    }

    @Test
    void refusesSharedStringsWithExternalEntity() throws IOException {
        Path secret = Files.writeString(dir.resolve("mat-khau.txt"), "BÍ MẬT");
        Path file = HandMadeXlsx.withSharedStrings(
                        """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE sst [<!ENTITY xxe SYSTEM "%s">]>
                <sst xmlns="%s"><si><t>&xxe;</t></si></sst>"""
                                .formatted(secret.toUri(), HandMadeXlsx.MAIN))
                .writeTo(dir.resolve("xxe-sst.xlsx"));

        assertThatThrownBy(() -> RecordingSheetVisitor.read(reader, file))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(problem("FILE_UNREADABLE.doctypeInXlsx", "xxe-sst.xlsx", "xl/sharedStrings.xml"));
    }

    @Test
    void fastexcelAloneNeverExpandsEntities() throws IOException {
        // why the DOCTYPE refusal is a clearer message, not the only defence: fastexcel's parser
        // does not expand entities at all, so the forged part fails to parse and leaks nothing
        Path secret = Files.writeString(dir.resolve("mat-khau.txt"), "BÍ MẬT");
        Path file = HandMadeXlsx.withSheet(sheetUsingEntity(secret)).writeTo(dir.resolve("xxe.xlsx"));

        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(file.toFile())) {
            assertThatThrownBy(() -> workbook.getFirstSheet().read())
                    .hasMessageContaining("entity")
                    .hasMessageNotContaining("BÍ MẬT");
        }
    }

    @Test
    void stopsReadingSheetBeyondRowLimit() throws IOException {
        Path file = xlsx("nhieu-dong.xlsx", wb -> {
            var sheet = wb.createSheet("Thôn");
            for (int r = 0; r < 5; r++) sheet.createRow(r).createCell(0).setCellValue(r);
        });
        XlsxWorkbookReader threeRows = new XlsxWorkbookReader(
                XlsxWorkbookReader.DEFAULT_MAX_BYTES, XlsxWorkbookReader.DEFAULT_MAX_UNZIPPED_BYTES, 3);
        RecordingSheetVisitor visitor = new RecordingSheetVisitor();

        assertThatThrownBy(() -> threeRows.read(file, visitor))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(problem("FILE_UNREADABLE.tooManyRows", "nhieu-dong.xlsx", "Thôn", "4", "3"));
    }

    @Test
    void refusesCellBeyondExcelsLastColumn() throws IOException {
        Path file = HandMadeXlsx.withRows("<row r=\"7\"><c r=\"XFE7\"><v>1</v></c></row>")
                .writeTo(dir.resolve("cot.xlsx"));

        assertThatThrownBy(() -> RecordingSheetVisitor.read(reader, file))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(problem("FILE_UNREADABLE.beyondLastColumn", "cot.xlsx", "Thôn", "7"));
    }

    @Test
    void refusesXlsxAboveSizeLimit() throws IOException {
        Path file = xlsx(
                "lon.xlsx",
                wb -> wb.createSheet("Thôn").createRow(0).createCell(0).setCellValue(1));
        XlsxWorkbookReader small = new XlsxWorkbookReader(
                1024, XlsxWorkbookReader.DEFAULT_MAX_UNZIPPED_BYTES, XlsxWorkbookReader.DEFAULT_MAX_ROWS);

        assertThatThrownBy(() -> RecordingSheetVisitor.read(small, file))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(problem(
                        "FILE_UNREADABLE.xlsxTooLarge", "lon.xlsx", (Files.size(file) + 1023) / 1024 + " KB", "1 KB"));
    }

    @Test
    void refusesZipWithTooManyEntries() throws IOException {
        HandMadeXlsx many = HandMadeXlsx.withRows("");
        for (int i = 0; i < XlsxPackage.MAX_ENTRIES; i++) many.put("xl/media/image" + i + ".png", new byte[0]);
        Path file = many.writeTo(dir.resolve("nhieu-muc.xlsx"));

        assertThatThrownBy(() -> RecordingSheetVisitor.read(reader, file))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(problem(
                        "FILE_UNREADABLE.tooManyZipEntries",
                        List.of("nhieu-muc.xlsx", "10.000"),
                        List.of("nhieu-muc.xlsx", "10,000")));
    }

    @Test
    void refusesTruncatedXlsx() throws IOException {
        Path whole = xlsx(
                "day-du.xlsx",
                wb -> wb.createSheet("Thôn").createRow(0).createCell(0).setCellValue("Thôn A"));
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(dir.resolve("bi-cat.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> RecordingSheetVisitor.read(reader, file))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(problem("FILE_UNREADABLE.corruptXlsx", "bi-cat.xlsx"));
    }

    private static String sheetUsingEntity(Path secret) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "%s">]>
                <worksheet xmlns="%s"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>\
                </sheetData></worksheet>"""
                .formatted(secret.toUri(), HandMadeXlsx.MAIN);
    }

    /** Records the order of sheet events, hidden columns included. */
    static final class ColumnEvents implements SheetVisitor, HiddenColumnsAware, MergedCellsAware {
        final List<String> log = new java.util.ArrayList<>();
        List<Integer> hidden = List.of();

        @Override
        public void startSheet(String name, boolean hidden) {
            log.add("start " + name);
        }

        @Override
        public void hiddenColumns(String sheet, List<Integer> columns) {
            hidden = columns;
            log.add("hidden columns " + sheet + " " + (columns.size() > 10 ? columns.size() + " columns" : columns));
        }

        @Override
        public void mergedCells(String sheet, List<String> ranges) {
            log.add("merged " + sheet + " " + ranges);
        }

        @Override
        public void row(SheetRow row) {
            log.add("row " + row.number());
        }

        @Override
        public void endSheet() {
            log.add("end");
        }
    }

    private RecordedSheet only(Path file) throws IOException {
        List<RecordedSheet> sheets = RecordingSheetVisitor.read(reader, file);
        assertThat(sheets).hasSize(1);
        return sheets.get(0);
    }

    private Path xlsx(String name, Consumer<Workbook> fill) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            fill.accept(wb);
            wb.write(out);
        }
        return file;
    }
}
