package vn.ruralstat.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.ruralstat.annotate.AnnotatedCopies;
import vn.ruralstat.dataset.SourceFileSummary;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.output.StagingFolder;
import vn.ruralstat.store.FindingStore;
import vn.ruralstat.store.RunDataStore;

/**
 * Writes an annotated copy of every input file with findings into {@code kiem-tra/} of the run's
 * staging folder, for the officer to send back to the submitter; the report step adds the report
 * and publishes the whole set. Files the run could not read get no copy (their finding already
 * says why); a copy that cannot be written becomes a finding of its own, before the report is
 * written, so the report lists it.
 *
 * <p>It opens a fresh staging folder and replaces its own findings, so that a restart, which runs
 * it again (the staging folder of a run that did not complete is deleted), writes the copies once.
 */
class AnnotateTasklet implements Tasklet {

    static final String FOLDER = "kiem-tra";
    private static final Set<String> ANNOTATABLE = Set.of("READ", "NO_TABLE", "SUPERSEDED");

    private final Path input;
    private final Path output;
    private final FindingStore findings;
    private final RunDataStore store;

    AnnotateTasklet(Path input, Path output, FindingStore findings, RunDataStore store) {
        this.input = input;
        this.output = output;
        this.findings = findings;
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long runId = contribution.getStepExecution().getJobExecutionId();
        findings.deleteStage(runId, FindingStore.ANNOTATE);
        Set<String> readable = store.sources(runId).stream()
                .filter(s -> ANNOTATABLE.contains(s.status()))
                .map(SourceFileSummary::path)
                .collect(Collectors.toSet());
        List<Finding> annotatable = findings.load(runId).stream()
                .filter(f -> f.source() != null && readable.contains(f.source().file()))
                .toList();
        // not closed here: the report step writes into the same folder, and the run publishes it
        StagingFolder staging = StagingFolder.create(output, runId);
        AnnotatedCopies.Result result = new AnnotatedCopies().writeAll(input, annotatable, staging.folder(FOLDER));
        findings.save(
                runId,
                FindingStore.ANNOTATE,
                result.failures().stream()
                        .map(f -> Finding.of(FindingCode.ANNOTATED_COPY_FAILED, SourceRef.file(f.file()), f.reason()))
                        .toList());
        return RepeatStatus.FINISHED;
    }
}
