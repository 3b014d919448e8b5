package vn.ruralstat.sheet;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The code row that official forms put under the header: "A B C 1 2 … 19", "(1) (2)", or
 * "3=2/1*100". It is recognised by its cells all being short codes, at least three of them.
 */
public final class CodeRow {

    private static final Pattern CODE =
            Pattern.compile("\\(?([A-Za-z]|\\d{1,2})\\)?|\\d{1,2}\\s*=\\s*[\\d\\s()+\\-*/x:.,]+");

    private CodeRow() {}

    public static boolean matches(SheetRow row) {
        List<Cell> cells = row.cells().stream().filter(c -> !c.isBlank()).toList();
        if (cells.size() < 3) return false;
        int numbersInSequence = 0;
        Double previous = null;
        for (Cell c : cells) {
            String t = c.text().trim();
            if (!CODE.matcher(t).matches()) return false;
            if (c.number() != null) {
                if (previous != null && c.number() == previous + 1) numbersInSequence++;
                previous = c.number();
            }
        }
        // A row of plain numbers is a code row only when they count up (1 2 3 …), not a data row.
        boolean allNumbers = cells.stream().allMatch(c -> c.number() != null);
        return !allNumbers || numbersInSequence >= cells.size() - 1;
    }

    /** The code in a column ("3" from "3=2/1*100", "1" from "(1)"), or "" when none. */
    public static String codeAt(SheetRow row, int column) {
        String t = row.text(column).trim();
        int eq = t.indexOf('=');
        if (eq > 0) t = t.substring(0, eq).trim();
        return t.replace("(", "").replace(")", "").trim();
    }
}
