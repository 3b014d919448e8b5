package vn.ruralstat.dataset;

import java.util.List;

/**
 * The stored rows of one dataset: how its records are written, read back, counted, copied and
 * removed. Each dataset package implements it once per dataset, as a Spring bean; storage, the
 * ingest sink and run cleanup iterate the beans and never name a dataset.
 *
 * @param <R> the record the dataset's reader makes of a row, as the scanner hands it to the sink
 * @param <S> what a stored row reads back as
 */
public interface DatasetRows<R, S> {

    DatasetId dataset();

    /** The records this dataset's reader hands to the sink. */
    Class<R> recordType();

    /** The database table of the rows (shared by datasets whose rows look alike). */
    RowTable table();

    /**
     * The database rows of one record, in the order of {@link RowTable#insertColumns()}: one for
     * most records, one per indicator for a matrix row.
     *
     * @param group the group heading the record stood under (a commune of a district table), or null
     */
    List<Object[]> rowsOf(long runId, long tableId, R record, String group);

    /** The rows of a stored table, in the order they were read. */
    List<S> read(StoredTable table);

    /** Rows of a table that count as used in its file's accounting. */
    default int count(long tableId) {
        return table().count(tableId);
    }
}
