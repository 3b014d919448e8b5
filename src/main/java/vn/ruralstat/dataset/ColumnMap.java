package vn.ruralstat.dataset;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ruralstat.sheet.Cell;

/**
 * Which column of a recognised table holds which field ("households" → column C). The score
 * says how well the header fitted the dataset; the best-scoring reading of a header wins.
 *
 * @param rulebookId the rulebook whose form the columns follow (a criteria matrix's set), stored
 *                   with the table; null for datasets not laid out by a rulebook
 */
public record ColumnMap(Map<String, Integer> columns, int score, String rulebookId) {

    public ColumnMap {
        columns = new LinkedHashMap<>(columns);
    }

    /** Columns of a dataset not laid out by a rulebook. */
    public ColumnMap(Map<String, Integer> columns, int score) {
        this(columns, score, null);
    }

    public Integer column(String field) {
        return columns.get(field);
    }

    public boolean has(String field) {
        return columns.containsKey(field);
    }

    /** "name=B;households=C;…": stored with the table so every stored figure can be traced to its cell. */
    public String describe() {
        return columns.entrySet().stream()
                .map(e -> e.getKey() + "=" + Cell.columnLetters(e.getValue()))
                .collect(Collectors.joining(";"));
    }

    /** Inverse of {@link #describe()}. */
    public static Map<String, String> parse(String described) {
        Map<String, String> letters = new LinkedHashMap<>();
        if (described == null || described.isBlank()) return letters;
        for (String pair : described.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) letters.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return letters;
    }
}
