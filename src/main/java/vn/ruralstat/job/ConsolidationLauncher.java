package vn.ruralstat.job;

import java.nio.file.Path;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/** Starts one consolidation run of an input folder into an output folder. */
@Component
public class ConsolidationLauncher {

    private final JobOperator jobOperator;
    private final Job consolidationJob;
    private final RunProgress progress;

    public ConsolidationLauncher(JobOperator jobOperator, Job consolidationJob, RunProgress progress) {
        this.jobOperator = jobOperator;
        this.consolidationJob = consolidationJob;
        this.progress = progress;
    }

    public JobExecution run(Path input, Path output) throws Exception {
        return run(input, output, false);
    }

    /**
     * @param incremental read only new or changed files; carry the others forward from the last
     *                    completed run, and stop without writing when nothing changed
     */
    public JobExecution run(Path input, Path output, boolean incremental) throws Exception {
        JobParameters parameters = new JobParametersBuilder()
                .addString("input", input.toAbsolutePath().normalize().toString())
                .addString("output", output.toAbsolutePath().normalize().toString())
                .addString("incremental", String.valueOf(incremental), false)
                .addLong("requestedAt", System.currentTimeMillis())
                .toJobParameters();
        progress.line("ruralstat: tổng hợp / consolidating " + input + " → " + output);
        JobExecution execution = jobOperator.start(consolidationJob, parameters);
        progress.line("ruralstat: lần chạy / run " + execution.getId() + ": " + execution.getStatus());
        return execution;
    }
}
