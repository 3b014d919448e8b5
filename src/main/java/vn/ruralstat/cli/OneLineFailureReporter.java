package vn.ruralstat.cli;

import java.io.PrintStream;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import vn.ruralstat.command.RunProgress;
import vn.ruralstat.message.MessageCatalogue;

/**
 * Reports whatever stopped Spring from starting, or a command from finishing, as one line on standard
 * error in the console's language (see {@link FailureLine}); the stack trace follows only with
 * {@code --debug}. Claiming every failure keeps Spring Boot's own failure report and its "Application
 * run failed" trace off the console. Registered in {@code META-INF/spring.factories}.
 */
public class OneLineFailureReporter implements SpringBootExceptionReporter, Ordered {

    private final ConfigurableApplicationContext context;

    public OneLineFailureReporter(ConfigurableApplicationContext context) {
        this.context = context;
    }

    @Override
    public boolean reportException(Throwable failure) {
        String url = context.getEnvironment().getProperty("spring.datasource.url", "");
        FailureLine line = FailureLine.of(failure, url);
        if (line.reason() == null) return false; // worded by the reporter of that failure
        // Spring may not have started: the language and --debug come from the entry point's properties
        String language = System.getProperty(RunProgress.LANGUAGE_PROPERTY, "vi");
        MessageCatalogue catalogue = MessageCatalogue.of(language).orElse(MessageCatalogue.VIETNAMESE);
        PrintStream err = System.err;
        err.println("ruralstat: " + catalogue.render(line.reason()));
        if (Debug.on()) failure.printStackTrace(err);
        err.flush();
        return true;
    }

    /** After the targets file's reporter, before Spring Boot's failure analyzers. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
