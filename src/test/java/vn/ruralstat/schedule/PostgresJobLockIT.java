package vn.ruralstat.schedule;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The job lock's tests on the PostgreSQL server of this machine ({@code RURALSTAT_PG_URL}, default
 * 127.0.0.1:5432, user postgres), in a schema of their own: the same SQL, the same duplicate-key
 * translation. Skipped without a server, except under {@code CI=true}.
 */
class PostgresJobLockIT extends JobLockTest {

    private static final String URL = System.getProperty(
            "ruralstat.pg.url",
            System.getenv().getOrDefault("RURALSTAT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres"));
    private static final String USER = System.getenv().getOrDefault("RURALSTAT_PG_USER", "postgres");
    private static final String SCHEMA = "rs_job_lock_it";

    @Override
    DataSource emptyDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(URL, USER, "");
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SCHEMA);
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(
                        "PostgreSQL at " + URL + " is required under CI=true: " + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL not reachable at " + URL + ": " + e.getMessage());
        }
        String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        return new DriverManagerDataSource(url, USER, "");
    }
}
