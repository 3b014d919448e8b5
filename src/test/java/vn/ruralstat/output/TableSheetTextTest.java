package vn.ruralstat.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableSheetTextTest {

    @Test
    void writesTextThatLooksLikeAFormulaAsAQuotePrefixedString() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(10)) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            TableSheet sheet = new TableSheet(workbook, "Thôn", styles, 2);
            sheet.title("@Biểu");
            int header = sheet.headerRows(1, 2, 20);
            sheet.header(header, 0, "TT");
            sheet.header(header, 1, "+Tên thôn");
            sheet.groupHeading("=Xã Ngân Sơn");
            sheet.row(false).ordinal(0, 1).text(1, "=1+1").integer(2, 100);
            sheet.row(true).ordinal(0, 2).text(1, "-1+1").integer(2, -1);
            sheet.row(false).ordinal(0, 3).text(1, "Nà Hin");
            workbook.write(bytes);
        }

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            Sheet sheet = read.getSheet("Thôn");
            // Rows: title 0, header 1, group heading 2, villages 3-5.
            assertQuotedText(sheet.getRow(0).getCell(0), "@Biểu");
            assertQuotedText(sheet.getRow(1).getCell(1), "+Tên thôn");
            assertQuotedText(sheet.getRow(2).getCell(0), "=Xã Ngân Sơn");
            assertQuotedText(sheet.getRow(3).getCell(1), "=1+1");
            assertQuotedText(sheet.getRow(4).getCell(1), "-1+1");
            assertThat(read.getFontAt(sheet.getRow(4).getCell(1).getCellStyle().getFontIndex())
                            .getBold())
                    .as("the quoted twin keeps the style it stands for")
                    .isTrue();
            assertThat(sheet.getRow(5).getCell(1).getCellStyle().getQuotePrefixed())
                    .isFalse();
            assertThat(sheet.getRow(4).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(4).getCell(2).getCellStyle().getQuotePrefixed())
                    .isFalse();
        }
    }

    private static void assertQuotedText(Cell cell, String text) {
        assertThat(cell.getCellType()).as(text).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(text);
        assertThat(cell.getCellStyle().getQuotePrefixed()).as(text).isTrue();
    }
}
