package vn.ruralstat.job;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The machine's real PostgreSQL (127.0.0.1:5432, user postgres). Each test class gets its own
 * schema, dropped afterwards. Without a server the tests are skipped on a developer's machine,
 * but fail under CI=true: CI must never pass by skipping the database.
 *
 * <p>A test class on PostgreSQL: a {@code static final String SCHEMA = PostgresDatabase.newSchema()},
 * {@link #requireServer} in {@code @BeforeAll}, {@link #register} in its {@code @DynamicPropertySource}
 * and {@link #dropSchema} in {@code @AfterAll} (see {@link PostgresConsolidationIT}).
 */
public final class PostgresDatabase {

    public static final String URL = System.getProperty("ruralstat.pg.url",
            System.getenv().getOrDefault("RURALSTAT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres"));
    public static final String USER = System.getenv().getOrDefault("RURALSTAT_PG_USER", "postgres");

    private PostgresDatabase() {
    }

    public static void requireServer() {
        try (Connection c = DriverManager.getConnection(URL, USER, "")) {
            c.isValid(5);
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL at " + URL + " is required under CI=true: " + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL not reachable at " + URL + ": " + e.getMessage());
        }
    }

    /** A schema name no other test class uses. */
    public static String newSchema() {
        return "rs_it_" + Long.toHexString(System.nanoTime());
    }

    public static String urlFor(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Points the application at {@code schema}, which Flyway creates and migrates on start. */
    public static void register(DynamicPropertyRegistry registry, String schema) {
        registry.add("spring.datasource.url", () -> urlFor(schema));
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.create-schemas", () -> "true");
    }

    public static void dropSchema(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, ""); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
