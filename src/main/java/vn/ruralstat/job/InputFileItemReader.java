package vn.ruralstat.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import vn.ruralstat.ingest.InputFiles;

/**
 * Hands out the input folder's files one by one. Remembers how far it got in the step's
 * execution context, so a restarted run carries on after the last file it committed.
 */
class InputFileItemReader implements ItemStreamReader<Path> {

    private static final String NEXT = "input.next";

    private final Path root;
    private List<Path> files;
    private int next;

    InputFileItemReader(Path root) {
        this.root = root;
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            files = InputFiles.list(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list input folder " + root, e);
        }
        next = context.containsKey(NEXT) ? context.getInt(NEXT) : 0;
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
