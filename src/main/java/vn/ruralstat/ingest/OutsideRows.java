package vn.ruralstat.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rows of a sheet that hold figures yet stand outside every table found on it (below a note
 * that ended the table, between two tables, above a header): not read, so an officer must hear of
 * them. A sheet without any table is reported whole instead ({@code SHEET_NO_TABLE}). Only the
 * first {@value #SHOWN} row numbers are kept: the finding names them, the count says the rest.
 */
final class OutsideRows {

    static final int SHOWN = 20;

    private final List<Integer> shown = new ArrayList<>();
    private final Set<Integer> notes = new HashSet<>();
    private int count;

    /** A row whose figures were read as a note of the table above it (a planned number per year). */
    void readAsNote(int row) {
        notes.add(row);
    }

    void left(int row) {
        if (notes.contains(row)) return;
        count++;
        if (shown.size() < SHOWN) shown.add(row);
    }

    /** The first row left outside, where the finding points. */
    Integer first() {
        return shown.isEmpty() ? null : shown.get(0);
    }

    int count() {
        return count;
    }

    /** "12, 13, 20" or "12, 13, … " when more rows than shown. */
    String rows() {
        return shown.stream().map(String::valueOf).collect(Collectors.joining(", ")) + (count > SHOWN ? ", …" : "");
    }

    void clear() {
        shown.clear();
        notes.clear();
        count = 0;
    }
}
