package vn.ruralstat.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The job lock against a real H2 database migrated by Flyway (V1..V6). */
class JobLockTest {

    private JdbcTemplate jdbc;
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T02:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @BeforeEach
    void database() throws Exception {
        DataSource dataSource = emptyDatabase();
        Flyway.configure().dataSource(dataSource).load().migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    /** A new, empty database for each test; PostgresJobLockIT runs the same tests on PostgreSQL. */
    DataSource emptyDatabase() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:joblock-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        return dataSource;
    }

    private JobLock lock(String owner) {
        return new JobLock(jdbc, Duration.ofHours(6), owner, clock);
    }

    @Test
    void theFirstAcquiresTheSecondIsRefusedUntilReleased() {
        JobLock a = lock("host-a/1/aaaa");
        JobLock b = lock("host-b/2/bbbb");

        assertThat(a.tryAcquire("nightly")).isTrue();
        assertThat(b.tryAcquire("nightly")).as("held by a").isFalse();
        assertThat(a.tryAcquire("nightly"))
                .as("not re-entrant: a second firing in the same process is refused too")
                .isFalse();
        assertThat(b.tryAcquire("summary")).as("another job is another lock").isTrue();
        assertThat(a.holder("nightly")).contains("host-a/1/aaaa");

        a.release("nightly");
        assertThat(a.holder("nightly")).isEmpty();
        assertThat(b.tryAcquire("nightly")).isTrue();
        assertThat(b.holder("nightly")).contains("host-b/2/bbbb");
    }

    @Test
    void releaseLeavesALockHeldByAnotherOwner() {
        JobLock a = lock("host-a/1/aaaa");
        JobLock b = lock("host-b/2/bbbb");
        assertThat(a.tryAcquire("nightly")).isTrue();

        b.release("nightly");

        assertThat(a.holder("nightly")).contains("host-a/1/aaaa");
    }

    @Test
    void aLockOlderThanTheLeaseIsTakenOverOnce() {
        JobLock killed = lock("host-a/1/aaaa");
        JobLock b = lock("host-b/2/bbbb");
        JobLock c = lock("host-c/3/cccc");
        assertThat(killed.tryAcquire("nightly")).isTrue();

        now.set(now.get().plus(Duration.ofHours(5)));
        assertThat(b.tryAcquire("nightly")).as("within the lease").isFalse();

        now.set(now.get().plus(Duration.ofHours(1)).plusSeconds(1));
        assertThat(b.tryAcquire("nightly")).as("6 h 1 s old: abandoned").isTrue();
        assertThat(c.tryAcquire("nightly")).as("b's takeover is fresh").isFalse();
        assertThat(b.holder("nightly")).contains("host-b/2/bbbb");

        killed.release("nightly"); // the old owner coming back does not free b's lock
        assertThat(b.holder("nightly")).contains("host-b/2/bbbb");
        b.release("nightly");
        assertThat(c.tryAcquire("nightly")).isTrue();
    }

    @Test
    void theOwnerNamesHostProcessAndARandomId() {
        String owner = JobLock.defaultOwner();
        assertThat(owner).contains("/" + ProcessHandle.current().pid() + "/").hasSizeLessThanOrEqualTo(200);
        assertThat(JobLock.defaultOwner()).isNotEqualTo(owner);
    }
}
