package vn.ruralstat.store;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import vn.ruralstat.dataset.DatasetId;
import vn.ruralstat.dataset.DatasetRows;
import vn.ruralstat.dataset.RowCounts;
import vn.ruralstat.dataset.SourceLedger.PreviousFile;

/**
 * An incremental run reads only new or changed files: a file whose path and content (SHA-256)
 * match a file of an earlier completed run is not read again; what that run stored of it — its
 * tables, rows, rejected rows and reading findings — is copied into the new run, as it was read
 * (before any deduplication of that run). Copying in SQL is much cheaper than reading a workbook.
 */
@Component
class CarryForward {

    /** Columns of the reported values besides id, run_id and table_id. */
    private static final String REPORTED_COLUMNS = "kind, field, val, decimals, cell, label, covered_from, covered_to";

    private final JdbcTemplate jdbc;
    private final DatasetRowsRegistry datasets;

    CarryForward(JdbcTemplate jdbc, DatasetRowsRegistry datasets) {
        this.jdbc = jdbc;
        this.datasets = datasets;
    }

    /** Copies an earlier run's file into run {@code runId}, as it was read; returns its counts. */
    RowCounts copy(PreviousFile previous, long runId, java.time.Instant modified) {
        Map<String, Object> old = jdbc.queryForMap("SELECT * FROM rs_source_file WHERE id = ?", previous.fileId());
        long fileId = insertFile(runId, old, modified);
        List<Map<String, Object>> tables =
                jdbc.queryForList("SELECT * FROM rs_source_table WHERE file_id = ? ORDER BY id", previous.fileId());
        for (Map<String, Object> table : tables) {
            long oldTable = ((Number) table.get("id")).longValue();
            long newTable = insertTable(runId, fileId, table);
            DatasetRows<?, ?> rows = datasets.of(new DatasetId((String) table.get("dataset")));
            rows.table().copy(oldTable, newTable, runId);
            copyReported(oldTable, newTable, runId);
            jdbc.update(
                    "INSERT INTO rs_rejected_row (run_id, file_id, table_id, sheet, row_num, reason_vi, reason_en, raw)"
                            + " SELECT ?, ?, ?, sheet, row_num, reason_vi, reason_en, raw FROM rs_rejected_row WHERE table_id = ?",
                    runId,
                    fileId,
                    newTable,
                    oldTable);
        }
        jdbc.update(
                "INSERT INTO rs_rejected_row (run_id, file_id, table_id, sheet, row_num, reason_vi, reason_en, raw)"
                        + " SELECT ?, ?, NULL, sheet, row_num, reason_vi, reason_en, raw FROM rs_rejected_row"
                        + " WHERE file_id = ? AND table_id IS NULL",
                runId,
                fileId,
                previous.fileId());
        jdbc.update(
                "INSERT INTO rs_finding (stage, run_id, code, severity, message_vi, message_en, file, sheet, cell,"
                        + " reported, expected, message_key, message_args) SELECT stage, ?, code, severity, message_vi, message_en,"
                        + " file, sheet, cell, reported, expected, message_key, message_args"
                        + " FROM rs_finding WHERE run_id = ? AND file = ? AND stage = ?",
                runId,
                previous.runId(),
                old.get("path"),
                FindingStore.INGEST);
        Integer rejected =
                jdbc.queryForObject("SELECT COUNT(*) FROM rs_rejected_row WHERE file_id = ?", Integer.class, fileId);
        int read = ((Number) old.get("rows_read")).intValue();
        int used = usedRows(fileId);
        int other = read - used - (rejected == null ? 0 : rejected);
        String status = "SUPERSEDED".equals(old.get("status")) ? "READ" : (String) old.get("status");
        jdbc.update(
                "UPDATE rs_source_file SET status = ?, message = ?, rows_used = ?, rows_rejected = ?, rows_other = ?"
                        + " WHERE id = ?",
                status,
                "unchanged since run " + previous.runId(),
                used,
                rejected,
                other,
                fileId);
        return RowCounts.carried(previous.runId(), tables.size(), read, used, rejected == null ? 0 : rejected, other);
    }

    /** Used rows of a file: its tables' rows as each dataset counts them (a commune × indicator row once). */
    private int usedRows(long fileId) {
        int used = 0;
        for (Map<String, Object> t :
                jdbc.queryForList("SELECT id, dataset FROM rs_source_table WHERE file_id = ?", fileId)) {
            used += datasets.of(new DatasetId((String) t.get("dataset"))).count(((Number) t.get("id")).longValue());
        }
        return used;
    }

    private void copyReported(long oldTable, long newTable, long runId) {
        jdbc.update(
                "INSERT INTO rs_reported_value (run_id, table_id, " + REPORTED_COLUMNS + ") SELECT ?, ?, "
                        + REPORTED_COLUMNS + " FROM rs_reported_value WHERE table_id = ?",
                runId,
                newTable,
                oldTable);
    }

    private long insertFile(long runId, Map<String, Object> old, java.time.Instant modified) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    PreparedStatement ps = con.prepareStatement(
                            "INSERT INTO rs_source_file (run_id, path, sha256, size_bytes,"
                                    + " modified_at, status, message, tables_found, rows_read) VALUES (?,?,?,?,?,?,?,?,?)",
                            new String[] {"id"});
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
                },
                key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    private long insertTable(long runId, long fileId, Map<String, Object> t) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    PreparedStatement ps = con.prepareStatement(
                            "INSERT INTO rs_source_table (run_id, file_id, sheet, dataset,"
                                    + " header_first, header_last, unit_name, unit_level, parent_name, parent_level, period, criteria_set,"
                                    + " columns_map, unit_code, parent_code, status) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'USED')",
                            new String[] {"id"});
                    ps.setLong(1, runId);
                    ps.setLong(2, fileId);
                    String[] columns = {
                        "sheet",
                        "dataset",
                        "header_first",
                        "header_last",
                        "unit_name",
                        "unit_level",
                        "parent_name",
                        "parent_level",
                        "period",
                        "criteria_set",
                        "columns_map",
                        "unit_code",
                        "parent_code"
                    };
                    for (int i = 0; i < columns.length; i++) ps.setObject(3 + i, t.get(columns[i]));
                    return ps;
                },
                key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }
}
