package vn.ruralstat.job;

/** {@link AbstractRestartAfterKillIT} on the real PostgreSQL, in a schema of its own that the killed process uses too. */
@OnPostgres
class PostgresRestartAfterKillIT extends AbstractRestartAfterKillIT {}
