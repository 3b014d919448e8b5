package vn.ruralstat.indicators;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.ruralstat.dataset.DatasetId;
import vn.ruralstat.dataset.DatasetRows;
import vn.ruralstat.dataset.RowInserter;
import vn.ruralstat.dataset.RowTable;
import vn.ruralstat.dataset.StoredTable;

/** The rows of commune × indicator matrices: one row per indicator of the commune in {@code rs_indicator_value}. */
@Component
public class IndicatorMatrixRows implements DatasetRows<CommuneIndicatorRow, IndicatorEntry> {

    private final RowTable table;

    public IndicatorMatrixRows(JdbcTemplate jdbc, RowInserter inserter) {
        this.table = IndicatorValues.table(jdbc, inserter);
    }

    @Override
    public DatasetId dataset() {
        return IndicatorMatrixReader.DATASET;
    }

    @Override
    public Class<CommuneIndicatorRow> recordType() {
        return CommuneIndicatorRow.class;
    }

    @Override
    public RowTable table() {
        return table;
    }

    @Override
    public List<Object[]> rowsOf(long runId, long tableId, CommuneIndicatorRow r, String group) {
        return r.entries().stream()
                .map(e -> IndicatorValues.row(runId, tableId, r.commune(), e))
                .toList();
    }

    @Override
    public List<IndicatorEntry> read(StoredTable t) {
        return IndicatorValues.read(table, t.id());
    }

    /** A matrix row is stored as one value per indicator: count rows, not values. */
    @Override
    public int count(long tableId) {
        return table.countSpreadsheetRows(tableId);
    }
}
