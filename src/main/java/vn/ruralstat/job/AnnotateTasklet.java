package vn.ruralstat.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.ruralstat.annotate.AnnotatedCopies;
import vn.ruralstat.command.RunProgress;
import vn.ruralstat.dataset.SourceFileSummary;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.message.Message;
import vn.ruralstat.store.FindingStore;
import vn.ruralstat.store.RunDataStore;

/**
 * Writes an annotated copy of every input file with findings into {@code <output>/kiem-tra/},
 * for the officer to send back to the submitter. Files the run could not read get no copy (their
 * finding already says why); a copy that cannot be written becomes a finding of its own, before
 * the report is written, so the report lists it.
 */
class AnnotateTasklet implements Tasklet {

    static final String FOLDER = "kiem-tra";
    private static final String WRITTEN = "annotate.written";
    private static final Set<String> ANNOTATABLE = Set.of("READ", "NO_TABLE", "SUPERSEDED");

    private final Path input;
    private final Path output;
    private final FindingStore findings;
    private final RunDataStore store;
    private final RunProgress progress;

    AnnotateTasklet(Path input, Path output, FindingStore findings, RunDataStore store, RunProgress progress) {
        this.input = input;
        this.output = output;
        this.findings = findings;
        this.store = store;
        this.progress = progress;
    }

    /** The annotated copies the run wrote, from its context; none when its annotate step did not run. */
    static List<Path> written(org.springframework.batch.core.job.JobExecution job) {
        String written = job.getExecutionContext().getString(WRITTEN, "");
        return written.lines().map(Path::of).toList();
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long runId = contribution.getStepExecution().getJobExecutionId();
        Set<String> readable = store.sources(runId).stream()
                .filter(s -> ANNOTATABLE.contains(s.status()))
                .map(SourceFileSummary::path)
                .collect(java.util.stream.Collectors.toSet());
        List<Finding> annotatable = findings.load(runId).stream()
                .filter(f -> f.source() != null && readable.contains(f.source().file()))
                .toList();
        AnnotatedCopies.Result result = new AnnotatedCopies().writeAll(input, annotatable, output.resolve(FOLDER));
        result.written().forEach(p -> progress.line(Message.of("console.wrote", p)));
        // for the run's summary at its end, in the job's context so that a restart still counts them
        contribution
                .getStepExecution()
                .getJobExecution()
                .getExecutionContext()
                .putString(
                        WRITTEN,
                        result.written().stream()
                                .map(Path::toString)
                                .collect(java.util.stream.Collectors.joining("\n")));
        findings.save(
                runId,
                FindingStore.ANNOTATE,
                result.failures().stream()
                        .map(f -> Finding.of(FindingCode.ANNOTATED_COPY_FAILED, SourceRef.file(f.file()), f.reason()))
                        .toList());
        return RepeatStatus.FINISHED;
    }
}
