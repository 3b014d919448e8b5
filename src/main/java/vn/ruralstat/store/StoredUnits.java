package vn.ruralstat.store;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The units the completed runs stored figures for: each used table's unit, its parent, period and
 * dataset, once however many runs read it again. Grouped in SQL, where the tables are.
 */
@Component
public class StoredUnits {

    private final JdbcTemplate jdbc;

    public StoredUnits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One stored combination of unit, period and dataset.
     *
     * @param lastRun the newest completed run that holds it
     */
    public record StoredUnit(
            String level,
            String name,
            String code,
            String parentLevel,
            String parentName,
            String parentCode,
            String period,
            String dataset,
            long lastRun) {}

    /** Every unit of the used tables of completed runs, by unit name, level and period. */
    public List<StoredUnit> all() {
        return jdbc.query(
                "SELECT t.unit_level, t.unit_name, t.unit_code, t.parent_level, t.parent_name, t.parent_code,"
                        + " t.period, t.dataset, MAX(t.run_id) AS last_run FROM rs_source_table t"
                        + " JOIN batch_job_execution e ON e.job_execution_id = t.run_id"
                        + " WHERE e.status = 'COMPLETED' AND t.status = 'USED' AND t.unit_name IS NOT NULL"
                        + " GROUP BY t.unit_level, t.unit_name, t.unit_code, t.parent_level, t.parent_name,"
                        + " t.parent_code, t.period, t.dataset"
                        + " ORDER BY t.unit_name, t.unit_level, t.period, t.dataset",
                (rs, i) -> new StoredUnit(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getLong(9)));
    }
}
