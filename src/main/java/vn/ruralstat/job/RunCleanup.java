package vn.ruralstat.job;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Removes or moves a run's rows in every ruralstat table, children before parents. */
final class RunCleanup {

    /** Every table with a run_id, in an order that respects the foreign keys when deleting. */
    static final List<String> TABLES = List.of("rs_poverty_row", "rs_criteria_row", "rs_commune_target",
            "rs_reported_value", "rs_indicator_value", "rs_commune_register", "rs_rejected_row", "rs_finding",
            "rs_unit_figure", "rs_source_table", "rs_source_file");

    private RunCleanup() {
    }

    static void delete(JdbcTemplate jdbc, long runId) {
        for (String table : TABLES) jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", runId);
    }

    /** A restarted run adopts the rows its earlier, failed executions stored. */
    static int adopt(JdbcTemplate jdbc, long fromRun, long toRun) {
        int moved = 0;
        for (String table : TABLES) moved += jdbc.update("UPDATE " + table + " SET run_id = ? WHERE run_id = ?", toRun, fromRun);
        return moved;
    }
}
