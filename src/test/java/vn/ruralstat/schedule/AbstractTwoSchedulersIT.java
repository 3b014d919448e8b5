package vn.ruralstat.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.job.RuralstatProcess;
import vn.ruralstat.poverty.PovertyRollup;
import vn.ruralstat.synthetic.GenerationManifest;
import vn.ruralstat.synthetic.SyntheticInputGenerator;

/**
 * Two schedulers at once: two {@code ruralstat serve} processes, on one database, with the same job
 * firing every two seconds. At each firing exactly one of them takes the job's lock and runs it, the
 * other skips the firing; no two runs overlap, and every completed run holds each file once with the
 * figures the generator wrote. The processes work on this test's database: an H2 file
 * ({@link TwoSchedulersIT}) or a PostgreSQL schema ({@link PostgresTwoSchedulersIT}).
 */
@SpringBootTest(properties = "ruralstat.cli.enabled=false")
abstract class AbstractTwoSchedulersIT {

    private static final String SKIPPED = "this firing is skipped";

    @Autowired
    Environment environment;

    @Autowired
    ConsolidationService consolidation;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoServingProcessesNeverRunTheSameJobAtOnceAndCountNothingTwice(@TempDir Path project) throws Exception {
        Path input = project.resolve("drop");
        Path output = project.resolve("reports");
        GenerationManifest manifest = SyntheticInputGenerator.generate(
                new SyntheticInputGenerator.Options(6, 20, 2027, SyntheticInputGenerator.Format.XLSX, input));
        ScheduledRuns.writeJob(project, "twice", input, output);
        Path firstLog = project.resolve("serve-1.log");
        Path secondLog = project.resolve("serve-2.log");

        Process first = serve(project, firstLog);
        Process second = serve(project, secondLog);
        try {
            awaitTrue(
                    180,
                    () -> !completedRuns(output).isEmpty() && skipped(firstLog) + skipped(secondLog) >= 1,
                    firstLog,
                    secondLog);
        } finally {
            first.destroy(); // SIGTERM: each stops its run, if it has one, and gives the lock back
            second.destroy();
            assertThat(first.waitFor(JobScheduler.AWAIT_TERMINATION_SECONDS, TimeUnit.SECONDS))
                    .isTrue();
            assertThat(second.waitFor(JobScheduler.AWAIT_TERMINATION_SECONDS, TimeUnit.SECONDS))
                    .isTrue();
        }

        List<Map<String, Object>> runs = ScheduledRuns.executions(jdbc, output);
        for (int i = 1; i < runs.size(); i++) {
            LocalDateTime endOfEarlier = time(runs.get(i - 1).get("end_time"));
            LocalDateTime startOfLater = time(runs.get(i).get("start_time"));
            assertThat(endOfEarlier)
                    .as("run %s had ended", runs.get(i - 1).get("id"))
                    .isNotNull();
            assertThat(startOfLater)
                    .as(
                            "run %s starts after run %s ended",
                            runs.get(i).get("id"), runs.get(i - 1).get("id"))
                    .isAfterOrEqualTo(endOfEarlier);
        }
        int files = manifest.files().size();
        for (long run : completedRuns(output)) {
            assertThat(count("SELECT COUNT(*) FROM rs_source_file WHERE run_id = ?", run))
                    .isEqualTo(count("SELECT COUNT(DISTINCT path) FROM rs_source_file WHERE run_id = ?", run))
                    .isEqualTo(files);
            Consolidation c = consolidation.build(run);
            PovertyRollup whole = c.rollups().get(c.rollups().size() - 1);
            assertThat(whole.figures().households()).isEqualTo(manifest.totals().households());
            assertThat(whole.figures().poor()).isEqualTo(manifest.totals().poor());
            assertThat(c.criteria().get(0).totalMet())
                    .isEqualTo(manifest.totals().criteriaMet());
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rs_job_lock", Integer.class))
                .as("both gave the lock back")
                .isZero();
    }

    private Process serve(Path project, Path log) throws IOException {
        return RuralstatProcess.command(environment, "serve", "--ruralstat.jobs=" + project.resolve("jobs"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private List<Long> completedRuns(Path output) {
        return ScheduledRuns.executions(jdbc, output).stream()
                .filter(r -> "COMPLETED".equals(r.get("status")))
                .map(r -> ((Number) r.get("id")).longValue())
                .toList();
    }

    private int count(String sql, long run) {
        return jdbc.queryForObject(sql, Integer.class, run);
    }

    private static long skipped(Path log) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains(SKIPPED))
                    .count();
        } catch (IOException e) {
            return 0;
        }
    }

    private static LocalDateTime time(Object value) {
        if (value == null) return null;
        if (value instanceof Timestamp t) return t.toLocalDateTime();
        return (LocalDateTime) value;
    }

    private static void awaitTrue(int seconds, BooleanSupplier condition, Path... logs) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime())
                    .as("waited %d s; the processes' output:%n%s", seconds, tails(logs))
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static String tails(Path... logs) {
        StringBuilder all = new StringBuilder();
        for (Path log : logs) {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                all.append("== ").append(log.getFileName()).append('\n');
                all.append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
                all.append('\n');
            } catch (IOException e) {
                all.append("(no output: ").append(e).append(")\n");
            }
        }
        return all.toString();
    }
}
