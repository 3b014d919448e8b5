package vn.ruralstat.consolidate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.ruralstat.dataset.StoredTable;
import vn.ruralstat.period.Period;
import vn.ruralstat.poverty.GroupedVillage;
import vn.ruralstat.poverty.PovertyRows;
import vn.ruralstat.poverty.PreviousFigures;
import vn.ruralstat.sheet.UnitNames;
import vn.ruralstat.store.JobRuns;

/**
 * The previous stored period of every row of a run: each village (or commune row) is keyed by
 * its unit and its name, and its stored years kept in order, from one query over the run and the
 * completed runs before it that add a table ({@link #runsToRead}; the newest run's figures of a
 * year win). A row's previous period is
 * the latest single year before its own. Built once per run; each lookup is a map access.
 */
final class PreviousPeriods {

    /** A row's unit (its commune, or for a commune row its parent) and its own name, as name keys. */
    private record RowKey(String unit, String name) {}

    private final Map<RowKey, TreeMap<Integer, PreviousFigures.Previous>> byRow = new HashMap<>();

    PreviousPeriods(List<PovertyRows.StoredFigures> stored) {
        for (PovertyRows.StoredFigures s : stored) {
            Integer year = year(s.period());
            if (year == null || s.unitName() == null) continue;
            RowKey key = new RowKey(unitKey(s.unitName(), s.group()), UnitNames.key(s.name()));
            // Newest run first: the first figures met for a year are the ones kept.
            byRow.computeIfAbsent(key, k -> new TreeMap<>())
                    .putIfAbsent(year, new PreviousFigures.Previous(s.period(), s.figures()));
        }
    }

    /**
     * The runs whose rows hold the stored periods: run {@code runId} itself, and each completed run
     * before it that holds a table (dataset, unit, period) no newer one holds. A nightly run carries
     * every unchanged file forward, so usually only the newest completed run is added.
     */
    static List<Long> runsToRead(long runId, Map<Long, java.util.Set<JobRuns.Coverage>> completedNewestFirst) {
        List<Long> runs = new java.util.ArrayList<>(List.of(runId));
        java.util.Set<JobRuns.Coverage> seen = new java.util.HashSet<>();
        completedNewestFirst.forEach((run, coverage) -> {
            if (run >= runId || seen.containsAll(coverage)) return;
            seen.addAll(coverage);
            runs.add(run);
        });
        return runs;
    }

    /** The lookup for the rows of one table of the run. */
    PreviousFigures of(StoredTable table, List<GroupedVillage> rows) {
        Integer year = year(table.period());
        if (year == null || table.unitName() == null) return v -> null;
        Map<Object, String> units = new java.util.IdentityHashMap<>();
        rows.forEach(r -> units.put(r.village(), unitKey(table.unitName(), r.group())));
        return v -> {
            String unit = units.get(v);
            TreeMap<Integer, PreviousFigures.Previous> years =
                    unit == null ? null : byRow.get(new RowKey(unit, UnitNames.key(v.name())));
            if (years == null) return null;
            Map.Entry<Integer, PreviousFigures.Previous> before = years.lowerEntry(year);
            return before == null ? null : before.getValue();
        };
    }

    private static String unitKey(String unitName, String group) {
        return UnitNames.key(group == null ? unitName : RunModelLoader.communeOfHeading(group));
    }

    /** The year of a single-year period; null for a multi-year period or an unreadable one. */
    private static Integer year(String period) {
        Period p = Period.parse(period);
        return p != null && p.isYear() ? p.first() : null;
    }
}
