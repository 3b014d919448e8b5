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
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFFormulaEvaluator;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ruralstat.sheet.RecordingSheetVisitor.RecordedSheet;

class XlsWorkbookReaderTest {

    @TempDir
    Path dir;

    private final XlsWorkbookReader reader = new XlsWorkbookReader();

    @Test
    void readsTextNumbersBooleansAndErrors() throws IOException {
        Path file = xls("kinds.xls", wb -> {
            Row row = wb.createSheet("Thôn").createRow(0);
            row.createCell(0).setCellValue("Thôn Đông");
            row.createCell(1).setCellValue(14386);
            row.createCell(2).setCellValue(false);
            row.createCell(3).setCellErrorValue(FormulaError.NA.getCode());
            row.createCell(4).setBlank();
        });

        assertThat(only(file).row(1).cells())
                .containsExactly(
                        Cell.text(0, "Thôn Đông"),
                        Cell.number(1, 14386, false),
                        new Cell(2, Cell.Kind.BOOLEAN, "FALSE", null, false),
                        new Cell(3, Cell.Kind.ERROR, "#N/A", null, false));
    }

    @Test
    void readsXlsFormulaCellsByCachedValue() throws IOException {
        Path file = xls("formulas.xls", wb -> {
            Row row = wb.createSheet("Tổng").createRow(0);
            row.createCell(0).setCellValue(120);
            row.createCell(1).setCellValue(30);
            row.createCell(2).setCellFormula("B1/A1*100");
            row.createCell(3).setCellFormula("IF(A1>100,\"Đạt\",\"Chưa đạt\")");
            row.createCell(4).setCellFormula("A1/0");
            HSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        });

        SheetRow row = only(file).row(1);

        assertThat(row.cell(2)).isEqualTo(Cell.number(2, 25, false));
        assertThat(row.cell(3)).isEqualTo(Cell.text(3, "Đạt"));
        assertThat(row.cell(4)).isEqualTo(new Cell(4, Cell.Kind.ERROR, "#DIV/0!", null, false));
    }

    @Test
    void reportsRowNumbersAsExcelShowsThemAfterBlankRows() throws IOException {
        Path file = xls("gaps.xls", wb -> {
            var sheet = wb.createSheet("Thôn");
            sheet.createRow(0).createCell(0).setCellValue("BIỂU TỔNG HỢP");
            sheet.createRow(2).createCell(0).setBlank();
            sheet.createRow(6).createCell(1).setCellValue(3);
        });

        assertThat(only(file).rowNumbers()).containsExactly(1, 7);
    }

    @Test
    void flagsHiddenRows() throws IOException {
        Path file = xls("hidden-rows.xls", wb -> {
            var sheet = wb.createSheet("Thôn");
            sheet.createRow(0).createCell(0).setCellValue("Thôn A");
            Row hidden = sheet.createRow(1);
            hidden.createCell(0).setCellValue("Thôn cũ");
            hidden.setZeroHeight(true);
        });

        RecordedSheet sheet = only(file);

        assertThat(sheet.row(1).hidden()).isFalse();
        assertThat(sheet.row(2).hidden()).isTrue();
    }

    @Test
    void tellsHiddenColumnsOfXlsBeforeTheFirstRow() throws IOException {
        Path file = xls("hidden-columns.xls", wb -> {
            var sheet = wb.createSheet("Thôn");
            sheet.createRow(0).createCell(0).setCellValue("Thôn A");
            sheet.setColumnHidden(1, true);
            sheet.setColumnHidden(3, true);
        });
        XlsxWorkbookReaderTest.ColumnEvents events = new XlsxWorkbookReaderTest.ColumnEvents();

        reader.read(file, events);

        assertThat(events.log).containsExactly("start Thôn", "hidden columns Thôn [1, 3]", "row 1", "end");
    }

    @Test
    void tellsMergedRangesOfXlsBeforeTheFirstRow() throws IOException {
        Path file = xls("merged.xls", wb -> {
            var sheet = wb.createSheet("Thôn");
            sheet.createRow(0).createCell(0).setCellValue("BIỂU");
            sheet.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("C9:C10"));
        });
        XlsxWorkbookReaderTest.ColumnEvents events = new XlsxWorkbookReaderTest.ColumnEvents();

        reader.read(file, events);

        assertThat(events.log).containsExactly("start Thôn", "merged Thôn [C9:C10]", "row 1", "end");
    }

    @Test
    void marksHiddenSheets() throws IOException {
        Path file = xls("hidden.xls", wb -> {
            wb.createSheet("Biểu 1");
            wb.createSheet("Ẩn");
            wb.createSheet("Rất ẩn");
            wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
            wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
        });

        assertThat(RecordingSheetVisitor.read(reader, file))
                .extracting(RecordedSheet::name, RecordedSheet::hidden)
                .containsExactly(tuple("Biểu 1", false), tuple("Ẩn", true), tuple("Rất ẩn", true));
    }

    @Test
    void readsPercentStyledCellAsPercentUnits() throws IOException {
        Path file = xls("percent.xls", wb -> {
            var style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            var cell = wb.createSheet("Tỷ lệ").createRow(0).createCell(0);
            cell.setCellValue(0.0432);
            cell.setCellStyle(style);
        });

        Cell cell = only(file).row(1).cell(0);

        assertThat(cell.percentStyle()).isTrue();
        assertThat(VietnameseNumbers.parse(cell, ColumnMeaning.PERCENT).value()).isEqualTo(4.32);
    }

    @Test
    void refusesXlsAboveSizeLimit() throws IOException {
        Path file = xls(
                "lon.xls",
                wb -> wb.createSheet("Thôn").createRow(0).createCell(0).setCellValue(1));
        long size = Files.size(file);
        XlsWorkbookReader small = new XlsWorkbookReader(1024);

        assertThatThrownBy(() -> RecordingSheetVisitor.read(small, file))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(e ->
                        assertThat(((UnreadableFileException) e).messageKey()).isEqualTo("FILE_UNREADABLE.xlsTooLarge"))
                .satisfies(e -> assertThat(((UnreadableFileException) e).argumentsVi())
                        .startsWith("lon.xls")
                        .endsWith("1 KB"));
        assertThat(size).isGreaterThan(1024);
    }

    @Test
    void reportsPasswordProtectedXls() throws IOException {
        Path file = dir.resolve("mat-khau.xls");
        Biff8EncryptionKey.setCurrentUserPassword("bimat");
        try (HSSFWorkbook wb = new HSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Thôn").createRow(0).createCell(0).setCellValue("Thôn A");
            wb.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        assertThatThrownBy(() -> RecordingSheetVisitor.read(reader, file))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(problem("FILE_UNREADABLE.passwordProtected", "mat-khau.xls"));
    }

    @Test
    void refusesWebPageNamedXls() throws IOException {
        // some district software "exports to Excel" as an HTML table named .xls
        Path file = dir.resolve("xuat-tu-phan-mem.xls");
        Files.writeString(file, "<html><body><table><tr><td>Thôn A</td></tr></table></body></html>");

        assertThatThrownBy(() -> RecordingSheetVisitor.read(reader, file))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(problem("FILE_UNREADABLE.notRealXls", "xuat-tu-phan-mem.xls"));
    }

    @Test
    void refusesXlsxNamedXlsWhenReadDirectly() throws IOException {
        Path file = dir.resolve("doi-duoi.xls");
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Thôn");
            wb.write(out);
        }

        assertThatThrownBy(() -> RecordingSheetVisitor.read(reader, file))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(e -> assertThat(((UnreadableFileException) e).messageKey())
                        .isEqualTo("FILE_UNREADABLE.xlsxNamedXls"));
    }

    @Test
    void refusesCorruptXlsWithFileNameInMessage() throws IOException {
        Path file = dir.resolve("hong.xls");
        byte[] ole2Header = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        Files.write(file, ole2Header);

        assertThatThrownBy(() -> RecordingSheetVisitor.read(reader, file))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(problem("FILE_UNREADABLE.corruptXls", "hong.xls"));
    }

    private RecordedSheet only(Path file) throws IOException {
        List<RecordedSheet> sheets = RecordingSheetVisitor.read(reader, file);
        assertThat(sheets).hasSize(1);
        return sheets.get(0);
    }

    private Path xls(String name, Consumer<HSSFWorkbook> fill) throws IOException {
        Path file = dir.resolve(name);
        try (HSSFWorkbook wb = new HSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            fill.accept(wb);
            wb.write(out);
        }
        return file;
    }
}
