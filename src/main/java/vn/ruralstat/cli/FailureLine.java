package vn.ruralstat.cli;

import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import vn.ruralstat.command.DiskFull;
import vn.ruralstat.command.Outcome;
import vn.ruralstat.job.UnusableTargetsFile;
import vn.ruralstat.message.Message;

/**
 * A failure that stopped the program, as the one line an officer reads and the exit code a script
 * tests: 3 when the database cannot be used (not there, refused, locked by another run), 2 for an
 * unusable targets file, else 1 (a full disk is said in words: the officer can mend it). Spring's wrapping exceptions say nothing an officer can act on, so
 * the cause is looked for down the chain.
 *
 * @param reason   what went wrong and what to do, or null when another reporter already said it
 */
public record FailureLine(int exitCode, Message reason) {

    /** H2's "Database may be already in use": another process holds the file. */
    static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    /** @param databaseUrl the configured {@code spring.datasource.url}, named when the database fails */
    public static FailureLine of(Throwable failure, String databaseUrl) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnusableTargetsFile) return new FailureLine(Outcome.REFUSED, null);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return new FailureLine(Outcome.DATABASE_UNAVAILABLE, locked(sql, databaseUrl));
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && unreachable(sql)) {
                return new FailureLine(
                        Outcome.DATABASE_UNAVAILABLE,
                        Message.of("failure.database.unavailable", databaseUrl, why(sql)));
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException) {
                return new FailureLine(
                        Outcome.DATABASE_UNAVAILABLE,
                        Message.of(
                                "failure.database.unavailable",
                                databaseUrl,
                                Message.of("failure.database.other", rootOf(t).getMessage())));
            }
        }
        java.util.Optional<String> diskFull = DiskFull.in(failure);
        if (diskFull.isPresent()) {
            return new FailureLine(
                    Outcome.FAILED,
                    diskFull.get().isEmpty()
                            ? Message.of("failure.diskFull.noFile")
                            : Message.of("failure.diskFull", diskFull.get()));
        }
        Throwable root = rootOf(failure);
        if (root instanceof FileSystemException file) {
            return new FailureLine(Outcome.FAILED, Message.of("failure.file", file.getFile()));
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return new FailureLine(
                Outcome.FAILED,
                Message.of("failure.unexpected", text.lines().findFirst().orElse("")));
    }

    /** The locked file as H2 names it ("…already in use: "/path/ruralstat.mv.db""), else the URL. */
    private static Message locked(SQLException sql, String databaseUrl) {
        Matcher quoted = QUOTED.matcher(String.valueOf(sql.getMessage()));
        return Message.of("failure.database.locked", quoted.find() ? quoted.group(1) : databaseUrl);
    }

    /**
     * Connection failures by their standard SQL state: 08 no connection, 28 refused login, 3D no such
     * database (PostgreSQL and H2 alike).
     */
    private static boolean unreachable(SQLException sql) {
        String state = sql.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("28") || state.startsWith("3D"));
    }

    private static Message why(SQLException sql) {
        String state = sql.getSQLState();
        if (state.startsWith("08")) return Message.of("failure.database.refused");
        if (state.startsWith("28")) return Message.of("failure.database.login");
        return Message.of("failure.database.missing");
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root;
    }
}
