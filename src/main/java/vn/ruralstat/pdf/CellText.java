package vn.ruralstat.pdf;

import java.text.NumberFormat;
import vn.ruralstat.output.ChartStyle;
import vn.ruralstat.output.WorkbookStyles.Kind;

/**
 * A cell's value as printed, in the workbook's number formats written Vietnamese style: counts
 * "14.386", rates "4,32", averages "11,4", years and row numbers bare.
 */
final class CellText {

    private CellText() {}

    static String of(Object value, Kind kind) {
        if (!(value instanceof Number number)) return String.valueOf(value);
        return switch (kind) {
            case INTEGER -> format("#,##0", number);
            case PERCENT -> format("0.00", number);
            case DECIMAL1 -> format("0.0", number);
            case YEAR, ORDINAL -> format("0", number);
            case TEXT, CENTERED -> format("#,##0.##", number);
        };
    }

    /** Numbers are aligned right, codes and short values centred, text left, as in the workbook. */
    static int alignment(Kind kind) {
        return switch (kind) {
            case TEXT -> com.lowagie.text.Element.ALIGN_LEFT;
            case CENTERED, ORDINAL, YEAR -> com.lowagie.text.Element.ALIGN_CENTER;
            case INTEGER, PERCENT, DECIMAL1 -> com.lowagie.text.Element.ALIGN_RIGHT;
        };
    }

    private static String format(String pattern, Number number) {
        NumberFormat format = ChartStyle.decimal(pattern);
        return format.format(number);
    }
}
