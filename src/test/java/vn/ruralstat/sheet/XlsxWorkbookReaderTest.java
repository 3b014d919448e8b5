package vn.ruralstat.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

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

        assertThat(row.cells()).containsExactly(
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

        assertThat(sheets).extracting(RecordedSheet::name, RecordedSheet::hidden)
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
        assertThat(VietnameseNumbers.parse(row.cell(0), ColumnMeaning.PERCENT).value()).isEqualTo(4.32);
        assertThat(VietnameseNumbers.parse(row.cell(1), ColumnMeaning.PERCENT).value()).isEqualTo(12.5);
        assertThat(VietnameseNumbers.parse(row.cell(2), ColumnMeaning.PERCENT).value()).isEqualTo(4.32);
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
        try (SXSSFWorkbook wb = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Thôn").createRow(0).createCell(0).setCellValue("Tho\u0302n Đông"); // NFD "ô"
            wb.write(out);
        }

        assertThat(only(file).row(1).cell(0)).isEqualTo(Cell.text(0, "Thôn Đông"));
    }

    @Test
    void readsMacroEnabledWorkbook() throws IOException {
        Path file = dir.resolve("macro.xlsm");
        try (XSSFWorkbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM); OutputStream out = Files.newOutputStream(file)) {
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
                .hasMessage("Cannot read file bao-cao-thon.xlsx: corrupt or not an Excel .xlsx workbook")
                .satisfies(e -> assertThat(((UnreadableFileException) e).messageVi())
                        .isEqualTo("Không đọc được tệp bao-cao-thon.xlsx: tệp hỏng hoặc không phải Excel (.xlsx)"));
    }

    @Test
    void refusesTextNamedXlsx() throws IOException {
        Path file = dir.resolve("ghi-chu.xlsx");
        Files.writeString(file, "Tên thôn;Số hộ\n");

        assertThatThrownBy(() -> RecordingSheetVisitor.read(reader, file))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("ghi-chu.xlsx");
    }

    @Test
    void refusesEmptyFile() throws IOException {
        Path file = Files.createFile(dir.resolve("rong.xlsx"));

        assertThatThrownBy(() -> RecordingSheetVisitor.read(reader, file))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("rong.xlsx", "empty");
    }

    @Test
    void reportsPasswordProtectedXlsx() throws Exception {
        // Excel saves an encrypted .xlsx as an OLE2 file holding EncryptionInfo and EncryptedPackage
        Path file = dir.resolve("mat-khau.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("bimat");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream encrypted = encryptor.getDataStream(fs)) {
                wb.createSheet("Thôn").createRow(0).createCell(0).setCellValue("Thôn A");
                wb.write(encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertThatThrownBy(() -> RecordingSheetVisitor.read(reader, file))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("mat-khau.xlsx", "password-protected")
                .satisfies(e -> assertThat(((UnreadableFileException) e).messageVi()).contains("tệp có mật khẩu"));
    }

    @Test
    void reportsXlsRenamedToXlsx() throws IOException {
        Path file = dir.resolve("doi-duoi.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Thôn").createRow(0).createCell(0).setCellValue(1);
            wb.write(out);
        }

        assertThatThrownBy(() -> RecordingSheetVisitor.read(reader, file))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("doi-duoi.xlsx", "renamed to .xlsx");
    }

    private RecordedSheet only(Path file) throws IOException {
        List<RecordedSheet> sheets = RecordingSheetVisitor.read(reader, file);
        assertThat(sheets).hasSize(1);
        return sheets.get(0);
    }

    private Path xlsx(String name, Consumer<Workbook> fill) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill.accept(wb);
            wb.write(out);
        }
        return file;
    }
}
