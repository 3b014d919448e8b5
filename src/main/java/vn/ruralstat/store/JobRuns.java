package vn.ruralstat.store;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.ruralstat.dataset.SourceLedger.PreviousFile;

/**
 * Every question asked of Spring Batch's own tables ({@code batch_job_execution} and its kin):
 * which runs completed, which did not, which execution a restart continues. Runs are job
 * executions; their rows in ruralstat's tables carry the execution id as run id.
 */
@Component
public class JobRuns {

    private final JdbcTemplate jdbc;

    public JobRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The same file (path and content) as stored by the latest completed run, if any. */
    Optional<PreviousFile> latestCompletedCopy(String path, String sha256) {
        List<PreviousFile> found = jdbc.query(
                "SELECT f.id, f.run_id FROM rs_source_file f"
                        + " JOIN batch_job_execution e ON e.job_execution_id = f.run_id"
                        + " WHERE f.path = ? AND f.sha256 = ? AND e.status = 'COMPLETED' AND f.status <> 'ARCHIVE'"
                        + " ORDER BY f.run_id DESC LIMIT 1",
                (rs, i) -> new PreviousFile(rs.getLong(1), rs.getLong(2)),
                path,
                sha256);
        return found.stream().findFirst();
    }

    /**
     * Runs of job {@code jobName} that did not complete, newest first: failed or stopped, or left
     * started or stopping by a process that was killed.
     */
    public List<Long> unfinished(String jobName) {
        // STOPPING: `serve` marks a run so on SIGTERM; a process killed before the run ended leaves it so.
        return jdbc.queryForList(
                "SELECT e.job_execution_id FROM batch_job_execution e"
                        + " JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id WHERE i.job_name = ?"
                        + " AND e.status IN ('FAILED', 'STOPPED', 'STOPPING', 'STARTED', 'STARTING')"
                        + " ORDER BY e.job_execution_id DESC",
                Long.class,
                jobName);
    }

    /** Completed runs that stored files, newest first. */
    public List<Long> completedWithFiles() {
        return jdbc.queryForList(
                "SELECT e.job_execution_id FROM batch_job_execution e WHERE e.status = 'COMPLETED'"
                        + " AND EXISTS (SELECT 1 FROM rs_source_file f WHERE f.run_id = e.job_execution_id)"
                        + " ORDER BY e.job_execution_id DESC",
                Long.class);
    }

    /** The latest completed run, other than {@code run}, that read the input folder {@code input} and stored files. */
    public Optional<Long> latestCompletedOf(String input, long run) {
        Long previous = jdbc.query(
                "SELECT MAX(e.job_execution_id) FROM batch_job_execution e"
                        + " JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id"
                        + " WHERE p.parameter_name = 'input' AND p.parameter_value = ? AND e.status = 'COMPLETED'"
                        + " AND e.job_execution_id <> ? AND EXISTS (SELECT 1 FROM rs_source_file f WHERE f.run_id = e.job_execution_id)",
                rs -> rs.next() ? (Long) rs.getObject(1, Long.class) : null,
                input,
                run);
        return Optional.ofNullable(previous);
    }

    /** The other executions of a job instance, oldest first: those a restart continues. */
    public List<Long> earlierExecutions(long instanceId, long execution) {
        return jdbc.queryForList(
                "SELECT job_execution_id FROM batch_job_execution"
                        + " WHERE job_instance_id = ? AND job_execution_id <> ? ORDER BY job_execution_id",
                Long.class,
                instanceId,
                execution);
    }

    /**
     * When the run's job instance was first started: a restart is a later execution of the same
     * instance and keeps its run's first start, so that it stays older than a run started after it.
     */
    public Optional<java.time.LocalDateTime> firstStarted(long run) {
        java.time.LocalDateTime started = jdbc.query(
                "SELECT MIN(o.create_time) FROM batch_job_execution e"
                        + " JOIN batch_job_execution o ON o.job_instance_id = e.job_instance_id"
                        + " WHERE e.job_execution_id = ?",
                rs -> rs.next() ? rs.getObject(1, java.time.LocalDateTime.class) : null,
                run);
        return Optional.ofNullable(started);
    }

    /** What a used table covers: dataset, unit and period, as stored. */
    public record Coverage(String dataset, String unitLevel, String unitName, String period) {}

    /** The coverage of the used tables of every completed run, newest run first. */
    public Map<Long, Set<Coverage>> coverageOfCompletedRuns() {
        Map<Long, Set<Coverage>> byRun = new LinkedHashMap<>();
        jdbc.query(
                "SELECT t.run_id, t.dataset, t.unit_level, t.unit_name, t.period FROM rs_source_table t"
                        + " JOIN batch_job_execution e ON e.job_execution_id = t.run_id"
                        + " WHERE e.status = 'COMPLETED' AND t.status = 'USED' ORDER BY t.run_id DESC",
                rs -> {
                    byRun.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                            .add(new Coverage(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                });
        return byRun;
    }
}
