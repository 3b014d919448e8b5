package vn.ruralstat.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;
import vn.ruralstat.command.RunProgress;
import vn.ruralstat.message.Message;
import vn.ruralstat.store.JobRuns;
import vn.ruralstat.store.RunCleanup;
import vn.ruralstat.store.RunDataStore;

/**
 * After an incremental ingest: when every file was carried forward unchanged and no file came or
 * went since the last completed run of the same input folder, there is nothing to consolidate —
 * the run stops, writes nothing, says so, and removes the copies it made.
 */
class NothingNewDecider implements JobExecutionDecider {

    static final FlowExecutionStatus NOTHING_NEW = new FlowExecutionStatus("NOTHING_NEW");

    private final JobRuns runs;
    private final RunDataStore store;
    private final RunCleanup cleanup;
    private final RunProgress progress;

    NothingNewDecider(JobRuns runs, RunDataStore store, RunCleanup cleanup, RunProgress progress) {
        this.runs = runs;
        this.store = store;
        this.cleanup = cleanup;
        this.progress = progress;
    }

    @Override
    public FlowExecutionStatus decide(JobExecution job, StepExecution ingest) {
        boolean incremental = "true".equals(job.getJobParameters().getString("incremental"));
        if (!incremental || store.filesRead(job.getId()) > 0) return FlowExecutionStatus.COMPLETED;
        Long previous = runs.latestCompletedOf(job.getJobParameters().getString("input"), job.getId())
                .orElse(null);
        if (previous == null || !store.fileVersions(previous).equals(store.fileVersions(job.getId()))) {
            return FlowExecutionStatus.COMPLETED;
        }
        cleanup.delete(job.getId());
        progress.line(Message.of("console.nothingNew", previous));
        return NOTHING_NEW;
    }
}
