package vn.ruralstat.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ruralstat.dataset.DatasetId;
import vn.ruralstat.dataset.DatasetReader;
import vn.ruralstat.dataset.DatasetRows;
import vn.ruralstat.dataset.RowTable;

/** Every dataset's rows, as the dataset packages registered them (their {@link DatasetRows} beans). */
@Component
public class DatasetRowsRegistry {

    private final Map<DatasetId, DatasetRows<?, ?>> byDataset = new LinkedHashMap<>();
    private final Map<String, RowTable> tables = new LinkedHashMap<>();

    /** @param readers the datasets the scanner recognises: each must have its rows, or a run would fail mid-file */
    public DatasetRowsRegistry(List<DatasetRows<?, ?>> rows, List<DatasetReader> readers) {
        for (DatasetRows<?, ?> r : rows) {
            DatasetRows<?, ?> earlier = byDataset.putIfAbsent(r.dataset(), r);
            if (earlier != null) {
                throw new IllegalStateException("Two beans store dataset " + r.dataset() + ": "
                        + earlier.getClass().getName() + " and " + r.getClass().getName());
            }
            tables.putIfAbsent(r.table().name(), r.table());
        }
        for (DatasetReader reader : readers) {
            if (!byDataset.containsKey(reader.dataset())) {
                throw new IllegalStateException("Dataset " + reader.dataset() + " is read by "
                        + reader.getClass().getName() + " but no DatasetRows bean stores its rows");
            }
        }
    }

    /** The rows of a dataset; a table of a dataset no bean stores (any more) is an error. */
    public DatasetRows<?, ?> of(DatasetId dataset) {
        DatasetRows<?, ?> rows = byDataset.get(dataset);
        if (rows == null) throw new IllegalArgumentException("No storage for dataset " + dataset);
        return rows;
    }

    /** Each row table once, though several datasets share it. */
    public List<RowTable> tables() {
        return List.copyOf(tables.values());
    }
}
