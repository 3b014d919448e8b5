package vn.ruralstat.poverty;

import static vn.ruralstat.dataset.SqlValues.nullableDouble;
import static vn.ruralstat.dataset.SqlValues.nullableLong;
import static vn.ruralstat.dataset.SqlValues.truncate;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.ruralstat.dataset.DatasetId;
import vn.ruralstat.dataset.DatasetRows;
import vn.ruralstat.dataset.RowInserter;
import vn.ruralstat.dataset.RowTable;
import vn.ruralstat.dataset.StoredTable;

/** The villages of poverty tables in {@code rs_poverty_row}, with the commune heading each stood under. */
@Component
public class PovertyRows implements DatasetRows<VillagePoverty, GroupedVillage> {

    private final RowTable table;
    private final JdbcTemplate jdbc;

    public PovertyRows(JdbcTemplate jdbc, RowInserter inserter) {
        this.jdbc = jdbc;
        this.table = new RowTable(
                "rs_poverty_row",
                List.of(
                        "row_num",
                        "name",
                        "households",
                        "poor",
                        "near_poor",
                        "poor_rate_reported",
                        "near_poor_rate_reported",
                        "planned_poor_rate",
                        "planned_poor",
                        "planned_near_poor_rate",
                        "planned_near_poor",
                        "group_name"),
                jdbc,
                inserter);
    }

    @Override
    public DatasetId dataset() {
        return PovertyTableReader.DATASET;
    }

    @Override
    public Class<VillagePoverty> recordType() {
        return VillagePoverty.class;
    }

    @Override
    public RowTable table() {
        return table;
    }

    @Override
    public List<Object[]> rowsOf(long runId, long tableId, VillagePoverty v, String group) {
        VillagePoverty.PlannedReduction p = v.planned();
        return List.<Object[]>of(new Object[] {
            runId,
            tableId,
            v.row(),
            v.name(),
            v.figures().households(),
            v.figures().poor(),
            v.figures().nearPoor(),
            v.reportedPoorRate(),
            v.reportedNearPoorRate(),
            p.poorRate(),
            p.poorHouseholds(),
            p.nearPoorRate(),
            p.nearPoorHouseholds(),
            truncate(group, 200)
        });
    }

    @Override
    public List<GroupedVillage> read(StoredTable t) {
        return table.read(t.id(), "row_num", (rs, i) -> {
            int row = rs.getInt("row_num");
            return new GroupedVillage(
                    rs.getString("group_name"),
                    new VillagePoverty(
                            rs.getString("name"),
                            new PovertyFigures(rs.getLong("households"), rs.getLong("poor"), rs.getLong("near_poor")),
                            nullableDouble(rs, "poor_rate_reported"),
                            nullableDouble(rs, "near_poor_rate_reported"),
                            new VillagePoverty.PlannedReduction(
                                    nullableDouble(rs, "planned_poor_rate"),
                                    nullableLong(rs, "planned_poor"),
                                    nullableDouble(rs, "planned_near_poor_rate"),
                                    nullableLong(rs, "planned_near_poor")),
                            t.source().at(t.cell("name", row)),
                            row));
        });
    }

    /**
     * A stored row's counts with the unit it belongs to, for comparing periods.
     *
     * @param unitName the unit of its table (the commune of a village table, the parent of a commune table)
     * @param group    the commune heading it stood under in a district table, or null
     */
    public record StoredFigures(
            long runId, String unitName, String period, String group, String name, PovertyFigures figures) {}

    /**
     * The counts of every row of the used tables of the given runs, newest run first, in one query:
     * the previous periods of a run's villages.
     */
    public List<StoredFigures> ofRuns(java.util.Collection<Long> runIds) {
        if (runIds.isEmpty()) return List.of();
        String marks = String.join(",", java.util.Collections.nCopies(runIds.size(), "?"));
        List<Object> arguments = new java.util.ArrayList<>();
        arguments.add(PovertyTableReader.DATASET.name());
        arguments.addAll(runIds);
        return jdbc.query(
                "SELECT t.run_id, t.unit_name, t.period, r.group_name, r.name, r.households, r.poor, r.near_poor"
                        + " FROM rs_poverty_row r JOIN rs_source_table t ON t.id = r.table_id"
                        + " WHERE t.status = 'USED' AND t.dataset = ? AND t.period IS NOT NULL"
                        + " AND t.run_id IN (" + marks + ") ORDER BY t.run_id DESC",
                (rs, i) -> new StoredFigures(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        new PovertyFigures(rs.getLong(6), rs.getLong(7), rs.getLong(8))),
                arguments.toArray());
    }
}
