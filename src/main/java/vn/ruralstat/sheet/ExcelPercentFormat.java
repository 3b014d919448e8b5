package vn.ruralstat.sheet;

/** Tells whether an Excel number format shows the value as a percentage (stores 0.0432 for 4.32 %). */
final class ExcelPercentFormat {

    private ExcelPercentFormat() {}

    /**
     * True when the format has a '%' that Excel acts on: one outside quoted text ({@code 0.00"%"}),
     * outside brackets ({@code [Red]}) and not escaped ({@code 0\%}). Those literal signs do not
     * scale the value, so such a cell already holds percent units.
     */
    static boolean isPercent(String format) {
        if (format == null) return false;
        boolean quoted = false;
        boolean bracketed = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (quoted) {
                quoted = c != '"';
            } else if (bracketed) {
                bracketed = c != ']';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '[') {
                bracketed = true;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++; // the next character is shown literally (or used as padding)
            } else if (c == '%') {
                return true;
            }
        }
        return false;
    }
}
