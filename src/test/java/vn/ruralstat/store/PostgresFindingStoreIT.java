package vn.ruralstat.store;

import vn.ruralstat.job.OnPostgres;

/** {@link AbstractFindingStoreIT} on the real PostgreSQL, in a schema of its own. */
@OnPostgres
class PostgresFindingStoreIT extends AbstractFindingStoreIT {}
