package vn.ruralstat.message;

/**
 * Text from outside (a file name, a cell) made safe to show: every character that would act instead
 * of being seen is written as {@code <U+XXXX>}. A file named {@code "bieu\u001b[31m.xlsx"} would
 * otherwise recolour the officer's terminal, a {@code "\n"} forge a console line of its own, a BEL ring,
 * and a right-to-left override (U+202E) turn {@code "xlsx.exe"} around on screen.
 *
 * <p>Shown as code points rather than dropped, so the officer can still tell two such names apart
 * and find the file; {@code <U+…>} because no ordinary file name or cell holds it.
 */
public final class VisibleText {

    private VisibleText() {}

    /** For one line (console, stderr, a finding's sentence): every control character is shown, line breaks too. */
    public static String line(String text) {
        return escape(text, false);
    }

    /** For a workbook cell: as {@link #line}, but a line break stays one (headings wrap on purpose). */
    public static String cell(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLineBreaks) {
        if (text == null) return null;
        int i = 0;
        while (i < text.length() && !acts(text.charAt(i), keepLineBreaks)) i++;
        if (i == text.length()) return text; // the usual case: nothing to copy
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (acts(c, keepLineBreaks)) out.append(String.format("<U+%04X>", (int) c));
            else out.append(c);
        }
        return out.toString();
    }

    /** C0 and C1 controls and DEL, the line and paragraph separators, and the bidirectional controls. */
    static boolean acts(char c, boolean keepLineBreaks) {
        if (c == '\n' && keepLineBreaks) return false;
        return Character.getType(c) == Character.CONTROL // U+0000-001F, U+007F-009F
                || c == '\u2028'
                || c == '\u2029'
                || c == '\u061C'
                || c == '\u200E'
                || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
