package vn.ruralstat.job;

/** {@link AbstractFaultSuiteIT} on the real PostgreSQL, in a schema of its own. */
@OnPostgres
class PostgresFaultSuiteIT extends AbstractFaultSuiteIT {}
