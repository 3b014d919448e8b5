package vn.ruralstat.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.job.ConsolidationLauncher;
import vn.ruralstat.job.RuralstatProcess;
import vn.ruralstat.poverty.PovertyRollup;
import vn.ruralstat.synthetic.GenerationManifest;
import vn.ruralstat.synthetic.SyntheticInputGenerator;

/**
 * {@code ruralstat serve} stopped with SIGTERM in the middle of a scheduled consolidation: the
 * process finishes the file it is reading, leaves the run STOPPED with whole files only, and exits
 * by itself; {@code restart} then completes the run with every file counted once. The serving
 * process works on the database of this test's context: an H2 file both open
 * ({@link ServeShutdownIT}) or a PostgreSQL schema ({@link PostgresServeShutdownIT}).
 */
@SpringBootTest(properties = "ruralstat.cli.enabled=false")
abstract class AbstractServeShutdownIT {

    /** 24 poverty workbooks of 100 villages and one criteria workbook: a few seconds of ingest. */
    private static final int COMMUNES = 24;

    private static final int VILLAGES = 100;

    @Autowired
    Environment environment;

    @Autowired
    ConsolidationLauncher launcher;

    @Autowired
    ConsolidationService consolidation;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sigtermStopsTheRunAfterTheFileBeingReadAndRestartCompletesIt(@TempDir Path project) throws Exception {
        Path input = project.resolve("drop");
        Path output = project.resolve("reports");
        GenerationManifest manifest = SyntheticInputGenerator.generate(new SyntheticInputGenerator.Options(
                COMMUNES, VILLAGES, 2026, SyntheticInputGenerator.Format.XLSX, input));
        int files = manifest.files().size();
        writeJob(project, input, output);
        Path log = project.resolve("serve.log");

        Process serve = RuralstatProcess.command(environment, "serve", "--ruralstat.jobs=" + project.resolve("jobs"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long runId;
        int committedAtSigterm;
        try {
            awaitTrue(60, () -> runs() == 1, log);
            runId = jdbc.queryForObject("SELECT MAX(job_execution_id) FROM batch_job_execution", Long.class);
            awaitTrue(60, () -> committedFiles(runId) >= 2, log);
            committedAtSigterm = committedFiles(runId);
            assertThat(committedAtSigterm)
                    .as("still ingesting when SIGTERM is sent")
                    .isLessThan(files - 5);

            serve.destroy(); // SIGTERM on Linux

            assertThat(serve.waitFor(JobScheduler.AWAIT_TERMINATION_SECONDS, TimeUnit.SECONDS))
                    .as("serve exits by itself within the grace period; its output:%n%s", tail(log))
                    .isTrue();
        } finally {
            serve.destroyForcibly();
        }
        assertThat(serve.exitValue())
                .as("128 + SIGTERM: the JVM ran its shutdown hooks and exited")
                .isEqualTo(143);

        // The run: STOPPED, only its ingest step, which committed whole files, one per chunk.
        JobExecution stopped = jobRepository.getJobExecution(runId);
        assertThat(stopped.getStatus()).as(tail(log)).isEqualTo(BatchStatus.STOPPED);
        assertThat(runs()).as("no other firing after the stop").isEqualTo(1);
        assertThat(stopped.getStepExecutions())
                .extracting(StepExecution::getStepName)
                .containsExactly("ingest");
        StepExecution ingest = jobRepository.getStepExecution(
                runId, stopped.getStepExecutions().iterator().next().getId());
        int committed = committedFiles(runId);
        assertThat(committed)
                .as("files committed: those before SIGTERM and the one being read, not all")
                .isGreaterThanOrEqualTo(committedAtSigterm)
                .isLessThan(files);
        assertThat(Files.readAllLines(log, StandardCharsets.UTF_8))
                .filteredOn(l -> l.startsWith("  đọc "))
                .as("every file serve said it read was committed, none rolled back at the stop")
                .hasSize(committed);
        assertThat(ingest.getStatus()).isEqualTo(BatchStatus.STOPPED);
        assertThat(ingest.getReadCount()).as("files handed out").isEqualTo(committed);
        assertThat(ingest.getWriteCount()).as("files written").isEqualTo(committed);
        assertThat(ingest.getCommitCount())
                .as("one file a chunk, one commit a chunk")
                .isEqualTo(committed);
        assertThat(ingest.getRollbackCount()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rs_run_input WHERE run_id = ?", Integer.class, runId))
                .as("the run recorded its whole input list when it started: the restart carries on over it")
                .isEqualTo(files);
        assertThat(jdbc.queryForList(
                        "SELECT DISTINCT status FROM rs_source_file WHERE run_id = ?", String.class, runId))
                .as("every stored file was read to its end")
                .containsExactly("READ");
        int povertyFiles = jdbc.queryForObject(
                "SELECT COUNT(*) FROM rs_source_file WHERE run_id = ?" + " AND path LIKE '%/ke-hoach-giam-ngheo-%'",
                Integer.class, runId);
        assertThat(rows("rs_poverty_row", runId))
                .as("%d villages in each of the %d poverty files stored", VILLAGES, povertyFiles)
                .isEqualTo(VILLAGES * povertyFiles);
        assertThat(rows("rs_criteria_row", runId))
                .as("the criteria matrix whole, or not at all")
                .isIn(0, COMMUNES);
        assertThat(output.resolve("tong-hop.xlsx")).doesNotExist();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rs_job_lock", Integer.class))
                .as("the lock is given back")
                .isZero();

        // What `ruralstat restart` does: it reads only the files left and counts each file once.
        JobExecution restarted = launcher.restartLast().orElseThrow();

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId())
                .isEqualTo(stopped.getJobInstance().getInstanceId());
        assertThat(restarted.getStepExecutions())
                .filteredOn(s -> s.getStepName().equals("ingest"))
                .singleElement()
                .satisfies(s -> assertThat(s.getReadCount())
                        .as("files read by the restart")
                        .isEqualTo(files - committed));
        List<String> expectedPaths = manifest.files().stream()
                .map(f -> input.relativize(f).toString().replace('\\', '/'))
                .toList();
        assertThat(jdbc.queryForList(
                        "SELECT path FROM rs_source_file WHERE run_id = ?", String.class, restarted.getId()))
                .as("every file once")
                .containsExactlyInAnyOrderElementsOf(expectedPaths);
        assertThat(rows("rs_poverty_row", restarted.getId())).isEqualTo(COMMUNES * VILLAGES);
        assertThat(rows("rs_criteria_row", restarted.getId())).isEqualTo(COMMUNES);
        Consolidation c = consolidation.build(restarted.getId());
        PovertyRollup whole = c.rollups().get(c.rollups().size() - 1);
        assertThat(whole.figures().households()).isEqualTo(manifest.totals().households());
        assertThat(whole.figures().poor()).isEqualTo(manifest.totals().poor());
        assertThat(whole.figures().nearPoor()).isEqualTo(manifest.totals().nearPoor());
        assertThat(c.criteria().get(0).totalMet()).isEqualTo(manifest.totals().criteriaMet());
        assertThat(output.resolve("tong-hop.xlsx")).isNotEmptyFile();
    }

    /** A consolidation of {@code input} that fires every second. */
    private static void writeJob(Path project, Path input, Path output) throws IOException {
        Path jobs = Files.createDirectories(project.resolve("jobs"));
        Files.writeString(
                jobs.resolve("nightly.yaml"),
                String.join(
                        "\n",
                        "kind: consolidation",
                        "input: " + input.toAbsolutePath(),
                        "output: " + output.toAbsolutePath(),
                        "schedule: \"* * * * * *\"",
                        "options:",
                        "  incremental: false",
                        ""),
                StandardCharsets.UTF_8);
    }

    private int runs() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM batch_job_execution", Integer.class);
    }

    /** Files of the run whose chunk committed: the serving process's open transaction is not visible here. */
    private int committedFiles(long runId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM rs_source_file WHERE run_id = ?", Integer.class, runId);
    }

    private int rows(String table, long runId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE run_id = ?", Integer.class, runId);
    }

    private static void awaitTrue(int seconds, BooleanSupplier condition, Path log) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime())
                    .as("waited %d s; serve's output:%n%s", seconds, tail(log))
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }
}
