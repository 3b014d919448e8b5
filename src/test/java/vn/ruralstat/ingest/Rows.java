package vn.ruralstat.ingest;

import java.util.ArrayList;
import java.util.List;
import vn.ruralstat.sheet.Cell;
import vn.ruralstat.sheet.SheetRow;

/**
 * Builds sheet rows for tests: strings become text cells, numbers number cells, a {@link Cell}
 * is placed as given (a percentage, say), null a blank.
 */
public final class Rows {

    private Rows() {}

    public static SheetRow row(int number, Object... values) {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v instanceof Cell cell) {
                cells.add(new Cell(c, cell.kind(), cell.text(), cell.number(), cell.percentStyle()));
            } else if (v instanceof Number n) {
                cells.add(Cell.number(c, n.doubleValue(), false));
            } else if (v != null && !v.toString().isEmpty()) {
                cells.add(Cell.text(c, v.toString()));
            }
        }
        return new SheetRow(number, cells, false);
    }

    /** A number shown as a percentage: Excel keeps 99.5 % as 0.995. */
    public static Cell percent(double stored) {
        return Cell.number(0, stored, true);
    }

    /** A tab-separated line of text, as the seed documents hold their tables; "<b>" tags dropped. */
    public static SheetRow tabbed(int number, String line) {
        String[] parts = line.replaceAll("</?[bi]>", "").split("\t", -1);
        return row(number, (Object[]) parts);
    }
}
