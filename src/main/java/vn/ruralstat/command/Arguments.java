package vn.ruralstat.command;

import java.nio.file.Path;

/**
 * The parsed arguments of a command; each command reads the ones it needs and the others are null.
 *
 * @param incremental consolidation only: read only new or changed files
 * @param period      summary only: the period asked for, or null for all
 * @param crosswalk   review only: an office's crosswalk to add to the shipped one, or null
 */
public record Arguments(
        Path input,
        Path output,
        boolean incremental,
        String unit,
        String period,
        Integer from,
        Integer to,
        Path crosswalk) {

    /** The arguments of a consolidation of {@code input} into {@code output}. */
    public static Arguments consolidation(Path input, Path output, boolean incremental) {
        return new Arguments(input, output, incremental, null, null, null, null, null);
    }

    /** The arguments of a summary of {@code unit} for {@code period} (null: every period). */
    public static Arguments summary(String unit, String period, Path output) {
        return new Arguments(null, output, false, unit, period, null, null, null);
    }

    /** The arguments of a review of {@code unit} over the years {@code from} to {@code to}. */
    public static Arguments review(String unit, int from, int to, Path output, Path crosswalk) {
        return new Arguments(null, output, false, unit, null, from, to, crosswalk);
    }

    /** What the command is about, for a log line: the unit and the period, or "" for a consolidation. */
    public String scope() {
        if (unit == null) return "";
        return period == null ? unit : unit + " " + period;
    }
}
