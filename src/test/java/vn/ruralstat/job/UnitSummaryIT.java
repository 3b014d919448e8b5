package vn.ruralstat.job;

import org.springframework.test.context.TestPropertySource;

/** {@link AbstractUnitSummaryIT} on H2, in memory. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:summary;DB_CLOSE_DELAY=-1")
class UnitSummaryIT extends AbstractUnitSummaryIT {}
