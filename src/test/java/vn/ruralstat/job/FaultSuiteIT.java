package vn.ruralstat.job;

import org.springframework.test.context.TestPropertySource;

/** {@link AbstractFaultSuiteIT} on H2, in memory. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:faults;DB_CLOSE_DELAY=-1")
class FaultSuiteIT extends AbstractFaultSuiteIT {}
