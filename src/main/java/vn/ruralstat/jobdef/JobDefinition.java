package vn.ruralstat.jobdef;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One job of the {@code jobs/} folder, read and validated by {@link JobDefinitions#load}. Paths are
 * absolute: relative ones in the file are resolved against the project folder, the folder that
 * contains {@code jobs/}.
 *
 * @param name     unique among the definitions: {@code name:} when given, else the file name without
 *                 its extension ({@code nightly.yaml} → {@code nightly})
 * @param kind     what the job does
 * @param input    the folder a {@link JobKind#CONSOLIDATION} reads; null for the other kinds, which
 *                 read what is stored in the database
 * @param output   the folder the job writes into
 * @param schedule a Spring cron expression of six fields (second minute hour day month weekday), read
 *                 in {@link Options#timeZone()}; null for a job that runs only on demand
 * @param units    the units a {@link JobKind#SUMMARY} or {@link JobKind#REVIEW} covers, as written (NFC);
 *                 empty for a consolidation, which covers whatever its input holds
 * @param periods  a summary's periods in the order listed; a review's one range {@code from}–{@code to};
 *                 empty for a consolidation
 * @param options  the options, defaults filled in
 * @param enabled  false for a job kept in the folder but not to be run
 * @param file     the definition file it was read from, for messages at run time
 * @param crosswalk a review's own crosswalk file, added to the shipped one; null for none
 */
public record JobDefinition(
        String name,
        JobKind kind,
        Path input,
        Path output,
        String schedule,
        List<String> units,
        List<YearRange> periods,
        Options options,
        boolean enabled,
        Path file,
        Path crosswalk) {

    public JobDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(file, "file");
        units = List.copyOf(units);
        periods = List.copyOf(periods);
    }

    /** True when the job has a schedule; false when it runs only when asked for. */
    public boolean isScheduled() {
        return schedule != null;
    }

    /**
     * The options of a job.
     *
     * @param incremental     a consolidation ingests only new or changed files (by content hash);
     *                        always false for the other kinds, which ingest nothing
     * @param annotatedCopies the job writes annotated copies ({@code kiem-tra/}) of the files with findings
     * @param province        the province whose rulebook overrides apply, as the file name of
     *                        {@code rulebooks/overrides/<province>.csv} ({@code cao-bang}); null for
     *                        the national targets
     * @param timeZone        the zone the schedule is read in and dates are written in
     */
    public record Options(boolean incremental, boolean annotatedCopies, String province, ZoneId timeZone) {

        public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

        public Options {
            Objects.requireNonNull(timeZone, "timeZone");
        }
    }
}
