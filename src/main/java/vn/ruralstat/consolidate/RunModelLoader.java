package vn.ruralstat.consolidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ruralstat.criteria.CommuneCriteria;
import vn.ruralstat.criteria.CommuneTarget;
import vn.ruralstat.criteria.CriteriaSet;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.ingest.Dataset;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.VillagePoverty;
import vn.ruralstat.sheet.TitleContext;
import vn.ruralstat.sheet.UnitMention;
import vn.ruralstat.sheet.UnitNames;
import vn.ruralstat.store.RunDataStore;
import vn.ruralstat.store.StoredTable;

/**
 * Builds the run's tables back from the database. A criteria matrix takes the targets of the
 * latest commune target list submitted for the same parent unit. Tables of one unit and period
 * (a table split over several sheets) are put together; a village or commune that appears on
 * two of them is counted once, from the first.
 */
@Component
class RunModelLoader {

    private final RunDataStore store;

    RunModelLoader(RunDataStore store) {
        this.store = store;
    }

    RunModel load(long runId) {
        List<StoredTable> tables = store.tables(runId).stream().filter(t -> "USED".equals(t.status())).toList();
        List<Finding> merging = new ArrayList<>();
        List<RunModel.PovertyTable> povertyTables = new ArrayList<>();
        Map<String, CommuneBuilder> communes = new LinkedHashMap<>();
        for (StoredTable t : tables) {
            if (t.dataset() != Dataset.VILLAGE_POVERTY) continue;
            List<RunDataStore.GroupedVillage> rows = store.povertyRows(t);
            povertyTables.add(new RunModel.PovertyTable(t, rows.stream().map(RunDataStore.GroupedVillage::village).toList(),
                    store.reported(t)));
            for (RunDataStore.GroupedVillage row : rows) {
                String commune = row.group() == null ? t.unitOrFile() : communeOfHeading(row.group());
                String parent = row.group() == null ? t.parentName() : t.unitName();
                communes.computeIfAbsent(UnitNames.key(commune) + "|" + t.period(),
                        k -> new CommuneBuilder(commune, parent, t)).add(row.village(), merging);
            }
        }
        Map<String, Map<String, CommuneTarget>> targetsByUnit = targets(tables);
        List<RunModel.CriteriaTable> criteriaTables = new ArrayList<>();
        Map<String, DistrictBuilder> districts = new LinkedHashMap<>();
        for (StoredTable t : tables) {
            if (t.dataset() != Dataset.CRITERIA_MATRIX) continue;
            CriteriaSet set = CriteriaSet.NTM_2021_2025;
            Map<String, CommuneTarget> targets = targetsByUnit.getOrDefault(unitKey(t), Map.of());
            DistrictCriteria data = new DistrictCriteria(t.unitOrFile(), t.period(), set, store.criteriaRows(t, set.size()),
                    targets, t.source());
            criteriaTables.add(new RunModel.CriteriaTable(t, data, store.reported(t)));
            districts.computeIfAbsent(unitKey(t) + "|" + t.period(), k -> new DistrictBuilder(data)).add(data, merging);
        }
        List<CommunePoverty> built = communes.values().stream().map(CommuneBuilder::build).toList();
        IndicatorModel.Result indicators = IndicatorModel.build(store, tables, built);
        merging.addAll(indicators.findings());
        return new RunModel(povertyTables, built, criteriaTables,
                districts.values().stream().map(DistrictBuilder::build).toList(), indicators.evaluations(), merging);
    }

    /** "Xã Ngân Sơn" → "Ngân Sơn"; a heading that names no unit is kept as written. */
    private static String communeOfHeading(String heading) {
        List<UnitMention> units = TitleContext.units(heading);
        return units.isEmpty() ? heading : units.get(0).name();
    }

    private Map<String, Map<String, CommuneTarget>> targets(List<StoredTable> tables) {
        Map<String, Map<String, CommuneTarget>> byUnit = new HashMap<>();
        tables.stream().filter(t -> t.dataset() == Dataset.COMMUNE_TARGETS)
                .sorted(Comparator.comparing(StoredTable::fileModified, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(StoredTable::file))
                .forEach(t -> {
                    Map<String, CommuneTarget> byCommune = byUnit.computeIfAbsent(unitKey(t), k -> new HashMap<>());
                    store.targets(t).forEach(target -> byCommune.put(UnitNames.key(target.commune()), target));
                });
        return byUnit;
    }

    private static String unitKey(StoredTable t) {
        return t.unitName() == null ? "?" + t.file() : UnitNames.key(t.unitName());
    }

    private static Finding twice(String unit, SourceRef first, SourceRef second) {
        return Finding.of(FindingCode.DUPLICATE_UNIT, second,
                "\"" + unit + "\" có ở hai nơi của cùng một biểu (" + first.describe() + " và " + second.describe()
                        + "); chỉ tính một lần, theo " + first.describe() + ".",
                "\"" + unit + "\" appears in two places of one table (" + first.describe() + " and " + second.describe()
                        + "); counted once, from " + first.describe() + ".");
    }

    private static final class CommuneBuilder {
        private final String commune;
        private final String parent;
        private final StoredTable first;
        private final Map<String, VillagePoverty> villages = new LinkedHashMap<>();

        CommuneBuilder(String commune, String parent, StoredTable first) {
            this.commune = commune;
            this.parent = parent;
            this.first = first;
        }

        void add(VillagePoverty village, List<Finding> merging) {
            VillagePoverty earlier = villages.putIfAbsent(UnitNames.key(village.name()), village);
            if (earlier != null && earlier != village) merging.add(twice(village.name(), earlier.source(),
                    village.source()));
        }

        CommunePoverty build() {
            return new CommunePoverty(commune, parent, first.period(), List.copyOf(villages.values()), first.source());
        }
    }

    private static final class DistrictBuilder {
        private final DistrictCriteria first;
        private final Map<String, CommuneCriteria> communes = new LinkedHashMap<>();

        DistrictBuilder(DistrictCriteria first) {
            this.first = first;
        }

        void add(DistrictCriteria table, List<Finding> merging) {
            for (CommuneCriteria c : table.communes()) {
                CommuneCriteria earlier = communes.putIfAbsent(UnitNames.key(c.commune()), c);
                if (earlier != null) merging.add(twice(c.commune(), earlier.source(), c.source()));
            }
        }

        DistrictCriteria build() {
            return new DistrictCriteria(first.unit(), first.period(), first.set(), List.copyOf(communes.values()),
                    first.targets(), first.source());
        }
    }
}
