package vn.ruralstat.indicators;

import static vn.ruralstat.dataset.SqlValues.truncate;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.ruralstat.dataset.DatasetId;
import vn.ruralstat.dataset.DatasetRows;
import vn.ruralstat.dataset.RowInserter;
import vn.ruralstat.dataset.RowTable;
import vn.ruralstat.dataset.StoredTable;

/** The communes of commune registers in {@code rs_commune_register}, with their group and parent unit. */
@Component
public class CommuneRegisterRows implements DatasetRows<CommuneRegistration, CommuneRegistration> {

    private final RowTable table;

    public CommuneRegisterRows(JdbcTemplate jdbc, RowInserter inserter) {
        this.table = new RowTable(
                "rs_commune_register", List.of("row_num", "commune", "group_key", "parent", "cell"), jdbc, inserter);
    }

    @Override
    public DatasetId dataset() {
        return CommuneRegisterReader.DATASET;
    }

    @Override
    public Class<CommuneRegistration> recordType() {
        return CommuneRegistration.class;
    }

    @Override
    public RowTable table() {
        return table;
    }

    @Override
    public List<Object[]> rowsOf(long runId, long tableId, CommuneRegistration g, String group) {
        return List.<Object[]>of(new Object[] {
            runId, tableId, g.row(), truncate(g.commune(), 200), g.groupKey(), truncate(g.parent(), 200), g.cell()
        });
    }

    @Override
    public List<CommuneRegistration> read(StoredTable t) {
        return table.read(
                t.id(),
                "row_num, id",
                (rs, i) -> new CommuneRegistration(
                        rs.getString("commune"),
                        rs.getString("group_key"),
                        rs.getString("parent"),
                        rs.getString("cell"),
                        rs.getInt("row_num")));
    }
}
