package vn.ruralstat.consolidate;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The model of the current run, built from the database once and handed on: the check step builds
 * it (after deduplication, which decides the tables that count), the consolidate and report steps
 * and any summary of the same run take it as it is. Only when it is absent — another run's is
 * kept, or a restarted run continues in a new process — is it rebuilt.
 */
@Component
class RunModels {

    private record Built(long runId, RunModel model) {}

    private final RunModelLoader loader;
    private final AtomicReference<Built> current = new AtomicReference<>();

    RunModels(RunModelLoader loader) {
        this.loader = loader;
    }

    /** Builds run {@code runId}'s model afresh and keeps it. */
    RunModel rebuild(long runId) {
        RunModel model = loader.load(runId);
        current.set(new Built(runId, model));
        return model;
    }

    /** The kept model of run {@code runId}, built when absent. */
    RunModel of(long runId) {
        Built built = current.get();
        return built != null && built.runId() == runId ? built.model() : rebuild(runId);
    }
}
