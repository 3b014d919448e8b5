package vn.ruralstat.job;

/** {@link AbstractOutputSetIT} on the real PostgreSQL, in a schema of its own. */
@OnPostgres
class PostgresOutputSetIT extends AbstractOutputSetIT {}
