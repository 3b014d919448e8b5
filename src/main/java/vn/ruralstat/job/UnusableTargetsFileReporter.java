package vn.ruralstat.job;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;

/**
 * Reports an {@link UnusableTargetsFile} as the one line an officer needs, instead of Spring's
 * start-up failure report with its stack trace. Registered in {@code META-INF/spring.factories}.
 */
public class UnusableTargetsFileReporter implements SpringBootExceptionReporter, Ordered {

    @Override
    public boolean reportException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnusableTargetsFile unusable) {
                // Spring did not start: the language comes from the system property the entry point set
                String language = System.getProperty(vn.ruralstat.command.RunProgress.LANGUAGE_PROPERTY, "vi");
                System.err.println("ruralstat: " + unusable.reason(language));
                return true;
            }
        }
        return false;
    }

    /** Before Spring's failure analyzers, which would print a report of their own. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
