package vn.ruralstat.report;

import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Finding rows of a written workbook by the text an officer would look for. */
final class WorkbookAssertions {

    private WorkbookAssertions() {}

    /** The first row whose cell in {@code col} holds exactly {@code text}. */
    static Row rowWithText(Sheet sheet, int col, String text) {
        return StreamSupport.stream(sheet.spliterator(), false)
                .filter(row -> text.equals(string(row.getCell(col))))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no row with \"" + text + "\" in column " + col + " of " + sheet.getSheetName()));
    }

    /** The last row whose cell in {@code col} holds exactly {@code text}. */
    static Row lastRowWithText(Sheet sheet, int col, String text) {
        return StreamSupport.stream(sheet.spliterator(), false)
                .filter(row -> text.equals(string(row.getCell(col))))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError(
                        "no row with \"" + text + "\" in column " + col + " of " + sheet.getSheetName()));
    }

    /** Whether any cell of the sheet holds exactly {@code text}. */
    static boolean containsText(Sheet sheet, String text) {
        return StreamSupport.stream(sheet.spliterator(), false)
                .flatMap(row -> StreamSupport.stream(row.spliterator(), false))
                .anyMatch(cell -> text.equals(string(cell)));
    }

    static String string(Cell cell) {
        return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : null;
    }
}
