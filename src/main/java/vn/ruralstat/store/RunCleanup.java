package vn.ruralstat.store;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.ruralstat.dataset.DatasetId;
import vn.ruralstat.dataset.RowTable;

/** Removes or moves a run's rows in every ruralstat table, children before parents. */
@Component
public class RunCleanup {

    /** The ledger's tables with a run_id, after the dataset rows, in an order that respects the foreign keys. */
    private static final List<String> LEDGER_TABLES = List.of(
            "rs_run_input", "rs_reported_value", "rs_rejected_row", "rs_finding", "rs_source_table", "rs_source_file");

    private final JdbcTemplate jdbc;
    private final DatasetRowsRegistry datasets;

    public RunCleanup(JdbcTemplate jdbc, DatasetRowsRegistry datasets) {
        this.jdbc = jdbc;
        this.datasets = datasets;
    }

    public void delete(long runId) {
        for (RowTable t : datasets.tables()) t.deleteRun(runId);
        for (String table : LEDGER_TABLES) jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", runId);
    }

    /** A restarted run adopts the rows its earlier, failed executions stored; returns the rows moved. */
    public int adopt(long fromRun, long toRun) {
        int moved = 0;
        for (RowTable t : datasets.tables()) moved += t.adoptRun(fromRun, toRun);
        for (String table : LEDGER_TABLES) {
            int rows = jdbc.update("UPDATE " + table + " SET run_id = ? WHERE run_id = ?", toRun, fromRun);
            if (!table.equals("rs_run_input")) moved += rows; // the list is not rows read
        }
        return moved;
    }

    /**
     * Undoes what the check and later steps stored, so that a restarted run can check again what
     * its files hold now: their findings are removed, and tables superseded by deduplication count
     * again (the superseding table may belong to a file dropped since). A no-op for a new run.
     */
    public void undoChecks(long runId) {
        jdbc.update(
                "DELETE FROM rs_finding WHERE run_id = ? AND stage IN (?, ?)",
                runId,
                FindingStore.CHECK,
                FindingStore.ANNOTATE);
        for (Map<String, Object> t : jdbc.queryForList(
                "SELECT id, file_id, dataset FROM rs_source_table WHERE run_id = ? AND status = 'SUPERSEDED'", runId)) {
            int rows = datasets.of(new DatasetId((String) t.get("dataset"))).count(((Number) t.get("id")).longValue());
            jdbc.update(
                    "UPDATE rs_source_file SET rows_used = rows_used + ?, rows_rejected = rows_rejected - ? WHERE id = ?",
                    rows,
                    rows,
                    t.get("file_id"));
        }
        jdbc.update(
                "UPDATE rs_source_table SET status = 'USED', superseded_by = NULL WHERE run_id = ? AND status = 'SUPERSEDED'",
                runId);
        jdbc.update(
                "UPDATE rs_source_file SET status = 'READ', message = NULL WHERE run_id = ? AND status = 'SUPERSEDED'",
                runId);
    }
}
