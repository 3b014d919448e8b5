package vn.ruralstat.sheet;

/**
 * Text that Excel would take for a formula if it were typed into a cell: it starts with "=", "+",
 * "-" or "@" ("=1+1", "-1+1", "+84 912…", "@SUM(A1)"). Such text read from a file is only text; a
 * workbook we write keeps it a string and marks it with Excel's quote prefix, so that an officer
 * who edits the cell (F2, Enter) does not turn it into a formula.
 */
public final class FormulaLikeText {

    private FormulaLikeText() {}

    public static boolean test(String text) {
        return text != null && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }
}
