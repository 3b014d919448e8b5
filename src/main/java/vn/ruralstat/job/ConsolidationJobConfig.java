package vn.ruralstat.job;

import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ruralstat.command.RunProgress;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.ingest.FileIngester;
import vn.ruralstat.message.Message;
import vn.ruralstat.report.ReportWriter;
import vn.ruralstat.store.FindingStore;
import vn.ruralstat.store.JobRuns;
import vn.ruralstat.store.RunCleanup;
import vn.ruralstat.store.RunDataStore;
import vn.ruralstat.store.RunInputs;

/**
 * The consolidation job: ingest every file of the input folder (one file per transaction, so
 * a restart resumes over the run's recorded input list, by file identity), check every reported
 * figure, consolidate the figures per unit, write annotated copies of the files with findings, and
 * write the report; the copies and the report are staged and published as one set at the very end.
 * Parameters: {@code input} and {@code output} folders.
 *
 * <p>Every step runs again on a restart, even one that completed before the stop: the ingest step
 * only reads what the stop left unread or what changed in the folder since, and the steps after it
 * must then work on the files as they are now (the check step first undoes its earlier findings;
 * the staging folder of a run that did not complete is gone, so its copies and report are written anew).
 */
@Configuration
public class ConsolidationJobConfig {

    public static final String JOB_NAME = "consolidation";

    @Bean
    Job consolidationJob(
            JobRepository jobRepository,
            Step ingestStep,
            Step checkStep,
            Step consolidateStep,
            Step annotateStep,
            Step reportStep,
            JobRuns runs,
            RunDataStore store,
            RunCleanup cleanup,
            RunProgress progress) {
        NothingNewDecider nothingNew = new NothingNewDecider(runs, store, cleanup, progress);
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(new RestartAdoption(runs, cleanup, progress))
                .listener(new RunStagingCleanup(runs, progress))
                .start(ingestStep)
                .next(nothingNew)
                .on(NothingNewDecider.NOTHING_NEW.getName())
                .end()
                .from(nothingNew)
                .on("*")
                .to(checkStep)
                .next(consolidateStep)
                .next(annotateStep)
                .next(reportStep)
                .end()
                .build();
    }

    @Bean
    @StepScope
    AnnotateTasklet annotateTasklet(
            @Value("#{jobParameters['input']}") String input,
            @Value("#{jobParameters['output']}") String output,
            FindingStore findings,
            RunDataStore store) {
        return new AnnotateTasklet(Path.of(input), Path.of(output), findings, store);
    }

    @Bean
    Step annotateStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            AnnotateTasklet annotateTasklet) {
        // a restart runs it again: the staging folder of a run that did not complete is gone
        return new StepBuilder("annotate", jobRepository)
                .tasklet(annotateTasklet, transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    @StepScope
    InputFileItemReader inputFileItemReader(
            @Value("#{jobParameters['input']}") String input,
            @Value("#{jobParameters['output']}") String output,
            @Value("#{stepExecution}") org.springframework.batch.core.step.StepExecution step,
            RunInputs inputs,
            PlatformTransactionManager transactionManager,
            RunProgress progress) {
        return new InputFileItemReader(
                Path.of(input),
                Path.of(output),
                step.getJobExecutionId(),
                inputs,
                new TransactionTemplate(transactionManager),
                progress);
    }

    @Bean
    @StepScope
    IngestFileWriter ingestFileWriter(
            @Value("#{jobParameters['input']}") String input,
            @Value("#{jobParameters['incremental'] ?: 'false'}") String incremental,
            @Value("#{stepExecution}") org.springframework.batch.core.step.StepExecution step,
            FileIngester ingester,
            RunProgress progress,
            FindingStore findings) {
        return new IngestFileWriter(Path.of(input), step, "true".equals(incremental), ingester, progress, findings);
    }

    @Bean
    Step ingestStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            InputFileItemReader inputFileItemReader,
            IngestFileWriter ingestFileWriter) {
        return new StepBuilder("ingest", jobRepository)
                .allowStartIfComplete(true)
                .<Path, Path>chunk(1)
                .transactionManager(transactionManager)
                .reader(inputFileItemReader)
                .writer(ingestFileWriter)
                .build();
    }

    @Bean
    Step checkStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            ConsolidationService consolidation,
            RunCleanup cleanup,
            FindingStore findings,
            RunProgress progress) {
        return new StepBuilder("check", jobRepository)
                .allowStartIfComplete(true)
                .tasklet(
                        (contribution, context) -> {
                            long runId = contribution.getStepExecution().getJobExecutionId();
                            cleanup.undoChecks(runId); // a restart checks again what its files hold now
                            List<Finding> found = consolidation.check(runId);
                            progress.line(CheckLine.of(found, findings.load(runId)));
                            return RepeatStatus.FINISHED;
                        },
                        transactionManager)
                .build();
    }

    @Bean
    Step consolidateStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            ConsolidationService consolidation,
            RunProgress progress) {
        return new StepBuilder("consolidate", jobRepository)
                .allowStartIfComplete(true)
                .tasklet(
                        (contribution, context) -> {
                            long runId = contribution.getStepExecution().getJobExecutionId();
                            Consolidation c = consolidation.build(runId);
                            int units = c.poverty().size()
                                    + c.rollups().size()
                                    + c.criteria().size()
                                    + c.evaluations().size();
                            progress.line(Message.of(
                                    "console.consolidate",
                                    c.poverty().size(),
                                    c.criteria().size(),
                                    units));
                            return RepeatStatus.FINISHED;
                        },
                        transactionManager)
                .build();
    }

    @Bean
    @StepScope
    ReportTasklet reportTasklet(
            @Value("#{jobParameters['output']}") String output,
            ConsolidationService consolidation,
            ReportWriter reports,
            JobRuns runs,
            JobRepository jobRepository,
            RunProgress progress) {
        return new ReportTasklet(Path.of(output), consolidation, reports, runs, jobRepository, progress);
    }

    @Bean
    Step reportStep(
            JobRepository jobRepository, PlatformTransactionManager transactionManager, ReportTasklet reportTasklet) {
        return new StepBuilder("report", jobRepository)
                .tasklet(reportTasklet, transactionManager)
                .allowStartIfComplete(true)
                .build();
    }
}
