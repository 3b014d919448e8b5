package vn.ruralstat.output;

import java.util.function.Function;
import vn.ruralstat.office.OfficialForm;
import vn.ruralstat.output.WorkbookStyles.Kind;

/**
 * Receives everything a {@link TableSheet} writes, in the order it is written, so that another
 * medium (the PDF of the signable forms) lays out the very same lines, headers, rows and figures
 * as the sheet instead of computing them a second time. Rows are the sheet's 0-based row indexes.
 */
public interface SheetMirror {

    /** The kinds of line written across a sheet outside its tables. */
    enum Line {
        TITLE,
        SUBTITLE,
        NOTE,
        SECTION
    }

    /** Mirrors nothing: the sheet of a workbook that has no other medium. */
    SheetMirror NONE = new SheetMirror() {};

    /** Gives each new sheet, by its name, no mirror. */
    Function<String, SheetMirror> NO_SHEETS = name -> NONE;

    /** The sheet's official form (heading, title, period, signatures), handed over before its tables. */
    default void form(OfficialForm form) {}

    default void line(Line kind, String text) {}

    /**
     * Column {@code col} ("Nguồn (tệp › trang tính › ô)") says where each figure came from, for the
     * officer checking the workbook; a signed form leaves it out.
     */
    default void referenceColumn(int col) {}

    /** A table starts: {@code count} header rows from {@code firstRow}, columns 0..lastColumn. */
    default void headerRows(int firstRow, int count, int lastColumn) {}

    default void header(int row, int col, String text, boolean vertical) {}

    /** The row of column codes ("A", "B", "1", "3=2/1*100"), the last row of the header. */
    default void codeRow(int row, String[] codes) {}

    default void columnWidths(int[] characters) {}

    default void merge(int firstRow, int lastRow, int firstCol, int lastCol) {}

    /** A bordered row of the table starts; its cells follow. */
    default void row(int row, boolean bold) {}

    /** A cell's value: its text, or its number (a formula's computed value), shown as {@code kind}. */
    default void cell(int row, int col, Object value, Kind kind) {}

    /** A row naming the unit whose rows follow, merged across the table. */
    default void groupHeading(int row, String text) {}
}
