package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.office.OfficialForms;
import vn.ruralstat.output.StagingFolder;
import vn.ruralstat.report.ReportWriter;

/**
 * One set of outputs per run, through the real job: a later run moves the earlier run's set to
 * {@code lich-su/<run>/}; a run that fails or is stopped in its report step changes nothing in the
 * output folder; an old run restarted after a newer one completed never replaces the newer report.
 * Faults come from a report writer that fails, or asks the run to stop as {@code serve} does on
 * SIGTERM, once it has written the report into the staging folder. On H2 ({@link OutputSetIT}) and
 * PostgreSQL ({@link PostgresOutputSetIT}).
 */
@SpringBootTest(properties = "ruralstat.cli.enabled=false")
@Import(AbstractOutputSetIT.FaultyReport.class)
@ExtendWith(OutputCaptureExtension.class)
abstract class AbstractOutputSetIT {

    enum Fault {
        NONE,
        FAIL,
        STOP
    }

    static final AtomicReference<Fault> FAULT = new AtomicReference<>(Fault.NONE);

    @TestConfiguration
    static class FaultyReport {

        @Bean
        @Primary
        ReportWriter faultyReportWriter(OfficialForms forms, JobRepository jobRepository) {
            return new ReportWriter(forms) {
                @Override
                public List<String> writeInto(Consolidation consolidation, StagingFolder staging) throws IOException {
                    List<String> written = super.writeInto(consolidation, staging);
                    switch (FAULT.get()) {
                        case FAIL -> throw new IOException("No space left on device (simulated)");
                        case STOP -> {
                            // what `serve` does on SIGTERM (JobScheduler.requestStop): the stored run is marked
                            // STOPPING
                            JobExecution stored = jobRepository.getJobExecution(consolidation.runId());
                            stored.setStatus(BatchStatus.STOPPING);
                            jobRepository.update(stored);
                        }
                        case NONE -> {}
                    }
                    return written;
                }
            };
        }
    }

    @Autowired
    ConsolidationLauncher launcher;

    @Autowired
    JobOperator jobOperator;

    @AfterEach
    void noMoreFaults() {
        FAULT.set(Fault.NONE);
    }

    @Test
    void aSecondRunMovesTheFirstRunsSetToTheArchiveSoNoChartOfAVanishedCommuneStaysBesideTheReport(
            @TempDir Path in, @TempDir Path out) throws Exception {
        copy("ngan-son/ra-soat-ho-ngheo-cuoi-nam-2024-huyen-ngan-son.xlsx", in);
        copy("ngan-son/ke-hoach-giam-ngheo-2026-xa-ngan-son.csv", in);
        JobExecution first = launcher.run(in, out);
        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // xã Ngân Sơn's village chart, and the commune chart of the huyện's 2024 table
        assertThat(charts(out)).containsExactlyInAnyOrder("ngheo-theo-thon-ngan-son.png", "ngheo-theo-xa-ngan-son.png");
        Map<String, byte[]> firstSet = files(out);

        // xã Ngân Sơn's plan is withdrawn: its village chart must not stay beside the next report
        Files.delete(in.resolve("ngan-son/ke-hoach-giam-ngheo-2026-xa-ngan-son.csv"));
        JobExecution second = launcher.run(in, out);

        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(charts(out)).containsExactly("ngheo-theo-xa-ngan-son.png");
        assertThat(JobOutputs.json(out).get("runId").asLong()).isEqualTo(second.getId());
        Path archive = out.resolve("lich-su/" + first.getId());
        assertThat(files(archive)).containsOnlyKeys(firstSet.keySet().toArray(String[]::new));
        firstSet.forEach((file, bytes) -> assertThat(archive.resolve(file)).hasBinaryContent(bytes));
        assertThat(stagingFolders(out)).isEmpty();
    }

    @Test
    void aRunFailingInItsReportStepLeavesTheOutputFolderByteForByteAsItWas(@TempDir Path out) throws Exception {
        assertThat(launcher.run(Path.of("input"), out).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, byte[]> before = files(out);
        assertThat(before.keySet()).anyMatch(f -> f.startsWith("kiem-tra/"));

        FAULT.set(Fault.FAIL);
        JobExecution failed = launcher.run(Path.of("input"), out);

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertSameFiles(out, before);
    }

    @Test
    void aRunStoppedInItsReportStepPublishesNothingAndItsRestartPublishesTheWholeSet(
            @TempDir Path out, CapturedOutput console) throws Exception {
        assertThat(launcher.run(Path.of("input"), out).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, byte[]> before = files(out);

        FAULT.set(Fault.STOP);
        JobExecution stopped = launcher.run(Path.of("input"), out);

        assertThat(stopped.getStatus()).isEqualTo(BatchStatus.STOPPED);
        assertSameFiles(out, before);
        assertThat(console.getOut())
                .contains("lần chạy " + stopped.getId() + " không hoàn thành: thư mục kết quả giữ nguyên");

        FAULT.set(Fault.NONE);
        JobExecution restarted = jobOperator.restart(stopped);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(JobOutputs.json(out).get("runId").asLong()).isEqualTo(restarted.getId());
        // the annotate step ran again: the copies are part of the restarted run's set
        assertThat(files(out).keySet().stream().filter(f -> f.startsWith("kiem-tra/")))
                .containsExactlyInAnyOrderElementsOf(before.keySet().stream()
                        .filter(f -> f.startsWith("kiem-tra/"))
                        .toList());
        assertThat(stagingFolders(out)).isEmpty();
    }

    @Test
    void anOlderRunRestartedAfterANewerOneCompletedDoesNotReplaceTheNewerReport(
            @TempDir Path out, CapturedOutput console) throws Exception {
        FAULT.set(Fault.FAIL);
        JobExecution older = launcher.run(Path.of("input"), out);
        assertThat(older.getStatus()).isEqualTo(BatchStatus.FAILED);
        FAULT.set(Fault.NONE);
        JobExecution newer = launcher.run(Path.of("input"), out);
        assertThat(newer.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, byte[]> newerSet = files(out);

        JobExecution restarted = jobOperator.restart(older);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertSameFiles(out, newerSet);
        Path kept = out.resolve("lich-su/" + restarted.getId());
        JsonNode olderReport = JobOutputs.json(kept);
        assertThat(olderReport.get("runId").asLong()).isEqualTo(restarted.getId());
        assertThat(kept.resolve("tong-hop.xlsx")).isNotEmptyFile();
        assertThat(console.getOut())
                .contains("đang có kết quả của lần chạy " + newer.getId()
                        + ", mới hơn: giữ nguyên; kết quả của lần chạy này ở " + kept);
    }

    /** The output folder holds exactly {@code expected}, byte for byte, and no staging folder. */
    private static void assertSameFiles(Path out, Map<String, byte[]> expected) throws IOException {
        Map<String, byte[]> now = files(out);
        now.keySet().removeIf(f -> f.startsWith("lich-su/"));
        assertThat(now).containsOnlyKeys(expected.keySet().toArray(String[]::new));
        expected.forEach((file, bytes) -> assertThat(out.resolve(file)).hasBinaryContent(bytes));
        assertThat(stagingFolders(out)).isEmpty();
    }

    private static void copy(String sample, Path in) throws IOException {
        Path target = in.resolve(sample);
        Files.createDirectories(target.getParent());
        Files.copy(Path.of("input").resolve(sample), target);
    }

    private static List<String> charts(Path out) throws IOException {
        try (Stream<Path> charts = Files.list(out.resolve("bieu-do"))) {
            return charts.map(p -> p.getFileName().toString()).toList();
        }
    }

    /** Every file below the folder, hidden ones included, by its "/"-separated relative path. */
    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static List<Path> stagingFolders(Path out) throws IOException {
        try (Stream<Path> entries = Files.list(out)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(StagingFolder.PREFIX))
                    .toList();
        }
    }
}
