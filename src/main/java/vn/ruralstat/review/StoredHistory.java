package vn.ruralstat.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.store.JobRuns;

/**
 * All stored years at once: the completed runs, newest first, that hold a table (dataset, unit,
 * period) no newer run holds. A nightly run carries every unchanged file forward, so usually the
 * newest run alone is read; folders consolidated separately (one per year, one per district) add
 * theirs.
 */
@Component
public class StoredHistory {

    private final JobRuns jobRuns;
    private final ConsolidationService consolidation;

    public StoredHistory(JobRuns jobRuns, ConsolidationService consolidation) {
        this.jobRuns = jobRuns;
        this.consolidation = consolidation;
    }

    public List<Consolidation> newestFirst() {
        Map<Long, Set<JobRuns.Coverage>> tablesByRun = jobRuns.coverageOfCompletedRuns();
        Set<JobRuns.Coverage> seen = new HashSet<>();
        List<Consolidation> runs = new ArrayList<>();
        for (Map.Entry<Long, Set<JobRuns.Coverage>> run : tablesByRun.entrySet()) {
            if (seen.containsAll(run.getValue())) continue;
            seen.addAll(run.getValue());
            runs.add(consolidation.build(run.getKey()));
        }
        return runs;
    }
}
