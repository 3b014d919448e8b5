package vn.ruralstat.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import vn.ruralstat.command.RunProgress;
import vn.ruralstat.ingest.InputFiles;
import vn.ruralstat.message.Message;

/**
 * Hands out the input folder's files one by one. Remembers how far it got in the step's
 * execution context, so a restarted run carries on after the last file it committed.
 */
class InputFileItemReader implements ItemStreamReader<Path> {

    private static final String NEXT = "input.next";

    private final Path root;
    private final Path output;
    private final RunProgress progress;
    private List<Path> files;
    private int next;

    InputFileItemReader(Path root, Path output, RunProgress progress) {
        this.root = root;
        this.output = output;
        this.progress = progress;
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            InputFiles.Scan scan = InputFiles.scan(root, output);
            files = scan.files();
            saySkipped(scan);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list input folder " + root, e);
        }
        next = context.containsKey(NEXT) ? context.getInt(NEXT) : 0;
    }

    /** The officer learns that files were left out, and why, rather than miss them in the report. */
    private void saySkipped(InputFiles.Scan scan) {
        if (scan.outputInside()) {
            progress.line(Message.of("console.outputInsideInput", output, scan.ownOutputs()));
        } else if (scan.ownOutputs() > 0) {
            progress.line(Message.of("console.ownOutputsSkipped", scan.ownOutputs()));
        }
    }

    @Override
    public Path read() {
        return next < files.size() ? files.get(next++) : null;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(NEXT, next);
    }

    int total() {
        return files == null ? 0 : files.size();
    }
}
