/**
 * Storage without knowing any dataset: the source ledger (files, tables, rejected rows, findings),
 * rows of any dataset through the {@link vn.ruralstat.store.DatasetRowsRegistry}, bulk loading (COPY
 * on PostgreSQL), carrying unchanged files forward, run clean-up, a run's recorded input list and
 * what it committed of each file ({@link vn.ruralstat.store.RunInputs}, for restarts), and every query over Spring Batch's
 * tables ({@link vn.ruralstat.store.JobRuns}), and the units the completed runs stored
 * ({@link vn.ruralstat.store.StoredUnits}). Imports {@code dataset}, {@code finding}, {@code message}
 * and {@code sheet}; never a dataset package.
 */
package vn.ruralstat.store;
