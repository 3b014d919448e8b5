package vn.ruralstat.job;

import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.ruralstat.command.RunProgress;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.message.Message;
import vn.ruralstat.output.OutputSetPublisher;
import vn.ruralstat.output.OutputSetPublisher.PublishedSet;
import vn.ruralstat.output.SetStamp;
import vn.ruralstat.output.StagingFolder;
import vn.ruralstat.report.ReportWriter;
import vn.ruralstat.store.JobRuns;

/**
 * The last step: writes the report into the run's staging folder, beside the annotated copies,
 * then publishes the whole set ({@link OutputSetPublisher}) — the last thing the run does. A run
 * asked to stop meanwhile (SIGTERM to {@code serve}) publishes nothing: it ends STOPPED and its
 * staging folder is deleted. The set is stamped with the run's first start, so that a restarted
 * old run never replaces the set of a run started after it.
 */
class ReportTasklet implements Tasklet {

    private final Path output;
    private final ConsolidationService consolidation;
    private final ReportWriter reports;
    private final JobRuns runs;
    private final JobRepository jobRepository;
    private final RunProgress progress;

    ReportTasklet(
            Path output,
            ConsolidationService consolidation,
            ReportWriter reports,
            JobRuns runs,
            JobRepository jobRepository,
            RunProgress progress) {
        this.output = output;
        this.consolidation = consolidation;
        this.reports = reports;
        this.runs = runs;
        this.jobRepository = jobRepository;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long runId = contribution.getStepExecution().getJobExecutionId();
        Consolidation run = consolidation.build(runId);
        StagingFolder staging = StagingFolder.open(output, runId);
        List<String> report = reports.writeInto(run, staging);
        // Spring Batch stops a run between chunks: the stop would come only after the set is published.
        if (stopRequested(runId)) return RepeatStatus.FINISHED;
        PublishedSet set = OutputSetPublisher.publish(
                staging, SetStamp.of(runId, runs.firstStarted(runId).orElse(null)));
        staging.close();
        set.archived()
                .ifPresent(a -> progress.line(Message.of(
                        a.stamped() ? "console.archived" : "console.archivedUnstamped", a.run(), a.folder())));
        set.newerKept().ifPresent(newer -> progress.line(Message.of("console.keptNewer", newer.run(), set.folder())));
        set.files().forEach(p -> progress.line(Message.of("console.wrote", p)));
        RunSummary.lines(run, set.folder(), set.files()).forEach(progress::line);
        return RepeatStatus.FINISHED;
    }

    /** Asked afresh of the job repository, where {@code serve} marks a run it stops. */
    private boolean stopRequested(long runId) {
        JobExecution stored = jobRepository.getJobExecution(runId);
        return stored != null && stored.getStatus() == BatchStatus.STOPPING;
    }
}
