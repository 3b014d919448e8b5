package vn.ruralstat.ingest;

import vn.ruralstat.dataset.RowCounts;

/** The scanner's running count of a file's rows, fixed as {@link RowCounts} when the file is done. */
final class RowTally {

    int read;
    int used;
    int rejected;
    int other;
    int tables;

    RowCounts toCounts() {
        return new RowCounts(tables, read, used, rejected, other);
    }
}
