package vn.ruralstat.sheet;

/**
 * One cell as read from any spreadsheet format, before any interpretation.
 *
 * @param column       0-based column index (A = 0)
 * @param kind         what the cell held
 * @param text         the cell's text: cleaned string for TEXT, the cached value's text for numbers,
 *                     the error code ("#N/A") for ERROR, "" for BLANK
 * @param number       the numeric value for NUMBER cells (formula cells give their cached value), else null
 * @param percentStyle true when the cell is a number formatted as a percentage (0.0432 shown as 4.32%)
 */
public record Cell(int column, Kind kind, String text, Double number, boolean percentStyle) {

    public enum Kind {
        BLANK,
        TEXT,
        NUMBER,
        BOOLEAN,
        ERROR,
        FORMULA_WITHOUT_VALUE
    }

    public static Cell blank(int column) {
        return new Cell(column, Kind.BLANK, "", null, false);
    }

    public static Cell text(int column, String text) {
        String clean = UnitNames.clean(text);
        return clean.isEmpty() ? blank(column) : new Cell(column, Kind.TEXT, clean, null, false);
    }

    public static Cell number(int column, double value, boolean percentStyle) {
        return new Cell(column, Kind.NUMBER, NumberText.plain(value), value, percentStyle);
    }

    public boolean isBlank() {
        return kind == Kind.BLANK;
    }

    /** Column letters as Excel shows them: 0 → "A", 26 → "AA". */
    public static String columnLetters(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }

    /** A1 reference of column {@code column} in Excel row {@code row}. */
    public static String ref(int column, int row) {
        return columnLetters(column) + row;
    }
}
