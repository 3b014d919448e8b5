package vn.ruralstat.job;

/** {@link AbstractTotalOverflowIT} on the real PostgreSQL, in a schema of its own. */
@OnPostgres
class PostgresTotalOverflowIT extends AbstractTotalOverflowIT {}
