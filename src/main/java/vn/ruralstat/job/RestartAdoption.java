package vn.ruralstat.job;

import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ruralstat.command.RunProgress;

/**
 * Rows are stored under the run id, the job execution id. A restart is a new execution of the
 * same job instance that skips the steps already completed, so before it starts it takes over
 * the rows its earlier executions stored: nothing is read twice, nothing is lost.
 */
class RestartAdoption implements JobExecutionListener {

    private final JdbcTemplate jdbc;
    private final RunProgress progress;

    RestartAdoption(JdbcTemplate jdbc, RunProgress progress) {
        this.jdbc = jdbc;
        this.progress = progress;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        List<Long> earlier = jdbc.queryForList("SELECT job_execution_id FROM batch_job_execution"
                + " WHERE job_instance_id = ? AND job_execution_id <> ? ORDER BY job_execution_id", Long.class,
                execution.getJobInstance().getInstanceId(), execution.getId());
        for (Long run : earlier) {
            int rows = RunCleanup.adopt(jdbc, run, execution.getId());
            progress.line("  tiếp tục / resuming run " + run + " as run " + execution.getId() + " (" + rows + " rows kept)");
        }
    }
}
