package vn.ruralstat.job;

/** {@link AbstractUnitSummaryIT} on the real PostgreSQL, in a schema of its own. */
@OnPostgres
class PostgresUnitSummaryIT extends AbstractUnitSummaryIT {}
