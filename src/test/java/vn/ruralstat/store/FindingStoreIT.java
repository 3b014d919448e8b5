package vn.ruralstat.store;

import org.springframework.test.context.TestPropertySource;

/** {@link AbstractFindingStoreIT} on H2, in memory. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:findings;DB_CLOSE_DELAY=-1")
class FindingStoreIT extends AbstractFindingStoreIT {}
