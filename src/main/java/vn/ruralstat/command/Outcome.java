package vn.ruralstat.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What became of a command: its exit status, the files it wrote, the lines it leaves for the
 * console, and, when it did not complete, the reason in Vietnamese and English.
 *
 * @param status     {@link #COMPLETED}, {@link #FAILED} (the run failed) or {@link #REFUSED} (the
 *                   request cannot be served as given), the process's exit code on the command line
 * @param candidates the units a name matched (a name matching several is refused with them listed)
 * @param lines      what the command reports when it is done, e.g. "lần chạy / run 7: COMPLETED"
 */
public record Outcome(
        int status,
        List<Path> written,
        Set<String> candidates,
        List<String> lines,
        String problemVi,
        String problemEn) {

    public static final int COMPLETED = 0;
    public static final int FAILED = 1;
    public static final int REFUSED = 2;

    public static Outcome completed(List<Path> written, Set<String> candidates) {
        return new Outcome(COMPLETED, written, candidates, List.of(), null, null);
    }

    public static Outcome refused(Set<String> candidates, String problemVi, String problemEn) {
        return new Outcome(REFUSED, List.of(), candidates, List.of(), problemVi, problemEn);
    }

    /** The reason as the console shows it in one line, "Vietnamese / English"; empty when completed. */
    public Optional<String> problem() {
        return problemEn == null ? Optional.empty() : Optional.of(problemVi + " / " + problemEn);
    }
}
