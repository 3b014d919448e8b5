package vn.ruralstat.job;

/** {@link AbstractIncrementalRunIT} on the real PostgreSQL, in a schema of its own. */
@OnPostgres
class PostgresIncrementalRunIT extends AbstractIncrementalRunIT {}
