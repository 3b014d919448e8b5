package vn.ruralstat.criteria;

import static vn.ruralstat.dataset.SqlValues.nullableInt;
import static vn.ruralstat.dataset.SqlValues.truncate;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.ruralstat.dataset.DatasetId;
import vn.ruralstat.dataset.DatasetRows;
import vn.ruralstat.dataset.RowInserter;
import vn.ruralstat.dataset.RowTable;
import vn.ruralstat.dataset.StoredTable;

/** The communes of target lists in {@code rs_commune_target}. */
@Component
public class CommuneTargetRows implements DatasetRows<CommuneTarget, CommuneTarget> {

    private final RowTable table;

    public CommuneTargetRows(JdbcTemplate jdbc, RowInserter inserter) {
        this.table = new RowTable(
                "rs_commune_target",
                List.of("row_num", "commune", "ntm_year", "ntm_text", "advanced_year", "model_year", "note"),
                jdbc,
                inserter);
    }

    @Override
    public DatasetId dataset() {
        return CommuneTargetReader.DATASET;
    }

    @Override
    public Class<CommuneTarget> recordType() {
        return CommuneTarget.class;
    }

    @Override
    public RowTable table() {
        return table;
    }

    @Override
    public List<Object[]> rowsOf(long runId, long tableId, CommuneTarget t, String group) {
        return List.<Object[]>of(new Object[] {
            runId,
            tableId,
            t.row(),
            t.commune(),
            t.ntmYear(),
            truncate(t.ntmText(), 500),
            t.advancedYear(),
            t.modelYear(),
            truncate(t.note(), 2000)
        });
    }

    @Override
    public List<CommuneTarget> read(StoredTable t) {
        return table.read(t.id(), "row_num", (rs, i) -> {
            int row = rs.getInt("row_num");
            return new CommuneTarget(
                    rs.getString("commune"),
                    nullableInt(rs, "ntm_year"),
                    rs.getString("ntm_text"),
                    nullableInt(rs, "advanced_year"),
                    nullableInt(rs, "model_year"),
                    rs.getString("note"),
                    t.source().at(t.cell("name", row)),
                    row,
                    null);
        });
    }
}
