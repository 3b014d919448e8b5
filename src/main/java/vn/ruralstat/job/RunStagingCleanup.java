package vn.ruralstat.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import vn.ruralstat.command.RunProgress;
import vn.ruralstat.message.Message;
import vn.ruralstat.output.StagingFolder;
import vn.ruralstat.store.JobRuns;

/**
 * Deletes a run's staging folder however the run ends, so that a failed or stopped run changes
 * nothing in the output folder (it publishes only at its very end), and before a restart the
 * staging folders its earlier executions left when their process was killed. A restart writes
 * its set again from the annotate step on.
 */
class RunStagingCleanup implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunStagingCleanup.class);

    private final JobRuns runs;
    private final RunProgress progress;

    RunStagingCleanup(JobRuns runs, RunProgress progress) {
        this.runs = runs;
        this.progress = progress;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        for (Long earlier : runs.earlierExecutions(execution.getJobInstance().getInstanceId(), execution.getId())) {
            discard(execution, earlier);
        }
    }

    @Override
    public void afterJob(JobExecution execution) {
        boolean staged = discard(execution, execution.getId());
        if (staged && execution.getStatus() != BatchStatus.COMPLETED) {
            progress.line(Message.of("console.outputUnchanged", execution.getId()));
        }
    }

    /** @return whether there was a staging folder to delete */
    private static boolean discard(JobExecution execution, long run) {
        String output = execution.getJobParameters().getString("output");
        if (output == null) return false;
        Path folder = Path.of(output).resolve(StagingFolder.PREFIX + run);
        boolean existed = Files.exists(folder);
        try {
            StagingFolder.discard(Path.of(output), run);
        } catch (IOException e) {
            log.warn("Could not delete the staging folder {}", folder, e);
        }
        return existed;
    }
}
