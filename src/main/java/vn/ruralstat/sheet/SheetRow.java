package vn.ruralstat.sheet;

import java.util.List;

/**
 * One row of a sheet as the user sees it in Excel.
 *
 * @param number 1-based row number as Excel shows it (CSV: the line's record number)
 * @param cells  the row's non-blank cells in column order (blank cells may be omitted)
 * @param hidden true when the row is hidden in the workbook
 */
public record SheetRow(int number, List<Cell> cells, boolean hidden) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell in a column, or a blank cell when the row has none there. */
    public Cell cell(int column) {
        for (Cell c : cells) {
            if (c.column() == column) return c;
            if (c.column() > column) break;
        }
        return Cell.blank(column);
    }

    public String text(int column) {
        return cell(column).text();
    }

    public boolean isBlank() {
        return cells.stream().allMatch(Cell::isBlank);
    }

    /** One past the last column holding a non-blank cell. */
    public int width() {
        int w = 0;
        for (Cell c : cells) {
            if (!c.isBlank()) w = Math.max(w, c.column() + 1);
        }
        return w;
    }

    public String ref(int column) {
        return Cell.ref(column, number);
    }
}
