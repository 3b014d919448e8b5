package vn.ruralstat.job;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Runs a Spring test class on the machine's real PostgreSQL, in a schema of its own
 * ({@link PostgresDatabase#schemaFor}): the server is required before the class (skipped locally
 * without one, failing under CI=true), the application context points at the schema, which
 * Flyway creates and migrates, and the schema is dropped after the class. A class running the
 * tests of an H2 base class on PostgreSQL is then just {@code @OnPostgres class PostgresXIT extends XTests {}}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DirtiesContext
@ExtendWith(PostgresSchema.class)
@ContextCustomizerFactories(PostgresSchema.class)
public @interface OnPostgres {}
