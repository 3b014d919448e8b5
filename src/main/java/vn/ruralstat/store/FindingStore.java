package vn.ruralstat.store;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.Severity;
import vn.ruralstat.finding.SourceRef;

/** Stores and loads the findings of a run. */
@Component
public class FindingStore {

    private final JdbcTemplate jdbc;
    private final BulkInserter bulk;

    public FindingStore(JdbcTemplate jdbc, BulkInserter bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /** Stage of the findings raised while reading files; see {@link #save(long, String, List)}. */
    public static final String INGEST = "ingest";

    public static final String CHECK = "check";
    public static final String ANNOTATE = "annotate";

    /**
     * @param stage the step that raised them: {@link #INGEST} findings belong to a file and travel
     *              with it when an incremental run carries the file forward
     */
    public void save(long runId, String stage, List<Finding> findings) {
        bulk.insert(
                "rs_finding",
                List.of(
                        "stage",
                        "run_id",
                        "code",
                        "severity",
                        "message_vi",
                        "message_en",
                        "file",
                        "sheet",
                        "cell",
                        "reported",
                        "expected",
                        "message_key",
                        "message_args"),
                findings.stream()
                        .map(f -> new Object[] {
                            stage,
                            runId,
                            f.code().name(),
                            f.severity().name(),
                            IngestStore.truncate(f.messageVi(), 2000),
                            IngestStore.truncate(f.messageEn(), 2000),
                            f.source() == null ? null : f.source().file(),
                            f.source() == null ? null : f.source().sheet(),
                            f.source() == null ? null : f.source().cell(),
                            IngestStore.truncate(f.reported(), 100),
                            IngestStore.truncate(f.expected(), 100),
                            f.key(),
                            StoredMessage.arguments(f.message())
                        })
                        .toList());
    }

    /**
     * The findings of a run with the texts as they were stored; the message key and arguments come
     * back too when they were stored (from V8 on).
     */
    public List<Finding> load(long runId) {
        return jdbc.query(
                "SELECT code, severity, message_vi, message_en, file, sheet, cell, reported, expected,"
                        + " message_key, message_args FROM rs_finding WHERE run_id = ? ORDER BY id",
                (rs, i) -> new Finding(
                        FindingCode.valueOf(rs.getString("code")),
                        Severity.valueOf(rs.getString("severity")),
                        StoredMessage.message(rs.getString("message_key"), rs.getString("message_args")),
                        rs.getString("message_vi"),
                        rs.getString("message_en"),
                        new SourceRef(rs.getString("file"), rs.getString("sheet"), rs.getString("cell")),
                        rs.getString("reported"),
                        rs.getString("expected")),
                runId);
    }

    /** Removes what one stage saved for the run: a step run again (a restart re-runs annotate) replaces its findings. */
    public void deleteStage(long runId, String stage) {
        jdbc.update("DELETE FROM rs_finding WHERE run_id = ? AND stage = ?", runId, stage);
    }

    /** Findings of a run about one file. */
    public int count(long runId, String file) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM rs_finding WHERE run_id = ? AND file = ?", Integer.class, runId, file);
        return n == null ? 0 : n;
    }
}
