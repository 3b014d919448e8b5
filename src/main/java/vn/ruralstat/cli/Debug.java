package vn.ruralstat.cli;

/**
 * {@code --debug}: errors keep their one line and add the stack trace, and the loggers that are
 * silent otherwise (the connection pool's, Batch's step failures) speak again, on standard error.
 */
public final class Debug {

    static final String OPTION = "--debug";
    static final String PROPERTY = "ruralstat.debug";

    private Debug() {}

    /** Sets the properties Spring reads for {@code --debug}, before it starts. */
    public static void useIfAsked(String[] args) {
        if (!java.util.List.of(args).contains(OPTION)) return;
        System.setProperty(PROPERTY, "true");
        // Quiet without --debug (application.properties): they repeat a failure the one line reports.
        System.setProperty("logging.level.com.zaxxer.hikari", "WARN");
        System.setProperty("logging.level.org.springframework.batch", "WARN");
        System.setProperty("logging.level.org.springframework.boot.SpringApplication", "ERROR");
    }

    /** The arguments for Spring, without {@code --debug}, which Spring Boot reads as its own verbose mode. */
    public static String[] withoutOption(String[] args) {
        return java.util.Arrays.stream(args).filter(a -> !a.equals(OPTION)).toArray(String[]::new);
    }

    static boolean on() {
        return Boolean.getBoolean(PROPERTY);
    }
}
