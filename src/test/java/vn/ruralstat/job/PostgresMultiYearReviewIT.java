package vn.ruralstat.job;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link MultiYearReviewTests} on the machine's real PostgreSQL, in a schema of its own. */
@SpringBootTest(properties = "ruralstat.cli.enabled=false")
class PostgresMultiYearReviewIT extends MultiYearReviewTests {

    static final String SCHEMA = "rs_review_" + Long.toHexString(System.nanoTime());

    @BeforeAll
    static void needsPostgres() {
        PostgresDatabase.requireServer();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> PostgresDatabase.urlFor(SCHEMA));
        registry.add("spring.datasource.username", () -> PostgresDatabase.USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.create-schemas", () -> "true");
    }

    @AfterAll
    static void dropSchema() throws Exception {
        PostgresDatabase.dropSchema(SCHEMA);
    }
}
