package vn.ruralstat.job;

import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import vn.ruralstat.command.RunProgress;
import vn.ruralstat.message.Message;
import vn.ruralstat.store.JobRuns;
import vn.ruralstat.store.RunCleanup;

/**
 * Rows are stored under the run id, the job execution id. A restart is a new execution of the
 * same job instance that skips the steps already completed, so before it starts it takes over
 * the rows its earlier executions stored: nothing is read twice, nothing is lost.
 */
class RestartAdoption implements JobExecutionListener {

    private final JobRuns runs;
    private final RunCleanup cleanup;
    private final RunProgress progress;

    RestartAdoption(JobRuns runs, RunCleanup cleanup, RunProgress progress) {
        this.runs = runs;
        this.cleanup = cleanup;
        this.progress = progress;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        List<Long> earlier = runs.earlierExecutions(execution.getJobInstance().getInstanceId(), execution.getId());
        for (Long run : earlier) {
            int rows = cleanup.adopt(run, execution.getId());
            progress.line(Message.of("console.resuming", run, execution.getId(), rows));
        }
    }
}
