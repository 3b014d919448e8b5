package vn.ruralstat.store;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.ruralstat.dataset.RowTable;

/** Removes or moves a run's rows in every ruralstat table, children before parents. */
@Component
public class RunCleanup {

    /** The ledger's tables with a run_id, after the dataset rows, in an order that respects the foreign keys. */
    private static final List<String> LEDGER_TABLES =
            List.of("rs_reported_value", "rs_rejected_row", "rs_finding", "rs_source_table", "rs_source_file");

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
            moved += jdbc.update("UPDATE " + table + " SET run_id = ? WHERE run_id = ?", toRun, fromRun);
        }
        return moved;
    }
}
