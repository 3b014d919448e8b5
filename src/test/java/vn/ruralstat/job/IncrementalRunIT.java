package vn.ruralstat.job;

import org.springframework.test.context.TestPropertySource;

/** {@link AbstractIncrementalRunIT} on H2, in memory. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:incremental;DB_CLOSE_DELAY=-1")
class IncrementalRunIT extends AbstractIncrementalRunIT {}
