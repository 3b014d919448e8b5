package vn.ruralstat.schedule;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ruralstat.job.RuralstatProcess;

/** {@link AbstractTwoSchedulersIT} on an H2 file shared by this JVM and the two serving ones. */
class TwoSchedulersIT extends AbstractTwoSchedulersIT {

    static final String URL = RuralstatProcess.sharedH2Url("two-schedulers");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
    }
}
