package vn.ruralstat.job;

import org.springframework.boot.test.context.SpringBootTest;

/** {@link MultiYearReviewTests} on the machine's real PostgreSQL, in a schema of its own. */
@SpringBootTest(properties = "ruralstat.cli.enabled=false")
@OnPostgres
class PostgresMultiYearReviewIT extends MultiYearReviewTests {}
