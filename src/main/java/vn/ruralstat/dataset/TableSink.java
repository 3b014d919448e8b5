package vn.ruralstat.dataset;

import vn.ruralstat.finding.Finding;
import vn.ruralstat.sheet.SheetRow;

/** Where the scanner sends what it reads; the store writes it to the database in batches. */
public interface TableSink {

    /** A table begins; returns its id for the rows that follow. */
    long startTable(TableInfo table);

    void used(long tableId, Object record);

    /** A row that could not be used; {@code tableId} is 0 for rows outside any table. */
    void rejected(long tableId, String sheet, SheetRow row, String reasonVi, String reasonEn);

    void reported(long tableId, ReportedValue value);

    void finding(Finding finding);

    /** The rows that follow, up to the next group heading, belong to the group {@code name}. */
    default void group(long tableId, String name) {}
}
