package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.poverty.PovertyRollup;
import vn.ruralstat.synthetic.GenerationManifest;
import vn.ruralstat.synthetic.SyntheticInputGenerator;

/**
 * A run killed midway (the process, with kill -9) is restarted with Spring Batch and completes
 * without reading a file twice or losing one: the figures equal what the generator wrote. The
 * killed process works on the database of this test's context: an H2 file both open
 * ({@link RestartAfterKillIT}) or a PostgreSQL schema ({@link PostgresRestartAfterKillIT}).
 */
@SpringBootTest(properties = "ruralstat.cli.enabled=false")
abstract class AbstractRestartAfterKillIT {

    @Autowired
    Environment environment;

    @Autowired
    ConsolidationLauncher launcher;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    ConsolidationService consolidation;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRunKilledMidwayIsRestartedAndCompletesWithoutCountingAnythingTwice(@TempDir Path in, @TempDir Path out)
            throws Exception {
        GenerationManifest manifest = SyntheticInputGenerator.generate(
                SyntheticInputGenerator.Options.district(in).withFormat(SyntheticInputGenerator.Format.XLSX));
        Process child = RuralstatProcess.command(environment, "--input", in.toString(), "--output", out.toString())
                .redirectErrorStream(true)
                .start();
        List<String> seen = new ArrayList<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int read = 0;
            while ((line = lines.readLine()) != null) {
                seen.add(line);
                if (line.startsWith("  đọc ") && ++read == 3) break;
            }
        }
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).as("the child got into the ingest step").anyMatch(l -> l.startsWith("  đọc "));

        Long killedId = jdbc.queryForObject("SELECT MAX(job_execution_id) FROM batch_job_execution", Long.class);
        JobExecution killed = jobRepository.getJobExecution(killedId);
        assertThat(killed.getStatus()).isEqualTo(BatchStatus.STARTED);
        Integer filesBefore =
                jdbc.queryForObject("SELECT COUNT(*) FROM rs_source_file WHERE run_id = ?", Integer.class, killedId);
        assertThat(filesBefore)
                .as("some files were committed before the kill, not all")
                .isBetween(1, 16);

        // What `java -jar ruralstat.jar restart` does: recover the killed run, restart it.
        JobExecution restarted = launcher.restartLast().orElseThrow();

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Consolidation c = consolidation.build(restarted.getId());
        PovertyRollup whole = c.rollups().get(c.rollups().size() - 1);
        assertThat(whole.figures().households()).isEqualTo(manifest.totals().households());
        assertThat(whole.figures().poor()).isEqualTo(manifest.totals().poor());
        assertThat(c.criteria().get(0).totalMet()).isEqualTo(manifest.totals().criteriaMet());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rs_source_file WHERE run_id = ?", Integer.class, restarted.getId()))
                .isEqualTo(manifest.files().size());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(DISTINCT path) FROM rs_source_file WHERE run_id = ?",
                        Integer.class,
                        restarted.getId()))
                .isEqualTo(manifest.files().size());
    }
}
