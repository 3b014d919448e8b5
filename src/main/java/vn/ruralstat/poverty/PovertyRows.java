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

    public PovertyRows(JdbcTemplate jdbc, RowInserter inserter) {
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
}
