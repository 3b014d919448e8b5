package vn.ruralstat.output;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import vn.ruralstat.message.VisibleText;
import vn.ruralstat.output.WorkbookStyles.Kind;

/**
 * One bordered row of a table: every cell of the table's width exists (so the borders are
 * complete), and values are written as real numbers with the right format, or as plain text.
 */
public final class TableRow {

    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final Row row;
    private final WorkbookStyles styles;
    private final boolean bold;
    private final SheetMirror mirror;
    private int lines = 1;

    TableRow(Row row, WorkbookStyles styles, boolean bold, int lastColumn, SheetMirror mirror) {
        this.row = row;
        this.styles = styles;
        this.bold = bold;
        this.mirror = mirror;
        for (int col = 0; col <= lastColumn; col++) {
            row.createCell(col).setCellStyle(styles.cell(Kind.TEXT, bold));
        }
    }

    /** The row number as Excel shows it, for formulas. */
    public int number() {
        return row.getRowNum() + 1;
    }

    /**
     * Text as typed. setCellValue(String) stores a string even when the text starts with "=",
     * "+", "-" or "@", so a name from a source file can never become a formula; such text also
     * carries the quote prefix, so that editing the cell cannot make it one.
     */
    public TableRow text(int col, String text) {
        return string(col, text, Kind.TEXT);
    }

    public TableRow centered(int col, String text) {
        return string(col, text, Kind.CENTERED);
    }

    /** The row number of a table (STT, TT), centred. */
    public TableRow ordinal(int col, int number) {
        return number(col, number, Kind.ORDINAL);
    }

    /** A count, format "#,##0"; blank when unknown. */
    public TableRow integer(int col, Number value) {
        return number(col, value, Kind.INTEGER);
    }

    /** A rate already in percent units (4.32 means 4.32 %), format "0.00"; blank when unknown. */
    public TableRow percent(int col, Double value) {
        return number(col, value, Kind.PERCENT);
    }

    /** Shown with one decimal, stored exact (183 / 16 is kept as 11.4375). */
    public TableRow decimal1(int col, Double value) {
        return number(col, value, Kind.DECIMAL1);
    }

    public TableRow year(int col, Integer year) {
        return number(col, year, Kind.YEAR);
    }

    /**
     * A live formula with its value already computed: POI does not evaluate formulas, and a
     * reader that shows cached values (previews, other programs) must still see the right figure.
     * Without a value (e.g. a rate of zero households) the cell stays blank, not #DIV/0!.
     */
    public TableRow formula(int col, Kind kind, String formula, Number cached) {
        if (cached == null) return this;
        Cell cell = row.getCell(col);
        cell.setCellStyle(styles.cell(kind, bold));
        cell.setCellFormula(formula);
        cell.setCellValue(cached.doubleValue());
        mirror.cell(row.getRowNum(), col, cached, kind);
        return this;
    }

    /**
     * Makes the row tall enough for the text wrapped in a column of the given width; Excel does
     * not fit row heights when it opens a file, so a long name would otherwise be cut.
     */
    public TableRow fitting(String text, int widthInCharacters) {
        int needed = wrappedLines(text, widthInCharacters);
        if (needed > lines) {
            lines = needed;
            row.setHeightInPoints(Math.min(409, lines * 15.5f + 2));
        }
        return this;
    }

    /** Lines a text takes when wrapped in a column of the given width in characters (estimated). */
    public static int wrappedLines(String text, int widthInCharacters) {
        // Proportional fonts fit fewer Vietnamese letters (with their marks) than the nominal width.
        return text == null || text.isEmpty() ? 1 : (int) Math.ceil(text.length() * 1.1 / widthInCharacters);
    }

    private TableRow number(int col, Number value, Kind kind) {
        Cell cell = row.getCell(col);
        cell.setCellStyle(styles.cell(kind, bold));
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            mirror.cell(row.getRowNum(), col, value, kind);
        }
        return this;
    }

    private TableRow string(int col, String text, Kind kind) {
        text = VisibleText.cell(text); // a file name or cell text from outside: its control characters shown
        Cell cell = row.getCell(col);
        cell.setCellStyle(styles.cell(kind, bold));
        if (text != null && !text.isEmpty()) {
            styles.text(cell, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text, styles.cell(kind, bold));
            mirror.cell(row.getRowNum(), col, text, kind);
        }
        return this;
    }
}
