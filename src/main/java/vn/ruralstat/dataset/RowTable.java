package vn.ruralstat.dataset;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * A table of dataset rows ({@code rs_poverty_row}, …): every row has run_id and table_id (the
 * {@code rs_source_table} it was read from) and the dataset's own columns. The SQL that is the same
 * for every dataset — insert, read a table, count, copy to a new run, delete — lives here once.
 */
public final class RowTable {

    private static final String TABLES_OF_FILE = "SELECT id FROM rs_source_table WHERE file_id = ?";

    private final String name;
    private final List<String> columns;
    private final JdbcTemplate jdbc;
    private final RowInserter inserter;

    /** @param columns the dataset's own columns, besides id, run_id and table_id */
    public RowTable(String name, List<String> columns, JdbcTemplate jdbc, RowInserter inserter) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.jdbc = jdbc;
        this.inserter = inserter;
    }

    public String name() {
        return name;
    }

    /** run_id, table_id and the dataset's columns: the order of the rows handed to {@link #insert}. */
    public List<String> insertColumns() {
        List<String> all = new ArrayList<>(List.of("run_id", "table_id"));
        all.addAll(columns);
        return all;
    }

    public void insert(List<Object[]> rows) {
        inserter.insert(name, insertColumns(), rows);
    }

    /** The rows of a stored table, ordered by {@code orderBy}. */
    public <S> List<S> read(long tableId, String orderBy, RowMapper<S> mapper) {
        return jdbc.query("SELECT * FROM " + name + " WHERE table_id = ? ORDER BY " + orderBy, mapper, tableId);
    }

    public int count(long tableId) {
        return count("COUNT(*)", tableId);
    }

    /** Rows counted by their spreadsheet row, for datasets that store one row per value. */
    public int countSpreadsheetRows(long tableId) {
        return count("COUNT(DISTINCT row_num)", tableId);
    }

    private int count(String count, long tableId) {
        Integer n = jdbc.queryForObject(
                "SELECT " + count + " FROM " + name + " WHERE table_id = ?", Integer.class, tableId);
        return n == null ? 0 : n;
    }

    /** Copies a table's rows to another table of run {@code runId}; returns the rows copied. */
    public int copy(long fromTable, long toTable, long runId) {
        String own = String.join(", ", columns);
        return jdbc.update(
                "INSERT INTO " + name + " (run_id, table_id, " + own + ") SELECT ?, ?, " + own + " FROM " + name
                        + " WHERE table_id = ?",
                runId,
                toTable,
                fromTable);
    }

    /** Removes the rows of a file's tables. */
    public void deleteFile(long fileId) {
        jdbc.update("DELETE FROM " + name + " WHERE table_id IN (" + TABLES_OF_FILE + ")", fileId);
    }

    public int deleteRun(long runId) {
        return jdbc.update("DELETE FROM " + name + " WHERE run_id = ?", runId);
    }

    /** Moves a run's rows to another run (a restarted run adopts what its failed executions stored). */
    public int adoptRun(long fromRun, long toRun) {
        return jdbc.update("UPDATE " + name + " SET run_id = ? WHERE run_id = ?", toRun, fromRun);
    }
}
