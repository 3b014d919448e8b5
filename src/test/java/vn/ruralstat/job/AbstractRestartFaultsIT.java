package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.poverty.PovertyRollup;
import vn.ruralstat.synthetic.GenerationManifest;
import vn.ruralstat.synthetic.GenerationManifest.CommuneSummary;
import vn.ruralstat.synthetic.SyntheticInputGenerator;

/**
 * The fault suite of restarts: a consolidation is killed (kill -9) when a step's console line
 * appears, the input folder is then left alone or has a file that was read changed, deleted, or a
 * file added, and {@code restart} completes the run. Wherever the kill landed, the run then holds
 * each file present at the restart exactly once, nothing of a file gone or replaced, and figures that
 * are the sums the generator wrote for the files present. The killed process works on this test's
 * database: an H2 file both open ({@link RestartFaultsIT}) or a PostgreSQL schema
 * ({@link PostgresRestartFaultsIT}).
 */
@SpringBootTest(properties = "ruralstat.cli.enabled=false")
abstract class AbstractRestartFaultsIT {

    /** 8 poverty workbooks of 20 villages and the criteria workbook: a run of a few seconds. */
    private static final int COMMUNES = 8;

    private static final int VILLAGES = 20;
    private static final int WRONG_RATES = 4;

    /** Where the child is killed: on the first console line of the step that matches. */
    enum KillAt {
        INGEST(l -> l.startsWith("  đọc ")),
        CHECK(l -> l.startsWith("  kiểm tra số liệu")),
        CONSOLIDATE(l -> l.startsWith("  tổng hợp:")),
        ANNOTATE(l -> l.startsWith("  ghi ") && l.contains("kiem-tra")),
        REPORT(l -> l.startsWith("  ghi ") && l.contains("tong-hop"));

        final Predicate<String> line;

        KillAt(Predicate<String> line) {
            this.line = line;
        }
    }

    /** What the officer does to the input folder between the kill and the restart. */
    enum Change {
        UNCHANGED,
        CHANGED,
        DELETED,
        ADDED
    }

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

    /**
     * Each step once, each change at least once, the ingest step with every change but "unchanged"
     * ({@link AbstractRestartAfterKillIT} is that case): a child JVM per case, so not the full cross.
     */
    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of(KillAt.INGEST, Change.CHANGED),
                Arguments.of(KillAt.INGEST, Change.DELETED),
                Arguments.of(KillAt.INGEST, Change.ADDED),
                Arguments.of(KillAt.CHECK, Change.CHANGED),
                Arguments.of(KillAt.CONSOLIDATE, Change.DELETED),
                Arguments.of(KillAt.ANNOTATE, Change.ADDED),
                Arguments.of(KillAt.REPORT, Change.UNCHANGED));
    }

    @ParameterizedTest(name = "killed at {0}, input {1}")
    @MethodSource("faults")
    void aRunKilledAtAnyStepRestartsOverTheFilesPresentEachReadOnce(
            KillAt killAt, Change change, @TempDir Path in, @TempDir Path out, @TempDir Path other) throws Exception {
        GenerationManifest manifest = SyntheticInputGenerator.generate(
                new SyntheticInputGenerator.Options(COMMUNES, VILLAGES, 2022, SyntheticInputGenerator.Format.XLSX, in)
                        .withErrors(WRONG_RATES));
        // another district's commune: the new content of a changed file, or the added file
        GenerationManifest newcomer = SyntheticInputGenerator.generate(
                new SyntheticInputGenerator.Options(1, 7, 4711, SyntheticInputGenerator.Format.XLSX, other));
        CommuneSummary incoming = newcomer.communes().get(0);

        List<String> seen = killWhen(killAt, in, out);
        long killedId = jdbc.queryForObject("SELECT MAX(job_execution_id) FROM batch_job_execution", Long.class);
        List<String> committed = jdbc.queryForList(
                "SELECT path FROM rs_source_file WHERE run_id = ? ORDER BY path", String.class, killedId);
        if (killAt != KillAt.INGEST) {
            assertThat(committed)
                    .as("past the ingest step: %s", seen)
                    .hasSize(manifest.files().size());
        }

        // The officer's change: on a poverty file the killed run read, when it read one.
        CommuneSummary touched = touchedCommune(manifest, in, committed);
        Path touchedFile = touched.files().get(0);
        String touchedPath = relative(in, touchedFile);
        boolean touchedWasRead = committed.contains(touchedPath);
        List<CommuneSummary> present = new ArrayList<>(manifest.communes());
        List<String> expectedPaths = new ArrayList<>(
                manifest.files().stream().map(f -> relative(in, f)).toList());
        Path added = in.resolve("bo-sung").resolve(incoming.files().get(0).getFileName());
        switch (change) {
            case UNCHANGED -> {}
            case CHANGED -> {
                Files.copy(incoming.files().get(0), touchedFile, StandardCopyOption.REPLACE_EXISTING);
                present.remove(touched);
                present.add(incoming);
            }
            case DELETED -> {
                Files.delete(touchedFile);
                present.remove(touched);
                expectedPaths.remove(touchedPath);
            }
            case ADDED -> {
                Files.createDirectories(added.getParent());
                Files.copy(incoming.files().get(0), added);
                present.add(incoming);
                expectedPaths.add(relative(in, added));
            }
        }

        JobExecution killed = jobRepository.getJobExecution(killedId);
        if (killed.getStatus() == BatchStatus.COMPLETED) {
            // the kill landed after the end: nothing to restart, and the run holds the folder as it was
            assertThat(launcher.restartLast()).isEmpty();
            return;
        }
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        JobExecution restarted = restartCapturing(console);
        String said = console.toString(StandardCharsets.UTF_8);

        assertThat(restarted.getStatus()).as(said).isEqualTo(BatchStatus.COMPLETED);
        long run = restarted.getId();
        assertThat(jdbc.queryForList("SELECT path FROM rs_source_file WHERE run_id = ?", String.class, run))
                .as("each file present at the restart once, none that is gone")
                .containsExactlyInAnyOrderElementsOf(expectedPaths);
        assertThat(jdbc.queryForList("SELECT path FROM rs_run_input WHERE run_id = ?", String.class, run))
                .as("the run's input list is the folder at the restart")
                .containsExactlyInAnyOrderElementsOf(expectedPaths);
        assertThat(count("SELECT COUNT(*) FROM rs_poverty_row WHERE run_id = ?", run))
                .as("the villages of the poverty files present, once")
                .isEqualTo(present.stream().mapToInt(CommuneSummary::villages).sum());

        Consolidation c = consolidation.build(run);
        PovertyRollup whole = c.rollups().stream()
                .filter(r -> r.unit().equals(ConsolidationService.WHOLE_RUN))
                .reduce((first, second) -> second)
                .orElseThrow();
        assertThat(whole.figures().households())
                .isEqualTo(
                        present.stream().mapToLong(CommuneSummary::households).sum());
        assertThat(whole.figures().poor())
                .isEqualTo(present.stream().mapToLong(CommuneSummary::poor).sum());
        assertThat(whole.figures().nearPoor())
                .isEqualTo(present.stream().mapToLong(CommuneSummary::nearPoor).sum());
        assertThat(c.criteria().get(0).totalMet()).isEqualTo(manifest.totals().criteriaMet());
        assertThat(c.findings())
                .filteredOn(f -> f.code() == FindingCode.RATE_MISMATCH)
                .as("each wrong rate of the files present found once, checks not doubled by the restart")
                .hasSize(wrongRatesIn(manifest, present));

        switch (change) {
            case UNCHANGED -> assertThat(said).doesNotContain("không còn", "đã thay đổi", "đọc thêm");
            case CHANGED -> {
                if (touchedWasRead) assertThat(said).contains(touchedPath + " đã thay đổi sau khi dừng");
            }
            case DELETED ->
                assertThat(said)
                        .contains(touchedPath + " không còn trong thư mục đầu vào"
                                + (touchedWasRead ? ": đã bỏ khỏi lần chạy" : " (chưa đọc)"));
            case ADDED -> assertThat(said).contains("đọc thêm " + relative(in, added));
        }
    }

    /** Starts {@code consolidate} in a JVM of its own and kills it (SIGKILL) on the step's console line. */
    private List<String> killWhen(KillAt killAt, Path in, Path out) throws Exception {
        Process child = RuralstatProcess.command(environment, "--input", in.toString(), "--output", out.toString())
                .redirectErrorStream(true)
                .start();
        List<String> seen = new ArrayList<>();
        int needed = killAt == KillAt.INGEST ? 3 : 1; // midway through the ingest, not at its first file
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int matched = 0;
            while ((line = lines.readLine()) != null) {
                seen.add(line);
                if (killAt.line.test(line) && ++matched == needed) break;
            }
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).as("the child reached the %s step", killAt).anyMatch(killAt.line);
        return seen;
    }

    /** {@code restart} with the console it prints also kept, to read what it said. */
    private JobExecution restartCapturing(ByteArrayOutputStream console) throws Exception {
        PrintStream original = System.out;
        System.setOut(new PrintStream(new TeeStream(original, console), true, StandardCharsets.UTF_8));
        try {
            Optional<JobExecution> restarted = launcher.restartLast();
            return restarted.orElseThrow();
        } finally {
            System.setOut(original);
        }
    }

    /** The commune of the first poverty file the killed run read, or of the first one when it read none. */
    private static CommuneSummary touchedCommune(GenerationManifest manifest, Path in, List<String> committed) {
        return manifest.communes().stream()
                .filter(c -> committed.contains(relative(in, c.files().get(0))))
                .findFirst()
                .orElse(manifest.communes().get(0));
    }

    /** The wrong rates the generator wrote into the poverty files of the communes present. */
    private static int wrongRatesIn(GenerationManifest manifest, List<CommuneSummary> present) {
        List<Path> files = present.stream().flatMap(c -> c.files().stream()).toList();
        return (int) manifest.errors().stream()
                .flatMap(e -> e.locations().stream())
                .filter(l -> files.contains(l.file()))
                .count();
    }

    private int count(String sql, long run) {
        return jdbc.queryForObject(sql, Integer.class, run);
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** Writes to both streams: the test's log keeps the console, the test reads it. */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream first;
        private final java.io.OutputStream second;

        TeeStream(java.io.OutputStream first, java.io.OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }
    }
}
