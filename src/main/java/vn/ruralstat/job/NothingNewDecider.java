package vn.ruralstat.job;

import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ruralstat.command.RunProgress;

/**
 * After an incremental ingest: when every file was carried forward unchanged and no file came or
 * went since the last completed run of the same input folder, there is nothing to consolidate —
 * the run stops, writes nothing, says so, and removes the copies it made.
 */
class NothingNewDecider implements JobExecutionDecider {

    static final FlowExecutionStatus NOTHING_NEW = new FlowExecutionStatus("NOTHING_NEW");

    private final JdbcTemplate jdbc;
    private final RunProgress progress;

    NothingNewDecider(JdbcTemplate jdbc, RunProgress progress) {
        this.jdbc = jdbc;
        this.progress = progress;
    }

    @Override
    public FlowExecutionStatus decide(JobExecution job, StepExecution ingest) {
        boolean incremental = "true".equals(job.getJobParameters().getString("incremental"));
        if (!incremental || newFiles(job.getId()) > 0) return FlowExecutionStatus.COMPLETED;
        Long previous = jdbc.query("SELECT MAX(e.job_execution_id) FROM batch_job_execution e"
                + " JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id"
                + " WHERE p.parameter_name = 'input' AND p.parameter_value = ? AND e.status = 'COMPLETED'"
                + " AND e.job_execution_id <> ? AND EXISTS (SELECT 1 FROM rs_source_file f WHERE f.run_id = e.job_execution_id)",
                rs -> rs.next() ? (Long) rs.getObject(1, Long.class) : null,
                job.getJobParameters().getString("input"), job.getId());
        if (previous == null || !files(previous).equals(files(job.getId()))) return FlowExecutionStatus.COMPLETED;
        RunCleanup.delete(jdbc, job.getId());
        progress.line("  không có gì mới / nothing new since run " + previous + ": no report written");
        return NOTHING_NEW;
    }

    /** Files this run read itself, rather than carried forward unchanged (see CarryForward). */
    private int newFiles(long runId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM rs_source_file WHERE run_id = ?"
                + " AND (message IS NULL OR message NOT LIKE 'unchanged since run%')", Integer.class, runId);
        return n == null ? 0 : n;
    }

    private List<String> files(long runId) {
        return jdbc.queryForList("SELECT path || '|' || sha256 FROM rs_source_file WHERE run_id = ? ORDER BY path",
                String.class, runId);
    }
}
