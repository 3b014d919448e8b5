package vn.ruralstat.store;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.ruralstat.dataset.DatasetId;
import vn.ruralstat.dataset.ReportedValue;
import vn.ruralstat.dataset.SourceFileSummary;
import vn.ruralstat.dataset.StoredTable;

/**
 * Reads back what the ledger holds of a run: its files and tables, the figures written in their
 * totals rows, and how its tables were deduplicated. Each dataset reads back its own rows.
 */
@Component
public class RunDataStore {

    private final JdbcTemplate jdbc;
    private final DatasetRowsRegistry datasets;

    public RunDataStore(JdbcTemplate jdbc, DatasetRowsRegistry datasets) {
        this.jdbc = jdbc;
        this.datasets = datasets;
    }

    public List<StoredTable> tables(long runId) {
        return jdbc.query(
                "SELECT t.*, f.path, f.sha256, f.modified_at FROM rs_source_table t"
                        + " JOIN rs_source_file f ON f.id = t.file_id WHERE t.run_id = ? ORDER BY f.path, t.id",
                (rs, i) -> {
                    Timestamp modified = rs.getTimestamp("modified_at");
                    return new StoredTable(
                            rs.getLong("id"),
                            rs.getLong("file_id"),
                            rs.getString("path"),
                            rs.getString("sha256"),
                            modified == null ? null : modified.toInstant(),
                            rs.getString("sheet"),
                            new DatasetId(rs.getString("dataset")),
                            rs.getInt("header_first"),
                            rs.getString("unit_name"),
                            rs.getString("unit_level"),
                            rs.getString("parent_name"),
                            rs.getString("parent_level"),
                            rs.getString("period"),
                            rs.getString("criteria_set"),
                            rs.getString("columns_map"),
                            rs.getString("status"),
                            rs.getString("unit_code"),
                            rs.getString("parent_code"));
                },
                runId);
    }

    public List<ReportedValue> reported(StoredTable table) {
        return jdbc.query(
                "SELECT * FROM rs_reported_value WHERE table_id = ? ORDER BY id",
                (rs, i) -> new ReportedValue(
                        ReportedValue.RowKind.valueOf(rs.getString("kind")),
                        rs.getString("field"),
                        rs.getDouble("val"),
                        rs.getInt("decimals"),
                        rs.getString("cell"),
                        rs.getString("label"),
                        rs.getInt("covered_from"),
                        rs.getInt("covered_to")),
                table.id());
    }

    public List<SourceFileSummary> sources(long runId) {
        return jdbc.query(
                "SELECT * FROM rs_source_file WHERE run_id = ? ORDER BY path",
                (rs, i) -> new SourceFileSummary(
                        rs.getString("path"),
                        rs.getString("sha256"),
                        rs.getLong("size_bytes"),
                        rs.getString("status"),
                        rs.getString("message"),
                        rs.getInt("tables_found"),
                        rs.getInt("rows_read"),
                        rs.getInt("rows_used"),
                        rs.getInt("rows_rejected"),
                        rs.getInt("rows_other")),
                runId);
    }

    /** Marks a table as replaced by a newer submission and moves its used rows to rejected in its file's accounting. */
    public void supersede(StoredTable older, StoredTable newer, int rows) {
        jdbc.update(
                "UPDATE rs_source_table SET status = 'SUPERSEDED', superseded_by = ? WHERE id = ?",
                newer.id(),
                older.id());
        jdbc.update(
                "UPDATE rs_source_file SET rows_used = rows_used - ?, rows_rejected = rows_rejected + ? WHERE id = ?",
                rows,
                rows,
                older.fileId());
        jdbc.update(
                "UPDATE rs_source_file SET status = 'SUPERSEDED', message = ? WHERE id = ? AND NOT EXISTS"
                        + " (SELECT 1 FROM rs_source_table t WHERE t.file_id = ? AND t.status = 'USED')",
                "replaced by " + newer.file(),
                older.fileId(),
                older.fileId());
    }

    /** Rows of a table that count as used, as its dataset counts them. */
    public int usedRows(StoredTable table) {
        return datasets.of(table.dataset()).count(table.id());
    }

    /** Files this run read itself, rather than carried forward unchanged (see {@link CarryForward}). */
    public int filesRead(long runId) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM rs_source_file WHERE run_id = ?"
                        + " AND (message IS NULL OR message NOT LIKE 'unchanged since run%')",
                Integer.class, runId);
        return n == null ? 0 : n;
    }

    /** A file as a run stored it: path and content. */
    public record FileVersion(String path, String sha256) {}

    /** The files of a run, by path. */
    public List<FileVersion> fileVersions(long runId) {
        return jdbc.query(
                "SELECT path, sha256 FROM rs_source_file WHERE run_id = ? ORDER BY path",
                (rs, i) -> new FileVersion(rs.getString(1), rs.getString(2)),
                runId);
    }
}
