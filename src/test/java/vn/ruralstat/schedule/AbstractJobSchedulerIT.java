package vn.ruralstat.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ruralstat.samples.SampleInputs;

/**
 * {@code ruralstat serve}'s scheduler: a short cron fires the consolidation, and a review; runs never
 * overlap; a held lock skips. On H2 ({@link JobSchedulerIT}) and on PostgreSQL ({@link PostgresJobSchedulerIT}).
 */
@SpringBootTest(properties = "ruralstat.cli.enabled=false")
abstract class AbstractJobSchedulerIT {

    @Autowired
    JobScheduler scheduler;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    vn.ruralstat.job.ConsolidationLauncher consolidation;

    @AfterEach
    void stop() {
        scheduler.stop();
    }

    @Test
    void aShortCronRunsTheConsolidationAndNoTwoRunsOverlap(@TempDir Path project) throws Exception {
        Path input = project.resolve("drop");
        SampleInputs.copySeedYear(input);
        Path output = project.resolve("reports");
        ScheduledRuns.writeJob(project, "nightly-it", input, output);

        List<JobScheduler.Registration> registered = scheduler.start(project.resolve("jobs"));

        assertThat(registered).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("nightly-it");
            assertThat(r.schedule()).isEqualTo("*/2 * * * * *");
        });
        // two runs, so that there is an order to check (a run of the samples takes about a second)
        awaitTrue(
                15,
                () -> ScheduledRuns.executions(jdbc, output).stream()
                                .filter(e -> "COMPLETED".equals(e.get("status")))
                                .count()
                        >= 2);
        scheduler.stop(); // waits for a firing still running

        List<Map<String, Object>> runs = ScheduledRuns.executions(jdbc, output);
        // A run that fired just before stop() is asked to stop and ends STOPPED: that is the shutdown working.
        assertThat(runs).hasSizeGreaterThanOrEqualTo(2).allSatisfy(r -> assertThat(r.get("status"))
                .isIn("COMPLETED", "STOPPED"));
        assertThat(runs).filteredOn(r -> "COMPLETED".equals(r.get("status"))).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 1; i < runs.size(); i++) {
            LocalDateTime previousEnd = time(runs.get(i - 1).get("end_time"));
            LocalDateTime start = time(runs.get(i).get("start_time"));
            assertThat(previousEnd)
                    .as(
                            "run %s ended before run %s began",
                            runs.get(i - 1).get("id"), runs.get(i).get("id"))
                    .isNotNull()
                    .isBeforeOrEqualTo(start);
        }
        assertThat(Files.exists(output.resolve("tong-hop.xlsx"))).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rs_job_lock WHERE job_name = 'nightly-it'", Integer.class))
                .as("the lock is given back")
                .isZero();
    }

    @Test
    void aFiringIsSkippedWhileAnotherProcessHoldsTheLock(@TempDir Path project) throws Exception {
        Path input = project.resolve("drop");
        SampleInputs.copySeedYear(input);
        Path output = project.resolve("reports");
        ScheduledRuns.writeJob(project, "locked-it", input, output);
        jdbc.update(
                "INSERT INTO rs_job_lock (job_name, owner, acquired_at) VALUES (?, ?, ?)",
                "locked-it",
                "other-host/99/abcdef12",
                LocalDateTime.now(ZoneOffset.UTC));

        scheduler.start(project.resolve("jobs"));
        awaitTrue(10, () -> scheduler.skippedFirings("locked-it") >= 2);
        scheduler.stop();

        assertThat(ScheduledRuns.executions(jdbc, output))
                .as("no run while the other process holds the lock")
                .isEmpty();
        assertThat(scheduler.lock().holder("locked-it")).contains("other-host/99/abcdef12");
    }

    /**
     * A scheduled review writes its review from what a consolidation stored. huyện Ngân Sơn's
     * end-2024 sample (docs/samples.md): 112 + 258 + 218 = 588 poor of 4,012 + 2,861 + 2,668 =
     * 9,541 households, restated on xã Ngân Sơn; seed 003's end-2025 table: 415 of 9,606.
     */
    @Test
    void aShortCronRunsAReviewOfWhatIsStored(@TempDir Path project, @TempDir Path first) throws Exception {
        Path input = project.resolve("drop");
        SampleInputs.copy(
                input,
                List.of(
                        vn.ruralstat.samples.SampleInputsWriter.NGAN_SON_XLSX,
                        vn.ruralstat.samples.SampleInputsWriter.NGAN_SON_2024_XLSX));
        Path output = project.resolve("tong-ket");
        Path jobs = Files.createDirectories(project.resolve("jobs"));
        Files.writeString(
                jobs.resolve("review-it.yaml"),
                String.join(
                        "\n",
                        "kind: review",
                        "units: [\"xã Ngân Sơn\"]",
                        "periods: {from: 2024, to: 2025}",
                        "output: " + output.toAbsolutePath(),
                        "schedule: \"*/2 * * * * *\"",
                        ""),
                StandardCharsets.UTF_8);
        Path written = output.resolve("danh-gia-xa-ngan-son-2024-2025.json");
        consolidation.run(input, first, false);

        scheduler.start(jobs);
        awaitTrue(15, () -> Files.exists(written));
        scheduler.stop();

        String json = Files.readString(written);
        assertThat(json)
                .contains("\"households\" : 9541.0")
                .contains("\"poor\" : 588.0")
                .contains("\"households\" : 9606.0")
                .contains("\"poor\" : 415.0");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rs_job_lock WHERE job_name = 'review-it'", Integer.class))
                .isZero();
    }

    private static LocalDateTime time(Object value) {
        if (value == null) return null;
        if (value instanceof Timestamp t) return t.toLocalDateTime();
        return (LocalDateTime) value;
    }

    private static void awaitTrue(int seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %d s", seconds).isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
