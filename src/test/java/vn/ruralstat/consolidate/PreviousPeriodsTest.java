package vn.ruralstat.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ruralstat.store.JobRuns;

class PreviousPeriodsTest {

    private static JobRuns.Coverage table(String unit, String period) {
        return new JobRuns.Coverage("VILLAGE_POVERTY", "xã", unit, period);
    }

    @Test
    void readsTheRunAndEachEarlierRunThatAddsATable() {
        // Newest first: run 9 is this run's own future (ignored), run 7 carried both years forward, run 5 holds
        // nothing run 7 lacks, run 3 holds An Bình 2023, which no newer run holds.
        Map<Long, Set<JobRuns.Coverage>> completed = new LinkedHashMap<>();
        completed.put(9L, Set.of(table("Phúc Sen", "2026")));
        completed.put(7L, Set.of(table("Phúc Sen", "2024"), table("Phúc Sen", "2025")));
        completed.put(5L, Set.of(table("Phúc Sen", "2024")));
        completed.put(3L, Set.of(table("An Bình", "2023")));

        assertThat(PreviousPeriods.runsToRead(8, completed)).containsExactly(8L, 7L, 3L);
    }
}
