package vn.ruralstat.consolidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ruralstat.criteria.CommuneTarget;
import vn.ruralstat.criteria.CriteriaSet;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.ingest.Dataset;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.sheet.UnitNames;
import vn.ruralstat.store.RunDataStore;
import vn.ruralstat.store.StoredTable;

/**
 * Builds the run's tables back from the database. A criteria matrix takes the targets of the
 * latest commune target list submitted for the same parent unit.
 */
@Component
class RunModelLoader {

    private final RunDataStore store;

    RunModelLoader(RunDataStore store) {
        this.store = store;
    }

    RunModel load(long runId) {
        List<StoredTable> tables = store.tables(runId).stream().filter(t -> "USED".equals(t.status())).toList();
        List<RunModel.Poverty> poverty = new ArrayList<>();
        List<RunModel.Criteria> criteria = new ArrayList<>();
        Map<String, Map<String, CommuneTarget>> targetsByUnit = new HashMap<>();
        tables.stream().filter(t -> t.dataset() == Dataset.COMMUNE_TARGETS)
                .sorted(Comparator.comparing(StoredTable::fileModified, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(StoredTable::file))
                .forEach(t -> {
                    Map<String, CommuneTarget> byCommune = new HashMap<>();
                    store.targets(t).forEach(target -> byCommune.put(UnitNames.key(target.commune()), target));
                    targetsByUnit.put(unitKey(t), byCommune);
                });
        for (StoredTable t : tables) {
            if (t.dataset() == Dataset.VILLAGE_POVERTY) {
                CommunePoverty data = new CommunePoverty(t.unitOrFile(), t.parentName(), t.period(), store.povertyRows(t),
                        t.source());
                poverty.add(new RunModel.Poverty(t, data, store.reported(t)));
            } else if (t.dataset() == Dataset.CRITERIA_MATRIX) {
                CriteriaSet set = CriteriaSet.NTM_2021_2025;
                DistrictCriteria data = new DistrictCriteria(t.unitOrFile(), t.period(), set,
                        store.criteriaRows(t, set.size()), targetsByUnit.getOrDefault(unitKey(t), Map.of()), t.source());
                criteria.add(new RunModel.Criteria(t, data, store.reported(t)));
            }
        }
        return new RunModel(poverty, criteria);
    }

    private static String unitKey(StoredTable t) {
        return t.unitName() == null ? "?" + t.file() : UnitNames.key(t.unitName());
    }
}
