package vn.ruralstat.schedule;

import vn.ruralstat.job.OnPostgres;

/** {@link AbstractTwoSchedulersIT} on the real PostgreSQL, in a schema of its own that both serving processes use. */
@OnPostgres
class PostgresTwoSchedulersIT extends AbstractTwoSchedulersIT {}
