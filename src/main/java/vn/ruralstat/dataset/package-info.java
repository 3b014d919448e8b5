/**
 * The contract between the packages that read and store spreadsheets and the dataset packages
 * ({@code poverty}, {@code criteria}, {@code indicators}, …): what the table scanner asks of a
 * dataset ({@link vn.ruralstat.dataset.DatasetReader}, {@link vn.ruralstat.dataset.RowResult},
 * {@link vn.ruralstat.dataset.ColumnMap}, {@link vn.ruralstat.dataset.TableInfo}, the row-reading kit
 * {@link vn.ruralstat.dataset.CellReading}), how a dataset's rows are stored
 * ({@link vn.ruralstat.dataset.DatasetRows} over a {@link vn.ruralstat.dataset.RowTable}), a dataset's
 * identity ({@link vn.ruralstat.dataset.DatasetId}, declared by each dataset package), and the source
 * ledger port ({@link vn.ruralstat.dataset.SourceLedger}) that {@code ingest} writes and {@code store}
 * implements. It may import {@code sheet}, {@code finding}, {@code unit}, {@code period} and Spring JDBC;
 * every package above — {@code ingest}, {@code store}, the datasets, {@code consolidate} — imports it.
 */
package vn.ruralstat.dataset;
