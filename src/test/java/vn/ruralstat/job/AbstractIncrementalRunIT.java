package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.samples.SampleInputs;

/**
 * Incremental runs: only new or changed files are read; a night with nothing new writes nothing.
 * On H2 ({@link IncrementalRunIT}) and on PostgreSQL ({@link PostgresIncrementalRunIT}), with the
 * same figures.
 */
@SpringBootTest(properties = "ruralstat.cli.enabled=false")
abstract class AbstractIncrementalRunIT {

    @Autowired
    ConsolidationLauncher launcher;

    @Autowired
    ConsolidationService consolidation;

    @Autowired
    JdbcTemplate jdbc;

    private List<String> messages(long runId) {
        return jdbc.queryForList(
                "SELECT path || ': ' || COALESCE(message, 'read') FROM rs_source_file WHERE run_id = ?"
                        + " ORDER BY path",
                String.class,
                runId);
    }

    @Test
    void readsOnlyTheChangedFileAndWritesNothingWhenNothingChanged(@TempDir Path in, @TempDir Path out)
            throws Exception {
        SampleInputs.copySeedYear(in);

        JobExecution first = launcher.run(in, out.resolve("1"), true);
        JobExecution nothingNew = launcher.run(in, out.resolve("2"), true);

        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(nothingNew.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(nothingNew.getStepExecutions())
                .extracting(s -> s.getStepName())
                .containsExactly("ingest");
        assertThat(Files.exists(out.resolve("2/tong-hop.xlsx"))).isFalse();
        assertThat(messages(nothingNew.getId()))
                .as("a night with nothing new keeps nothing")
                .isEmpty();

        // KHUỔI DIỄN gets 3 more households in the CSV (327 → 330; its rate 41/330×100 = 12,42).
        Path csv = in.resolve("ngan-son/ke-hoach-giam-ngheo-2026-xa-ngan-son.csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        lines.set(9, lines.get(9).replace("1,KHUỔI DIỄN,327,41,\"12,54\"", "1,KHUỔI DIỄN,330,41,\"12,42\""));
        Files.write(csv, lines, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(csv, FileTime.from(Instant.now().plusSeconds(60)));

        JobExecution changed = launcher.run(in, out.resolve("3"), true);

        assertThat(messages(changed.getId()))
                .containsExactly(
                        "ngan-son/ke-hoach-giam-ngheo-2026-xa-ngan-son.csv: read",
                        // carried forward unchanged, then replaced by the newer CSV of the same commune and period
                        "ngan-son/ke-hoach-giam-ngheo-2026-xa-ngan-son.xlsx: replaced by ngan-son/ke-hoach-giam-ngheo-2026-xa-ngan-son.csv",
                        "quang-hoa/ke-hoach-ntm-2022-2025-huyen-quang-hoa.xlsx: unchanged since run " + first.getId());
        Consolidation c = consolidation.build(changed.getId());
        // 9,606 + 3 households, counted once: the corrected CSV replaces the older xlsx of the same commune.
        assertThat(c.poverty())
                .singleElement()
                .satisfies(p -> assertThat(p.totals().households()).isEqualTo(9609));
        assertThat(c.criteria()).singleElement().satisfies(d -> assertThat(d.totalMet())
                .isEqualTo(183));
        assertThat(c.sources())
                .allSatisfy(s -> assertThat(s.rowsRead()).isEqualTo(s.rowsUsed() + s.rowsRejected() + s.rowsOther()));
        assertThat(Files.exists(out.resolve("3/tong-hop.xlsx"))).isTrue();
    }
}
