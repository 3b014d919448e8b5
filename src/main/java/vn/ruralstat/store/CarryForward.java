package vn.ruralstat.store;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * An incremental run reads only new or changed files: a file whose path and content (SHA-256)
 * match a file of an earlier completed run is not read again; what that run stored of it — its
 * tables, rows, rejected rows and reading findings — is copied into the new run, as it was read
 * (before any deduplication of that run). Copying in SQL is much cheaper than reading a workbook.
 */
@Component
public class CarryForward {

    /** Columns of each row table besides id, run_id and table_id. */
    private static final Map<String, String> ROW_COLUMNS = Map.of(
            "rs_poverty_row", "row_num, name, households, poor, near_poor, poor_rate_reported, near_poor_rate_reported,"
                    + " planned_poor_rate, planned_poor, planned_near_poor_rate, planned_near_poor, group_name",
            "rs_criteria_row", "row_num, commune, reported_met, met, statuses",
            "rs_commune_target", "row_num, commune, ntm_year, ntm_text, advanced_year, model_year, note",
            "rs_reported_value", "kind, field, val, decimals, cell, label, covered_from, covered_to",
            "rs_indicator_value", "row_num, commune, code, value_raw, assessment_raw, value_cell, assessment_cell",
            "rs_commune_register", "row_num, commune, group_key, parent, cell");

    private final JdbcTemplate jdbc;

    public CarryForward(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The same file (path and content) as stored by the latest completed run, if any. */
    public Optional<PreviousFile> previous(String path, String sha256) {
        List<PreviousFile> found = jdbc.query("SELECT f.id, f.run_id FROM rs_source_file f"
                + " JOIN batch_job_execution e ON e.job_execution_id = f.run_id"
                + " WHERE f.path = ? AND f.sha256 = ? AND e.status = 'COMPLETED' AND f.status <> 'ARCHIVE'"
                + " ORDER BY f.run_id DESC LIMIT 1", (rs, i) -> new PreviousFile(rs.getLong(1), rs.getLong(2)), path, sha256);
        return found.stream().findFirst();
    }

    public record PreviousFile(long fileId, long runId) {
    }

    /** Counts of the copied file, for the progress line and the row accounting. */
    public record Copied(long fileId, int tables, int read, int used, int rejected, int other) {
    }

    /** Copies an earlier run's file into run {@code runId}, as it was read. */
    public Copied copy(PreviousFile previous, long runId, java.time.Instant modified) {
        Map<String, Object> old = jdbc.queryForMap("SELECT * FROM rs_source_file WHERE id = ?", previous.fileId());
        long fileId = insertFile(runId, old, modified);
        List<Map<String, Object>> tables = jdbc.queryForList("SELECT * FROM rs_source_table WHERE file_id = ? ORDER BY id",
                previous.fileId());
        int used = 0;
        for (Map<String, Object> table : tables) {
            long oldTable = ((Number) table.get("id")).longValue();
            long newTable = insertTable(runId, fileId, table);
            for (Map.Entry<String, String> rows : ROW_COLUMNS.entrySet()) {
                used += copyRows(rows.getKey(), rows.getValue(), oldTable, newTable, runId);
            }
            jdbc.update("INSERT INTO rs_rejected_row (run_id, file_id, table_id, sheet, row_num, reason_vi, reason_en, raw)"
                    + " SELECT ?, ?, ?, sheet, row_num, reason_vi, reason_en, raw FROM rs_rejected_row WHERE table_id = ?",
                    runId, fileId, newTable, oldTable);
        }
        jdbc.update("INSERT INTO rs_rejected_row (run_id, file_id, table_id, sheet, row_num, reason_vi, reason_en, raw)"
                + " SELECT ?, ?, NULL, sheet, row_num, reason_vi, reason_en, raw FROM rs_rejected_row"
                + " WHERE file_id = ? AND table_id IS NULL", runId, fileId, previous.fileId());
        jdbc.update("INSERT INTO rs_finding (stage, run_id, code, severity, message_vi, message_en, file, sheet, cell,"
                + " reported, expected, message_key, message_args) SELECT stage, ?, code, severity, message_vi, message_en,"
                + " file, sheet, cell, reported, expected, message_key, message_args"
                + " FROM rs_finding WHERE run_id = ? AND file = ? AND stage = ?", runId, previous.runId(),
                old.get("path"), FindingStore.INGEST);
        Integer rejected = jdbc.queryForObject("SELECT COUNT(*) FROM rs_rejected_row WHERE file_id = ?", Integer.class,
                fileId);
        int read = ((Number) old.get("rows_read")).intValue();
        used = usedRows(fileId);
        int other = read - used - (rejected == null ? 0 : rejected);
        String status = "SUPERSEDED".equals(old.get("status")) ? "READ" : (String) old.get("status");
        jdbc.update("UPDATE rs_source_file SET status = ?, message = ?, rows_used = ?, rows_rejected = ?, rows_other = ?"
                + " WHERE id = ?", status, "unchanged since run " + previous.runId(), used, rejected, other, fileId);
        return new Copied(fileId, tables.size(), read, used, rejected == null ? 0 : rejected, other);
    }

    /** Used rows of a file: data rows, counting a commune × indicator row once, not once per indicator. */
    private int usedRows(long fileId) {
        String tables = "SELECT id FROM rs_source_table WHERE file_id = ?";
        int used = 0;
        for (String t : List.of("rs_poverty_row", "rs_criteria_row", "rs_commune_target", "rs_commune_register")) {
            Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + t + " WHERE table_id IN (" + tables + ")",
                    Integer.class, fileId);
            used += n == null ? 0 : n;
        }
        Integer indicators = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT DISTINCT table_id, row_num"
                + " FROM rs_indicator_value WHERE table_id IN (" + tables + ")) r", Integer.class, fileId);
        return used + (indicators == null ? 0 : indicators);
    }

    private int copyRows(String table, String columns, long oldTable, long newTable, long runId) {
        return jdbc.update("INSERT INTO " + table + " (run_id, table_id, " + columns + ") SELECT ?, ?, " + columns
                + " FROM " + table + " WHERE table_id = ?", runId, newTable, oldTable);
    }

    private long insertFile(long runId, Map<String, Object> old, java.time.Instant modified) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("INSERT INTO rs_source_file (run_id, path, sha256, size_bytes,"
                    + " modified_at, status, message, tables_found, rows_read) VALUES (?,?,?,?,?,?,?,?,?)", new String[] {"id"});
            ps.setLong(1, runId);
            ps.setString(2, (String) old.get("path"));
            ps.setString(3, (String) old.get("sha256"));
            ps.setObject(4, old.get("size_bytes"));
            // The file as it is now: a re-saved copy with the same content is the newer submission.
            ps.setTimestamp(5, modified == null ? null : Timestamp.from(modified));
            ps.setString(6, (String) old.get("status"));
            ps.setString(7, (String) old.get("message"));
            ps.setObject(8, old.get("tables_found"));
            ps.setObject(9, old.get("rows_read"));
            return ps;
        }, key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    private long insertTable(long runId, long fileId, Map<String, Object> t) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("INSERT INTO rs_source_table (run_id, file_id, sheet, dataset,"
                    + " header_first, header_last, unit_name, unit_level, parent_name, parent_level, period, criteria_set,"
                    + " columns_map, status) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,'USED')", new String[] {"id"});
            ps.setLong(1, runId);
            ps.setLong(2, fileId);
            String[] columns = {"sheet", "dataset", "header_first", "header_last", "unit_name", "unit_level",
                    "parent_name", "parent_level", "period", "criteria_set", "columns_map"};
            for (int i = 0; i < columns.length; i++) ps.setObject(3 + i, t.get(columns[i]));
            return ps;
        }, key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }
}
