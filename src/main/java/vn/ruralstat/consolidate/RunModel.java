package vn.ruralstat.consolidate;

import java.util.List;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.ingest.ReportedValue;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.store.StoredTable;

/** The tables of a run that count (not superseded), as domain objects beside their stored form. */
record RunModel(List<Poverty> poverty, List<Criteria> criteria) {

    record Poverty(StoredTable table, CommunePoverty data, List<ReportedValue> reported) {
    }

    record Criteria(StoredTable table, DistrictCriteria data, List<ReportedValue> reported) {
    }
}
