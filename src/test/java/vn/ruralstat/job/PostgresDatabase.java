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
 */
final class PostgresDatabase {

    static final String URL = System.getProperty("ruralstat.pg.url",
            System.getenv().getOrDefault("RURALSTAT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres"));
    static final String USER = System.getenv().getOrDefault("RURALSTAT_PG_USER", "postgres");

    private PostgresDatabase() {
    }

    static void requireServer() {
        try (Connection c = DriverManager.getConnection(URL, USER, "")) {
            c.isValid(5);
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL at " + URL + " is required under CI=true: " + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL not reachable at " + URL + ": " + e.getMessage());
        }
    }

    static String urlFor(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static void dropSchema(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, ""); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
