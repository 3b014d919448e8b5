package vn.ruralstat.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The input list of a run ({@code rs_run_input}), recorded when the run starts, and what the run
 * committed of each listed file ({@code rs_source_file}, by path and SHA-256). A restart resumes over
 * this list by identity; a file that vanished or changed since is dropped from the run with every
 * row it left, so that no run keeps rows of a file that is no longer there.
 */
@Component
public class RunInputs {

    private static final List<String> COLUMNS = List.of("run_id", "list_order", "path", "size_bytes", "sha256");

    private final JdbcTemplate jdbc;
    private final BulkInserter bulk;
    private final IngestStore ledger;

    public RunInputs(JdbcTemplate jdbc, BulkInserter bulk, IngestStore ledger) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.ledger = ledger;
    }

    /** A file of a run's input list, in reading order. */
    public record Listed(int order, String path, long size, String sha256) {}

    /** The run's input list in reading order; empty when the run has not recorded one yet. */
    public List<Listed> listed(long runId) {
        return jdbc.query(
                "SELECT list_order, path, size_bytes, sha256 FROM rs_run_input WHERE run_id = ? ORDER BY list_order",
                (rs, i) -> new Listed(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getString(4)),
                runId);
    }

    /** Records (or completes) the run's input list. */
    public void record(long runId, List<Listed> files) {
        List<Object[]> rows = new ArrayList<>(files.size());
        for (Listed f : files) rows.add(new Object[] {runId, f.order(), f.path(), f.size(), f.sha256()});
        bulk.insert("rs_run_input", COLUMNS, rows);
    }

    /** Takes a file off the run's list: it vanished from the folder. */
    public void unlist(long runId, String path) {
        jdbc.update("DELETE FROM rs_run_input WHERE run_id = ? AND path = ?", runId, path);
    }

    /** The listed file as it is now: it changed since the list was recorded. */
    public void relist(long runId, String path, long size, String sha256) {
        jdbc.update(
                "UPDATE rs_run_input SET size_bytes = ?, sha256 = ? WHERE run_id = ? AND path = ?",
                size,
                sha256,
                runId,
                path);
    }

    /**
     * The files of the list that the run committed, path to the SHA-256 it read: read, carried
     * forward, or refused, each in one transaction, so a file here was handled whole.
     */
    public Map<String, String> committed(long runId) {
        Map<String, String> committed = new HashMap<>();
        jdbc.query(
                "SELECT f.path, f.sha256 FROM rs_source_file f WHERE f.run_id = ?"
                        + " AND EXISTS (SELECT 1 FROM rs_run_input i WHERE i.run_id = f.run_id AND i.path = f.path)",
                rs -> {
                    committed.put(rs.getString(1), rs.getString(2));
                },
                runId);
        return committed;
    }

    /**
     * Removes from the run everything a file left: its source file rows (an archive's and those of
     * the spreadsheets inside it, "ho-so.zip!/…"), their tables, dataset rows, reported figures,
     * rejected rows and the findings about it. Returns the rows it had read.
     */
    public int drop(long runId, String path) {
        String inside = path + "!/";
        List<Map<String, Object>> files = jdbc.queryForList(
                "SELECT id, rows_read FROM rs_source_file WHERE run_id = ? AND (path = ? OR LEFT(path, ?) = ?)",
                runId,
                path,
                inside.length(),
                inside);
        int rows = 0;
        for (Map<String, Object> f : files) {
            long fileId = ((Number) f.get("id")).longValue();
            rows += ((Number) f.get("rows_read")).intValue();
            ledger.discardFile(fileId);
            jdbc.update("DELETE FROM rs_source_file WHERE id = ?", fileId);
        }
        jdbc.update(
                "DELETE FROM rs_finding WHERE run_id = ? AND (file = ? OR LEFT(file, ?) = ?)",
                runId,
                path,
                inside.length(),
                inside);
        return rows;
    }
}
