package vn.ruralstat.sheet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The merged ranges of one sheet, looked up by cell: only the first cell of a merged range holds
 * its value, so a count "under" the range (C10 of C9:C10) reads blank although the officer sees a
 * figure there. Indexed by column and first row, so a lookup costs a map access however many
 * ranges the sheet has; at most {@value #MAX_RANGES} ranges are kept.
 */
public final class MergedCells {

    public static final MergedCells NONE = new MergedCells(List.of());

    static final int MAX_RANGES = 10_000;
    private static final Pattern RANGE = Pattern.compile("([A-Z]{1,3})(\\d{1,7}):([A-Z]{1,3})(\\d{1,7})");
    private static final Pattern CELL = Pattern.compile("([A-Z]{1,3})(\\d{1,7})");

    private record Range(int firstRow, int lastRow, int firstColumn, String text) {}

    /** By column, the ranges crossing it by their first row. */
    private final Map<Integer, TreeMap<Integer, Range>> byColumn = new HashMap<>();

    private MergedCells(List<String> ranges) {
        int kept = 0;
        for (String text : ranges) {
            Matcher m = RANGE.matcher(text == null ? "" : text.trim().toUpperCase(java.util.Locale.ROOT));
            if (!m.matches() || kept++ >= MAX_RANGES) continue;
            int firstColumn = column(m.group(1));
            int lastColumn = Math.min(column(m.group(3)), firstColumn + 255);
            Range range =
                    new Range(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(4)), firstColumn, text.trim());
            for (int c = firstColumn; c <= lastColumn; c++) {
                byColumn.computeIfAbsent(c, k -> new TreeMap<>()).put(range.firstRow(), range);
            }
        }
    }

    /** @param ranges merged ranges in A1 notation ("C9:C10"); anything else is ignored */
    public static MergedCells of(List<String> ranges) {
        return ranges.isEmpty() ? NONE : new MergedCells(ranges);
    }

    /**
     * The merged range {@code cell} (A1 notation) lies in without being its first cell, e.g.
     * "C9:C10" for C10; empty for a cell outside any range or holding the range's value.
     */
    public Optional<String> covering(String cell) {
        Matcher m = CELL.matcher(cell == null ? "" : cell);
        if (byColumn.isEmpty() || !m.matches()) return Optional.empty();
        int column = column(m.group(1));
        int row = Integer.parseInt(m.group(2));
        TreeMap<Integer, Range> ranges = byColumn.get(column);
        Map.Entry<Integer, Range> entry = ranges == null ? null : ranges.floorEntry(row);
        if (entry == null) return Optional.empty();
        Range range = entry.getValue();
        boolean inside = row <= range.lastRow();
        boolean first = row == range.firstRow() && column == range.firstColumn();
        return inside && !first ? Optional.of(range.text()) : Optional.empty();
    }

    /** "C9" of "C9:C10": the cell that holds the range's value. */
    public static String firstCell(String range) {
        int colon = range.indexOf(':');
        return colon < 0 ? range : range.substring(0, colon);
    }

    private static int column(String letters) {
        int column = 0;
        for (int i = 0; i < letters.length(); i++) column = column * 26 + (letters.charAt(i) - 'A' + 1);
        return column - 1;
    }
}
