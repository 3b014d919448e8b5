package vn.ruralstat.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which run a set of outputs comes from, kept beside the set in the hidden file {@value #FILE}
 * (JSON: {@code runId}, {@code started}): it names the archive the set is moved to when a later set
 * replaces it, and it tells a restarted old run that the folder already holds the set of a newer one.
 *
 * @param run     the run's id as the officer sees it (the archive folder's name)
 * @param started when the run was first started (a restart keeps its run's first start), or null
 *                when unknown; runs are ordered by it, so that a restart of an old run stays older
 */
public record SetStamp(long run, LocalDateTime started) {

    public static final String FILE = ".ruralstat-run";

    public static SetStamp of(long run, LocalDateTime started) {
        return new SetStamp(run, started);
    }

    /**
     * True when this set's run was started after {@code other}'s. Unknown start times order
     * nothing: a set is never kept out of the folder on a guess.
     */
    public boolean isNewerThan(SetStamp other) {
        return started != null && other.started != null && started.isAfter(other.started);
    }

    /** The stamp in {@code folder}; empty when there is none or it cannot be read (a set of before stamps). */
    static Optional<SetStamp> readFrom(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            JsonNode stamp = OutputJson.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (!stamp.path("runId").canConvertToLong()) return Optional.empty();
            String started = stamp.path("started").asString("");
            return Optional.of(new SetStamp(
                    stamp.path("runId").asLong(), started.isEmpty() ? null : LocalDateTime.parse(started)));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty(); // edited by hand or cut short: the set is treated as unstamped
        }
    }

    /** Writes the stamp into {@code folder}, replacing the one there in a single rename. */
    void writeTo(Path folder) throws IOException {
        JsonMapper mapper = OutputJson.mapper();
        ObjectNode stamp = mapper.createObjectNode();
        stamp.put("runId", run);
        if (started != null) stamp.put("started", started.toString());
        Path temporary = folder.resolve(FILE + ".tmp");
        Files.writeString(temporary, mapper.writeValueAsString(stamp) + "\n", StandardCharsets.UTF_8);
        OfficeReadable.file(temporary);
        StagingFolder.move(temporary, folder.resolve(FILE));
    }
}
