package vn.ruralstat.criteria;

import static vn.ruralstat.dataset.SqlValues.nullableInt;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.ruralstat.dataset.DatasetId;
import vn.ruralstat.dataset.DatasetRows;
import vn.ruralstat.dataset.RowInserter;
import vn.ruralstat.dataset.RowTable;
import vn.ruralstat.dataset.StoredTable;

/**
 * The communes of criteria matrices in {@code rs_criteria_row}: the cells as typed, '|' separated,
 * criterion 1 first, with the commune's group when the matrix gives one. They read back with as many statuses as were stored; the run model fits them
 * to the criteria of the table's set.
 */
@Component
public class CriteriaRows implements DatasetRows<CommuneCriteria, CommuneCriteria> {

    private final RowTable table;

    public CriteriaRows(JdbcTemplate jdbc, RowInserter inserter) {
        this.table = new RowTable(
                "rs_criteria_row",
                List.of("row_num", "commune", "reported_met", "met", "statuses", "commune_group"),
                jdbc,
                inserter);
    }

    @Override
    public DatasetId dataset() {
        return CriteriaMatrixReader.DATASET;
    }

    @Override
    public Class<CommuneCriteria> recordType() {
        return CommuneCriteria.class;
    }

    @Override
    public RowTable table() {
        return table;
    }

    @Override
    public List<Object[]> rowsOf(long runId, long tableId, CommuneCriteria c, String group) {
        String statuses =
                c.statuses().stream().map(s -> s.raw().replace('|', '/')).collect(Collectors.joining("|"));
        return List.<Object[]>of(
                new Object[] {runId, tableId, c.row(), c.commune(), c.reportedMet(), c.metCount(), statuses, c.group()
                });
    }

    @Override
    public List<CommuneCriteria> read(StoredTable t) {
        return table.read(t.id(), "row_num", (rs, i) -> {
            int row = rs.getInt("row_num");
            List<CriterionStatus> statuses = Arrays.stream(
                            rs.getString("statuses").split("\\|", -1))
                    .map(CriterionCellParser::parse)
                    .toList();
            return new CommuneCriteria(
                    rs.getString("commune"),
                    nullableInt(rs, "reported_met"),
                    statuses,
                    t.source().at(t.cell("name", row)),
                    row,
                    nullableInt(rs, "commune_group"),
                    null);
        });
    }
}
