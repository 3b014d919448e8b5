package vn.ruralstat.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.consolidate.ConsolidationService;

/**
 * All stored years at once: the completed runs, newest first, that hold a table (dataset, unit,
 * period) no newer run holds. A nightly run carries every unchanged file forward, so usually the
 * newest run alone is read; folders consolidated separately (one per year, one per district) add
 * theirs.
 */
@Component
public class StoredHistory {

    private final JdbcTemplate jdbc;
    private final ConsolidationService consolidation;

    public StoredHistory(JdbcTemplate jdbc, ConsolidationService consolidation) {
        this.jdbc = jdbc;
        this.consolidation = consolidation;
    }

    public List<Consolidation> newestFirst() {
        Map<Long, Set<String>> tablesByRun = new LinkedHashMap<>();
        jdbc.query("SELECT t.run_id, t.dataset, t.unit_level, t.unit_name, t.period FROM rs_source_table t"
                + " JOIN batch_job_execution e ON e.job_execution_id = t.run_id"
                + " WHERE e.status = 'COMPLETED' AND t.status = 'USED' ORDER BY t.run_id DESC", rs -> {
                    tablesByRun.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2) + "|"
                            + rs.getString(3) + "|" + rs.getString(4) + "|" + rs.getString(5));
                });
        Set<String> seen = new HashSet<>();
        List<Consolidation> runs = new ArrayList<>();
        for (Map.Entry<Long, Set<String>> run : tablesByRun.entrySet()) {
            if (seen.containsAll(run.getValue())) continue;
            seen.addAll(run.getValue());
            runs.add(consolidation.build(run.getKey()));
        }
        return runs;
    }
}
