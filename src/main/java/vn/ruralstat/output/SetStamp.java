package vn.ruralstat.output;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * Which run a set of outputs comes from, kept beside the set in the hidden file {@value #FILE}: it
 * names the archive the set is moved to when a later set replaces it, and it tells a restarted old
 * run that the folder already holds the set of a newer one.
 *
 * @param run     the run's id as the officer sees it (the archive folder's name)
 * @param started when the run was first started (a restart keeps its run's first start), or null
 *                when unknown; runs are ordered by it, so that a restart of an old run stays older
 */
public record SetStamp(String run, LocalDateTime started) {

    public static final String FILE = ".ruralstat-run";

    public SetStamp {
        if (run == null || run.isBlank()) throw new IllegalArgumentException("a set needs its run");
    }

    public static SetStamp of(long run, LocalDateTime started) {
        return new SetStamp(Long.toString(run), started);
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
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            String run = p.getProperty("run", "").trim();
            String started = p.getProperty("started", "").trim();
            if (run.isEmpty()) return Optional.empty();
            return Optional.of(new SetStamp(run, started.isEmpty() ? null : LocalDateTime.parse(started)));
        } catch (IOException | DateTimeParseException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /** Writes the stamp into {@code folder}, replacing the one there in a single rename. */
    void writeTo(Path folder) throws IOException {
        Path temporary = folder.resolve(FILE + ".tmp");
        Properties p = new Properties();
        p.setProperty("run", run);
        if (started != null) p.setProperty("started", started.toString());
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            p.store(out, "ruralstat: the run whose outputs are in this folder");
        }
        OfficeReadable.file(temporary);
        StagingFolder.move(temporary, folder.resolve(FILE));
    }
}
