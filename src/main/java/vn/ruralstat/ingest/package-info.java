/**
 * Ingestion: lists the input files ({@link vn.ruralstat.ingest.InputFiles}) less the tool's own
 * outputs ({@link vn.ruralstat.ingest.OwnOutputs}), finds every table of a
 * sheet with the dataset-blind {@link vn.ruralstat.ingest.TableScanner}, asks each dataset's reader
 * which table it is, and hands rows to the source ledger port ({@link vn.ruralstat.ingest.FileIngester}).
 * Imports {@code dataset}, {@code sheet}, {@code finding} and {@code message}; never {@code store}.
 */
package vn.ruralstat.ingest;
