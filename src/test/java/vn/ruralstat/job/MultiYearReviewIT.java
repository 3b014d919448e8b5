package vn.ruralstat.job;

import org.springframework.boot.test.context.SpringBootTest;

/** {@link MultiYearReviewTests} on the embedded H2 database. */
@SpringBootTest(
        properties = {
            "ruralstat.cli.enabled=false",
            "spring.datasource.url=jdbc:h2:mem:review-${random.uuid};DB_CLOSE_DELAY=-1"
        })
class MultiYearReviewIT extends MultiYearReviewTests {}
