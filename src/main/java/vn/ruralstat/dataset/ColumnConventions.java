package vn.ruralstat.dataset;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.ruralstat.sheet.Cell;

/**
 * What the cells above have shown about each column's decimal mark. "4,32" or "1.234,5" shows a
 * decimal comma, "4.32" or "1,234.5" a decimal point; once a column has shown one and never the
 * other, a later cell that could be read both ways ("1,502") is read the column's way, without
 * doubt. A column that has shown both, or nothing, leaves the doubt to be reported.
 */
public final class ColumnConventions {

    private static final Pattern DECIMAL_COMMA =
            Pattern.compile("-?\\d+,(\\d{1,2}|\\d{4,})%?|-?\\d{1,3}(\\.\\d{3})+,\\d+%?");
    private static final Pattern DECIMAL_POINT =
            Pattern.compile("-?\\d+\\.(\\d{1,2}|\\d{4,})%?|-?\\d{1,3}(,\\d{3})+\\.\\d+%?");
    private static final Pattern ONE_GROUP = Pattern.compile("-?\\d{1,3}([.,])\\d{3}");

    private final Map<Integer, int[]> evidence = new HashMap<>();

    /** Takes note of a text cell's separators, when they can only be read one way. */
    public void observe(int column, Cell cell) {
        if (cell.kind() != Cell.Kind.TEXT) return;
        String t = cell.text().replace(" ", "");
        int[] counts = evidence.computeIfAbsent(column, c -> new int[2]);
        if (DECIMAL_COMMA.matcher(t).matches()) counts[0]++;
        else if (DECIMAL_POINT.matcher(t).matches()) counts[1]++;
    }

    /** The column's decimal mark, when the cells above agree on one. */
    public Optional<Character> decimalMark(int column) {
        int[] counts = evidence.get(column);
        if (counts == null || counts[0] > 0 == counts[1] > 0) return Optional.empty();
        return Optional.of(counts[0] > 0 ? ',' : '.');
    }

    /**
     * Reads a text with one separator followed by three digits ("1,502", "14.386") by the
     * column's convention; empty when the column has none or the text is not of that shape.
     */
    public Optional<Double> resolve(int column, Cell cell) {
        if (cell.kind() != Cell.Kind.TEXT) return Optional.empty();
        String t = cell.text().replace(" ", "").replace("%", "");
        var m = ONE_GROUP.matcher(t);
        Optional<Character> mark = decimalMark(column);
        if (!m.matches() || mark.isEmpty()) return Optional.empty();
        char separator = m.group(1).charAt(0);
        String plain = separator == mark.get() ? t.replace(separator, '.') : t.replace(String.valueOf(separator), "");
        return Optional.of(Double.parseDouble(plain));
    }
}
