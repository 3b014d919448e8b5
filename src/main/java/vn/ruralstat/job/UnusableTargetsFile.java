package vn.ruralstat.job;

import org.springframework.boot.ExitCodeGenerator;

/**
 * The targets file of {@code --ruralstat.rulebooks.targets} cannot be used: the application does
 * not start, says why in one line (file, line, what was expected) and exits with code 2, as for
 * unusable arguments.
 */
public class UnusableTargetsFile extends RuntimeException implements ExitCodeGenerator {

    private static final long serialVersionUID = 1L;

    private final String vietnamese;

    UnusableTargetsFile(String vietnamese, String english) {
        super(english);
        this.vietnamese = vietnamese;
    }

    /** The reason in the console's language ({@code ruralstat.lang}: "vi", the default, or "en"). */
    String reason(String language) {
        return "en".equals(language) ? getMessage() : vietnamese;
    }

    @Override
    public int getExitCode() {
        return 2;
    }
}
