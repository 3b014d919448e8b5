package vn.ruralstat.jobdef;

import java.nio.file.Path;
import java.util.List;
import vn.ruralstat.message.Message;

/**
 * The job definitions cannot be used: every problem of every file, so that an operator fixes them
 * all in one go. The message lists one problem a line.
 */
public class InvalidJobDefinitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<JobDefinitionProblem> problems;
    private final transient Message heading;

    InvalidJobDefinitionException(Path jobsFolder, List<JobDefinitionProblem> problems) {
        super(message(jobsFolder, problems));
        this.problems = List.copyOf(problems);
        this.heading = heading(jobsFolder, problems.size());
    }

    /** The heading and one problem a line, in the catalogue's language alone, for the console. */
    public String text(vn.ruralstat.message.MessageCatalogue catalogue) {
        StringBuilder sb = new StringBuilder(catalogue.render(heading));
        for (JobDefinitionProblem p : problems) {
            sb.append(System.lineSeparator()).append("  ").append(p.text(catalogue));
        }
        return sb.toString();
    }

    private static Message heading(Path jobsFolder, int n) {
        return Message.of(n == 1 ? "jobdef.invalid.one" : "jobdef.invalid.many", jobsFolder, n);
    }

    /** The problems in the order of the files and, within a file, of the lines. */
    public List<JobDefinitionProblem> problems() {
        return problems;
    }

    private static String message(Path jobsFolder, List<JobDefinitionProblem> problems) {
        Message heading = heading(jobsFolder, problems.size());
        StringBuilder sb =
                new StringBuilder().append(heading.en()).append(" / ").append(heading.vi());
        for (JobDefinitionProblem p : problems) {
            sb.append(System.lineSeparator()).append("  ").append(p.message());
        }
        return sb.toString();
    }
}
