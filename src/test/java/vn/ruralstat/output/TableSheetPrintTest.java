package vn.ruralstat.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableSheetPrintTest {

    @Test
    void aTableThatFitsTheWidthOfA4LandscapePrintsAtFullSize() {
        // 9 columns of 114 characters: (114 × 7 + 9 × 11) px × 0.75 = 672.75 pt, within 784.3 pt.
        assertThat(TableSheet.printScale(5, 30, 10, 11, 12, 12, 11, 12, 11)).isEqualTo(100);
    }

    @Test
    void aSomewhatWideTableIsShrunkJustEnoughToFit() {
        // 140 characters in 10 columns: (980 + 110) px × 0.75 = 817.5 pt,
        // 784.3 / 817.5 = 95.9 %: 95 %, and 95 % × 11 pt = 10.45 pt.
        assertThat(TableSheet.printScale(14, 14, 14, 14, 14, 14, 14, 14, 14, 14))
                .isEqualTo(95);
    }

    @Test
    void aVeryWideTableIsNeverShrunkBelowTenPointTypeButRunsOntoMorePagesAcross() {
        // 300 characters: (2,100 + 110) × 0.75 = 1,657.5 pt would need 47 %; the floor is ⌈10 / 11 × 100⌉ = 91 %.
        int scale = TableSheet.printScale(30, 30, 30, 30, 30, 30, 30, 30, 30, 30);

        assertThat(scale).isEqualTo(91);
        assertThat(scale / 100.0 * WorkbookStyles.SMALLEST_FONT_POINTS).isGreaterThanOrEqualTo(10);
    }

    @Test
    void aVeryWideTableRepeatsItsNameColumnsOnThePagesAcross() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            TableSheet sheet = new TableSheet(workbook, "Rộng", styles, 9);
            sheet.columnWidths(5, 30, 30, 30, 30, 30, 30, 30, 30, 30);
            int header = sheet.headerRows(1, 9, 20);
            sheet.header(header, 0, "TT");
            sheet.row(false).ordinal(0, 1);
            sheet.freezeHeader(2);

            assertThat(sheet.sheet().getPrintSetup().getScale()).isEqualTo((short) 91);
            assertThat(sheet.sheet().getRepeatingColumns().formatAsString()).isEqualTo("A:B");
            assertThat(sheet.sheet().getRepeatingRows().getFirstRow()).isEqualTo(header);
        }
    }
}
