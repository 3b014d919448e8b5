package vn.ruralstat.job;

import java.nio.file.Path;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;
import vn.ruralstat.command.RunProgress;
import vn.ruralstat.message.Message;
import vn.ruralstat.store.JobRuns;

/** Starts one consolidation run of an input folder into an output folder. */
@Component
public class ConsolidationLauncher {

    private final JobOperator jobOperator;
    private final Job consolidationJob;
    private final RunProgress progress;
    private final org.springframework.batch.core.repository.JobRepository jobRepository;
    private final JobRuns runs;

    public ConsolidationLauncher(
            JobOperator jobOperator,
            Job consolidationJob,
            RunProgress progress,
            org.springframework.batch.core.repository.JobRepository jobRepository,
            JobRuns runs) {
        this.jobOperator = jobOperator;
        this.consolidationJob = consolidationJob;
        this.progress = progress;
        this.jobRepository = jobRepository;
        this.runs = runs;
    }

    /**
     * Restarts the latest run that did not complete: a failed or stopped one, or one left
     * "started" or "stopping" by a process that was killed (run this only when no other ruralstat
     * process is running). It carries on after the last file it committed. Empty when there is none.
     */
    public java.util.Optional<JobExecution> restartLast() throws Exception {
        java.util.List<Long> unfinished = runs.unfinished(ConsolidationJobConfig.JOB_NAME);
        if (unfinished.isEmpty()) return java.util.Optional.empty();
        JobExecution last = jobRepository.getJobExecution(unfinished.get(0));
        if (last.isRunning()) last = jobOperator.recover(last);
        progress.line(Message.of("console.restarting", last.getId()));
        JobExecution execution = jobOperator.restart(last);
        progress.line(Message.of("console.run", execution.getId(), RunStatus.of(execution.getStatus())));
        return java.util.Optional.of(execution);
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
        progress.line(Message.of("console.consolidating", input, output));
        JobExecution execution = jobOperator.start(consolidationJob, parameters);
        progress.line(Message.of("console.run", execution.getId(), RunStatus.of(execution.getStatus())));
        return execution;
    }
}
