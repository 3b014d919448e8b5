package vn.ruralstat.job;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link AbstractUnitSummaryIT} on the real PostgreSQL, in a schema of its own. */
@DirtiesContext
class PostgresUnitSummaryIT extends AbstractUnitSummaryIT {

    static final String SCHEMA = PostgresDatabase.newSchema();

    @BeforeAll
    static void needsPostgres() {
        PostgresDatabase.requireServer();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry, SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        PostgresDatabase.dropSchema(SCHEMA);
    }
}
