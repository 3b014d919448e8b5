package vn.ruralstat.command;

/**
 * A command run by name, from the command line ({@code ruralstat summary …}) or by a scheduled job:
 * consolidation, summary and review are siblings behind this one shape, so the command line and the
 * scheduler dispatch them without knowing each one.
 */
public interface Command {

    /** The name on the command line: "consolidate", "summary", "review". */
    String name();

    /** Runs the command; a refusal (a unit not found, an unreadable crosswalk) is an outcome, not an exception. */
    Outcome run(Arguments arguments) throws Exception;
}
