package vn.ruralstat.schedule;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A lock per job name in the table {@code rs_job_lock}, shared by every process that uses the same
 * database, so that the same job never runs twice at once — not in one process, not in two.
 *
 * <p><b>The guarantee.</b> The lock is the row whose primary key is the job name. {@link #tryAcquire}
 * INSERTs it (auto-commit, outside any transaction); the database's primary key lets exactly one
 * INSERT succeed, the others fail with a duplicate key and their callers skip the run. The holder
 * DELETEs its own row (by name and owner) when the run ends, in a {@code finally} block. A row older
 * than the lease was left by a process that was killed (kill -9, power cut) before it could delete
 * it; it is taken over with one conditional UPDATE ({@code … WHERE job_name = ? AND acquired_at < ?}),
 * which only one of several competing processes can win: the row is locked by the first UPDATE, and
 * the second, re-checking its condition on the new row, changes nothing. Plain SQL, the same on H2
 * and PostgreSQL.
 *
 * <p><b>Its limits.</b> A run that lasts longer than the lease can be taken over while still
 * running, so the lease ({@code ruralstat.lock-lease}, default 6 hours) must be longer than the
 * longest run. Times are those of the processes' clocks, in UTC: hosts sharing a database should
 * keep their clocks synchronised (NTP); a skew of minutes is harmless against a lease of hours.
 * The lock covers the scheduler ({@code ruralstat serve}); a {@code ruralstat consolidate} started
 * by hand does not take it.
 */
public class JobLock {

    private final JdbcTemplate jdbc;
    private final Duration lease;
    private final String owner;
    private final Clock clock;

    public JobLock(JdbcTemplate jdbc, Duration lease) {
        this(jdbc, lease, defaultOwner(), Clock.systemUTC());
    }

    JobLock(JdbcTemplate jdbc, Duration lease, String owner, Clock clock) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        if (lease.isNegative() || lease.isZero())
            throw new IllegalArgumentException("lease must be positive: " + lease);
        this.lease = lease;
        this.owner = owner.length() > 200 ? owner.substring(0, 200) : owner;
        this.clock = clock;
    }

    /** This process: host name, PID and a random id, e.g. {@code server1/4711/3f2a9c1e}. */
    public String owner() {
        return owner;
    }

    public Duration lease() {
        return lease;
    }

    /**
     * Takes the lock of {@code jobName}: true when this process now holds it (the row was free, or
     * older than the lease and taken over), false when another holder has it.
     */
    public boolean tryAcquire(String jobName) {
        LocalDateTime now = now();
        try {
            jdbc.update("INSERT INTO rs_job_lock (job_name, owner, acquired_at) VALUES (?, ?, ?)", jobName, owner, now);
            return true;
        } catch (DuplicateKeyException held) {
            int taken = jdbc.update(
                    "UPDATE rs_job_lock SET owner = ?, acquired_at = ? WHERE job_name = ? AND acquired_at < ?",
                    owner,
                    now,
                    jobName,
                    now.minus(lease));
            return taken == 1;
        }
    }

    /** Gives the lock back; a lock taken over by another process meanwhile is left to it. */
    public void release(String jobName) {
        jdbc.update("DELETE FROM rs_job_lock WHERE job_name = ? AND owner = ?", jobName, owner);
    }

    /** Who holds the lock of {@code jobName}, if anyone. */
    public Optional<String> holder(String jobName) {
        return jdbc.queryForList("SELECT owner FROM rs_job_lock WHERE job_name = ?", String.class, jobName).stream()
                .findFirst();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static String defaultOwner() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = Optional.ofNullable(System.getenv("HOSTNAME")).orElse("unknown-host");
        }
        if (host.length() > 120) host = host.substring(0, 120);
        return host + "/" + ProcessHandle.current().pid() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }
}
