package vn.ruralstat.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ruralstat.command.RunProgress;
import vn.ruralstat.ingest.InputFiles;
import vn.ruralstat.ingest.InputIdentity;
import vn.ruralstat.message.Message;
import vn.ruralstat.store.RunInputs;

/**
 * Hands out the input folder's files one by one. When the run starts it records its input list
 * (path, size, SHA-256); a restarted run re-hashes the folder and resumes over that list by
 * identity ({@link RestartPlan}): what was committed is known by path and content, so files that
 * came, went or changed since the stop are neither skipped, kept, nor read twice.
 */
class InputFileItemReader implements ItemStreamReader<Path> {

    private final Path root;
    private final Path output;
    private final long runId;
    private final RunInputs inputs;
    private final TransactionTemplate transaction;
    private final RunProgress progress;
    private List<Path> files;
    private int next;

    InputFileItemReader(
            Path root,
            Path output,
            long runId,
            RunInputs inputs,
            TransactionTemplate transaction,
            RunProgress progress) {
        this.root = root;
        this.output = output;
        this.runId = runId;
        this.inputs = inputs;
        this.transaction = transaction;
        this.progress = progress;
    }

    @Override
    public void open(ExecutionContext context) {
        InputFiles.Scan scan;
        Map<String, Path> byPath = new HashMap<>();
        List<InputIdentity> now = new ArrayList<>();
        try {
            scan = InputFiles.scan(root, output);
            for (Path file : scan.files()) {
                try {
                    InputIdentity identity = InputIdentity.of(root, file);
                    now.add(identity);
                    byPath.put(identity.path(), file);
                } catch (NoSuchFileException gone) {
                    // deleted between the listing and the hashing: not part of the folder any more
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list input folder " + root, e);
        }
        saySkipped(scan);
        List<Message> said = new ArrayList<>();
        List<InputIdentity> toRead = transaction.execute(status -> resume(now, said));
        said.forEach(progress::line);
        files = toRead.stream().map(f -> byPath.get(f.path())).toList();
        next = 0;
    }

    /** Records the list on the first execution; on a restart, applies the {@link RestartPlan}. */
    private List<InputIdentity> resume(List<InputIdentity> now, List<Message> said) {
        List<RunInputs.Listed> listed = inputs.listed(runId);
        if (listed.isEmpty()) {
            inputs.record(runId, numbered(now, 0));
            return now;
        }
        RestartPlan plan = RestartPlan.of(listed, inputs.committed(runId), now);
        if (plan.kept() > 0) said.add(Message.of("console.restart.kept", plan.kept()));
        for (String gone : plan.vanishedRead()) {
            said.add(Message.of("console.restart.vanished", gone, inputs.drop(runId, gone)));
            inputs.unlist(runId, gone);
        }
        for (String gone : plan.vanishedUnread()) {
            said.add(Message.of("console.restart.vanishedUnread", gone));
            inputs.unlist(runId, gone);
        }
        for (InputIdentity changed : plan.changed()) {
            said.add(Message.of("console.restart.changed", changed.path(), inputs.drop(runId, changed.path())));
        }
        plan.relisted().forEach(f -> inputs.relist(runId, f.path(), f.size(), f.sha256()));
        int last = listed.get(listed.size() - 1).order();
        inputs.record(runId, numbered(plan.added(), last + 1));
        plan.added().forEach(f -> said.add(Message.of("console.restart.added", f.path())));
        return plan.toRead();
    }

    private static List<RunInputs.Listed> numbered(List<InputIdentity> files, int first) {
        List<RunInputs.Listed> listed = new ArrayList<>(files.size());
        for (InputIdentity f : files)
            listed.add(new RunInputs.Listed(first + listed.size(), f.path(), f.size(), f.sha256()));
        return listed;
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
}
