package vn.ruralstat.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.ruralstat.message.Localized;
import vn.ruralstat.message.Message;

/**
 * What became of a command: its exit status, the files it wrote, the lines it leaves for the
 * console, and, when it did not complete, the reason, worded by the console in its language.
 *
 * @param status     {@link #COMPLETED}, {@link #FAILED} (the run failed) or {@link #REFUSED} (the
 *                   request cannot be served as given; {@link #DATABASE_UNAVAILABLE} is the entry point's), the process's exit code on the command line
 * @param candidates the units a name matched (a name matching several is refused with them listed)
 * @param lines      what the command reports when it is done, e.g. "lần chạy 7: hoàn thành"
 * @param reason     why it did not complete, or null when it did
 */
public record Outcome(int status, List<Path> written, Set<String> candidates, List<Message> lines, Message reason) {

    public static final int COMPLETED = 0;
    public static final int FAILED = 1;
    public static final int REFUSED = 2;
    /** The database cannot be used: not there, login refused, or its file locked by another run. */
    public static final int DATABASE_UNAVAILABLE = 3;

    public static Outcome completed(List<Path> written, Set<String> candidates) {
        return new Outcome(COMPLETED, written, candidates, List.of(), null);
    }

    public static Outcome refused(Set<String> candidates, Message reason) {
        return new Outcome(REFUSED, List.of(), candidates, List.of(), reason);
    }

    /** A refusal whose reason was worded in both languages elsewhere (a review's crosswalk, its calculator). */
    public static Outcome refused(Set<String> candidates, String reasonVi, String reasonEn) {
        return refused(candidates, Message.of("command.reason", new Localized(reasonVi, reasonEn)));
    }

    /** The reason it did not complete; empty when it did. */
    public Optional<Message> problem() {
        return Optional.ofNullable(reason);
    }
}
