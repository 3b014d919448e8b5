package vn.ruralstat.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.env.Environment;
import vn.ruralstat.RuralstatApplication;

/**
 * ruralstat's command line in a JVM of its own, as an officer or systemd starts it, on the same
 * database as the test's Spring context: for tests that kill or stop the process and then look
 * at what it left in the database.
 */
public final class RuralstatProcess {

    /** What a child process needs to open the test's database (and, on PostgreSQL, its schema). */
    private static final List<String> DATABASE_PROPERTIES = List.of(
            "spring.datasource.url",
            "spring.datasource.username",
            "spring.datasource.password",
            "spring.flyway.schemas",
            "spring.flyway.create-schemas");

    private RuralstatProcess() {}

    /**
     * An H2 file database under {@code target/it-h2/} that this JVM and a child can both open: the
     * first to open it serves it to the other (H2's automatic mixed mode).
     */
    public static String sharedH2Url(String name) {
        return "jdbc:h2:file:"
                + Path.of("target/it-h2/" + name + "-" + System.nanoTime() + "/ruralstat")
                        .toAbsolutePath() + ";AUTO_SERVER=TRUE";
    }

    /** {@code java … RuralstatApplication arguments… --spring.datasource.…} on the database of {@code testContext}. */
    public static ProcessBuilder command(Environment testContext, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                RuralstatApplication.class.getName()));
        command.addAll(List.of(arguments));
        for (String property : DATABASE_PROPERTIES) {
            String value = testContext.getProperty(property);
            if (value != null) command.add("--" + property + "=" + value);
        }
        return new ProcessBuilder(command);
    }
}
