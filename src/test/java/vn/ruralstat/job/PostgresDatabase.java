package vn.ruralstat.job;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * The machine's real PostgreSQL (127.0.0.1:5432, user postgres). Each test class gets its own
 * schema, dropped afterwards. Without a server the tests are skipped on a developer's machine,
 * but fail under CI=true: CI must never pass by skipping the database.
 *
 * <p>A Spring test class on PostgreSQL is annotated {@link OnPostgres}, which does all of that.
 */
public final class PostgresDatabase {

    public static final String URL = System.getProperty(
            "ruralstat.pg.url",
            System.getenv().getOrDefault("RURALSTAT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres"));
    public static final String USER = System.getenv().getOrDefault("RURALSTAT_PG_USER", "postgres");

    private PostgresDatabase() {}

    public static void requireServer() {
        try (Connection c = DriverManager.getConnection(URL, USER, "")) {
            c.isValid(5);
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(
                        "PostgreSQL at " + URL + " is required under CI=true: " + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL not reachable at " + URL + ": " + e.getMessage());
        }
    }

    /** The schema of a test class: its name and this JVM's id, so that no other class or build shares it. */
    public static String schemaFor(Class<?> testClass) {
        return "rs_it_" + testClass.getSimpleName().toLowerCase(java.util.Locale.ROOT) + "_"
                + ProcessHandle.current().pid();
    }

    public static String urlFor(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static void dropSchema(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, "");
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
