package vn.ruralstat.schedule;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ruralstat.job.RuralstatProcess;

/** {@link AbstractServeShutdownIT} on an H2 file shared by this JVM and the serving one. */
class ServeShutdownIT extends AbstractServeShutdownIT {

    static final String URL = RuralstatProcess.sharedH2Url("serve");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
    }
}
