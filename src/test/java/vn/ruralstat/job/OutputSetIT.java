package vn.ruralstat.job;

import org.springframework.test.context.TestPropertySource;

/** {@link AbstractOutputSetIT} on the H2 file the other job ITs share. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:file:./target/it-h2/ruralstat;DB_CLOSE_ON_EXIT=FALSE")
class OutputSetIT extends AbstractOutputSetIT {}
