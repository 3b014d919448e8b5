package vn.ruralstat.schedule;

import vn.ruralstat.job.OnPostgres;

/** {@link AbstractServeShutdownIT} on the real PostgreSQL, in a schema of its own that the serving process uses too. */
@OnPostgres
class PostgresServeShutdownIT extends AbstractServeShutdownIT {}
