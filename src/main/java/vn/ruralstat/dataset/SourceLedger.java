package vn.ruralstat.dataset;

import java.time.Instant;
import java.util.Optional;

/**
 * The record of a run's input files, kept by storage and written by ingest: a file is started,
 * its tables and rows go to a sink, and it is finished with its row counts — or discarded when it
 * turns out unreadable, so nothing half-read is used. An incremental run asks for the previous
 * copy of a file and carries it forward instead of reading it again.
 */
public interface SourceLedger {

    /** Records a file of the run before reading it; returns its id. */
    long startFile(long runId, String path, String sha256, long size, Instant modified);

    /** A sink that buffers one file's rows and writes them in batches; call {@link FileSink#flush()} at the end. */
    FileSink sinkFor(long runId, long fileId);

    /** @param status READ, NO_TABLE, FAILED, SKIPPED or ARCHIVE */
    void finishFile(long fileId, String status, String message, RowCounts counts);

    /** Removes every row a file left before it turned out unreadable. */
    void discardFile(long fileId);

    /** The same file (path and content) as stored by the latest completed run, if any. */
    Optional<PreviousFile> previous(String path, String sha256);

    /** Copies an earlier run's file into run {@code runId}, as it was read; returns its counts. */
    RowCounts carryForward(PreviousFile previous, long runId, Instant modified);

    /** Where the scanner's output of one file goes. */
    interface FileSink extends TableSink {

        /** Writes everything buffered so far. */
        void flush();
    }

    record PreviousFile(long fileId, long runId) {}
}
