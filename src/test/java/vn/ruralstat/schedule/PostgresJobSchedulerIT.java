package vn.ruralstat.schedule;

import vn.ruralstat.job.OnPostgres;

/** {@link AbstractJobSchedulerIT} on the real PostgreSQL, in a schema of its own. */
@OnPostgres
class PostgresJobSchedulerIT extends AbstractJobSchedulerIT {}
