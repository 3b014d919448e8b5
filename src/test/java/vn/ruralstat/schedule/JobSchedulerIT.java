package vn.ruralstat.schedule;

import org.springframework.test.context.TestPropertySource;

/** {@link AbstractJobSchedulerIT} on H2, in memory. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:sched;DB_CLOSE_DELAY=-1")
class JobSchedulerIT extends AbstractJobSchedulerIT {}
