package vn.ruralstat.job;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link AbstractRestartFaultsIT} on an H2 file shared by this JVM and the one that is killed. */
class RestartFaultsIT extends AbstractRestartFaultsIT {

    static final String URL = RuralstatProcess.sharedH2Url("restart-faults");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
    }
}
