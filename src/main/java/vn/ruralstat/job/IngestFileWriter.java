package vn.ruralstat.job;

import java.nio.file.Path;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import vn.ruralstat.command.RunProgress;
import vn.ruralstat.dataset.RowCounts;
import vn.ruralstat.ingest.FileIngester;
import vn.ruralstat.ingest.InputFiles;
import vn.ruralstat.message.Message;
import vn.ruralstat.store.FindingStore;

/** Ingests each file handed to it and prints one progress line per file. */
class IngestFileWriter implements ItemWriter<Path> {

    private final Path root;
    private final long runId;
    private final boolean incremental;
    private final FileIngester ingester;
    private final RunProgress progress;
    private final FindingStore findingStore;

    IngestFileWriter(
            Path root,
            StepExecution step,
            boolean incremental,
            FileIngester ingester,
            RunProgress progress,
            FindingStore findingStore) {
        this.root = root;
        this.runId = step.getJobExecutionId();
        this.incremental = incremental;
        this.ingester = ingester;
        this.progress = progress;
        this.findingStore = findingStore;
    }

    @Override
    public void write(Chunk<? extends Path> chunk) throws Exception {
        for (Path file : chunk) {
            RowCounts c = ingester.ingest(runId, root, file, incremental);
            String relative = InputFiles.relative(root, file);
            if (c.carriedFromRun() != null) {
                progress.line(Message.of("console.file.unchanged", relative, c.carriedFromRun()));
                continue;
            }
            int findings = findingStore.count(runId, relative);
            progress.line(Message.of(
                    "console.file.read", relative, c.tables(), c.read(), c.used(), c.rejected(), c.other(), findings));
        }
    }
}
