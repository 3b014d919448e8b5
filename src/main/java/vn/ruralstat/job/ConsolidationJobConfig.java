package vn.ruralstat.job;

import java.nio.file.Path;
import java.util.ArrayList;
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

/**
 * The consolidation job: ingest every file of the input folder (one file per transaction, so
 * a restart resumes after the last file done), check every reported figure, consolidate the
 * figures per unit, write annotated copies of the files with findings, and write the report. Parameters: {@code input} and {@code output} folders.
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
            RunDataStore store,
            RunProgress progress) {
        return new AnnotateTasklet(Path.of(input), Path.of(output), findings, store, progress);
    }

    @Bean
    Step annotateStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            AnnotateTasklet annotateTasklet) {
        return new StepBuilder("annotate", jobRepository)
                .tasklet(annotateTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    InputFileItemReader inputFileItemReader(
            @Value("#{jobParameters['input']}") String input,
            @Value("#{jobParameters['output']}") String output,
            RunProgress progress) {
        return new InputFileItemReader(Path.of(input), Path.of(output), progress);
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
            FindingStore findings,
            RunProgress progress) {
        return new StepBuilder("check", jobRepository)
                .tasklet(
                        (contribution, context) -> {
                            long runId = contribution.getStepExecution().getJobExecutionId();
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
    org.springframework.batch.core.step.tasklet.Tasklet reportTasklet(
            @Value("#{jobParameters['output']}") String output,
            ConsolidationService consolidation,
            ReportWriter reports,
            RunProgress progress) {
        return (contribution, context) -> {
            long runId = contribution.getStepExecution().getJobExecutionId();
            Consolidation run = consolidation.build(runId);
            List<Path> written = new ArrayList<>(reports.write(run, Path.of(output)));
            written.forEach(p -> progress.line(Message.of("console.wrote", p)));
            written.addAll(
                    AnnotateTasklet.written(contribution.getStepExecution().getJobExecution()));
            RunSummary.lines(run, Path.of(output), written).forEach(progress::line);
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    Step reportStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            org.springframework.batch.core.step.tasklet.Tasklet reportTasklet) {
        return new StepBuilder("report", jobRepository)
                .tasklet(reportTasklet, transactionManager)
                .build();
    }
}
