package vn.ruralstat.annotate;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import vn.ruralstat.sheet.FormulaLikeText;

/**
 * Excel's quote prefix on the string cells of a copy that Excel would take for a formula if they
 * were typed ("=1+1", "-1+1"): editing such a cell in the copy (F2, Enter) must leave it text. Each
 * style gets one quote-prefixed twin; should the workbook have no room for another style, the cell
 * keeps its own and stays a string all the same.
 */
final class QuotePrefixes {

    private final Workbook workbook;
    private final Map<Short, CellStyle> twins = new HashMap<>();

    QuotePrefixes(Workbook workbook) {
        this.workbook = workbook;
    }

    /** Marks every formula-like string cell of the workbook's sheets, the submitter's cells included. */
    void markAll() {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) mark(cell);
                }
            }
        }
    }

    /** Writes {@code text} into the cell with {@code style}, quote-prefixed when it looks like a formula. */
    void write(Cell cell, String text, CellStyle style) {
        cell.setCellValue(text);
        if (style != null) cell.setCellStyle(style);
        mark(cell);
    }

    private void mark(Cell cell) {
        CellStyle style = cell.getCellStyle();
        if (style.getQuotePrefixed() || !FormulaLikeText.test(cell.getStringCellValue())) return;
        CellStyle twin = twins.computeIfAbsent(style.getIndex(), i -> twinOf(style));
        if (twin != null) cell.setCellStyle(twin);
    }

    private CellStyle twinOf(CellStyle style) {
        if (workbook.getNumCellStyles() >= workbook.getSpreadsheetVersion().getMaxCellStyles()) return null;
        CellStyle twin = workbook.createCellStyle();
        twin.cloneStyleFrom(style);
        twin.setQuotePrefixed(true);
        return twin;
    }
}
