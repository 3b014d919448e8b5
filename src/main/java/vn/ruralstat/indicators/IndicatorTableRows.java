package vn.ruralstat.indicators;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.ruralstat.dataset.DatasetId;
import vn.ruralstat.dataset.DatasetRows;
import vn.ruralstat.dataset.RowInserter;
import vn.ruralstat.dataset.RowTable;
import vn.ruralstat.dataset.StoredTable;

/** The indicators of one-commune tables, one row each in {@code rs_indicator_value}. */
@Component
public class IndicatorTableRows implements DatasetRows<IndicatorEntry, IndicatorEntry> {

    private final RowTable table;

    public IndicatorTableRows(JdbcTemplate jdbc, RowInserter inserter) {
        this.table = IndicatorValues.table(jdbc, inserter);
    }

    @Override
    public DatasetId dataset() {
        return IndicatorTableReader.DATASET;
    }

    @Override
    public Class<IndicatorEntry> recordType() {
        return IndicatorEntry.class;
    }

    @Override
    public RowTable table() {
        return table;
    }

    @Override
    public List<Object[]> rowsOf(long runId, long tableId, IndicatorEntry e, String group) {
        return List.<Object[]>of(IndicatorValues.row(runId, tableId, e.commune(), e));
    }

    @Override
    public List<IndicatorEntry> read(StoredTable t) {
        return IndicatorValues.read(table, t.id());
    }
}
