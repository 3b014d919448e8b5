package vn.ruralstat.consolidate;

import java.util.List;
import java.util.Map;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.dataset.ReportedValue;
import vn.ruralstat.dataset.StoredTable;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.indicators.CommuneEvaluation;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.GroupedVillage;
import vn.ruralstat.poverty.VillagePoverty;

/**
 * The tables of a run that count (not superseded): each table as stored, for the checks of its
 * own figures, and the units they add up to, for the report (a table split over several sheets
 * is one unit; a district table with commune headings is several).
 *
 * @param parentLevels the level of each parent unit ("huyện", "tỉnh") by name key, as the titles named it
 * @param evaluations communes' indicators evaluated under the rulebook of their period
 * @param merging     findings raised while putting tables together (a village on two sheets) and
 *                    while evaluating indicators
 */
record RunModel(
        List<PovertyTable> povertyTables,
        List<CommunePoverty> communes,
        Map<String, String> parentLevels,
        List<CriteriaTable> criteriaTables,
        List<DistrictCriteria> districts,
        List<CommuneEvaluation> evaluations,
        List<Finding> merging) {

    /**
     * @param rows            the villages with the commune heading each stood under (null without headings)
     * @param rowsAreCommunes whether the rows are communes of a district's or province's table
     */
    record PovertyTable(
            StoredTable table, List<GroupedVillage> rows, List<ReportedValue> reported, boolean rowsAreCommunes) {

        List<VillagePoverty> villages() {
            return rows.stream().map(GroupedVillage::village).toList();
        }
    }

    record CriteriaTable(StoredTable table, DistrictCriteria data, List<ReportedValue> reported) {}
}
