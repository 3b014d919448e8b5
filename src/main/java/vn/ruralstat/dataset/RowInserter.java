package vn.ruralstat.dataset;

import java.util.List;

/** Inserts many rows at once (COPY on PostgreSQL, JDBC batches elsewhere); storage implements it. */
public interface RowInserter {

    void insert(String table, List<String> columns, List<Object[]> rows);
}
