package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.dataset.SourceFileSummary;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.poverty.CommunePoverty;

/**
 * An office that keeps its report inside the folder it drops submissions in: the second run must
 * not read the first run's workbook (a phantom unit) nor its annotated copies (which would
 * supersede the officers' originals). Both runs give the samples' figures.
 */
@SpringBootTest(
        properties = {
            "ruralstat.cli.enabled=false",
            "spring.datasource.url=jdbc:h2:file:./target/it-h2/ruralstat;DB_CLOSE_ON_EXIT=FALSE"
        })
class OutputInsideInputIT {

    @Autowired
    ConsolidationLauncher launcher;

    @Autowired
    ConsolidationService consolidation;

    @Test
    void aSecondRunReadsTheSameFilesAndGivesTheSameFigures(@TempDir Path in) throws Exception {
        ConsolidationJobIT.copyTree(Path.of("input"), in);
        Path out = in.resolve("output");

        JobExecution first = launcher.run(in, out);
        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(out.resolve("tong-hop.xlsx")).exists();
        long written = visibleFiles(out);
        assertThat(written).isGreaterThan(1); // the report and at least its JSON

        String console;
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        JobExecution second;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            second = launcher.run(in, out);
        } finally {
            System.setOut(stdout);
            console = captured.toString(StandardCharsets.UTF_8);
        }
        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        for (JobExecution run : List.of(first, second)) {
            Consolidation c = consolidation.build(run.getId());
            // docs/samples.md: the five sample files and nothing else; none from output/.
            assertThat(c.sources())
                    .extracting(SourceFileSummary::path)
                    .containsExactlyInAnyOrder(
                            "ngan-son/ke-hoach-giam-ngheo-2026-xa-ngan-son.csv",
                            "ngan-son/ke-hoach-giam-ngheo-2026-xa-ngan-son.xlsx",
                            "ngan-son/ra-soat-ho-ngheo-cuoi-nam-2024-huyen-ngan-son.xlsx",
                            "quang-hoa/ke-hoach-ntm-2022-2025-huyen-quang-hoa.xlsx",
                            "quang-hoa/ket-qua-tieu-chi-ntm-nam-2023-huyen-quang-hoa.xlsx");
            // Sample b (seed 003): xã Ngân Sơn 2025, 9,606 households, 415 poor, 322 near-poor;
            // sample d: the three communes of 2024 (4,012/112, 2,861/258, 2,668/218). No phantom unit.
            assertThat(c.poverty())
                    .extracting(
                            CommunePoverty::commune,
                            CommunePoverty::period,
                            p -> p.totals().households(),
                            p -> p.totals().poor())
                    .containsExactly(
                            tuple("Ngân Sơn", "2025", 9606L, 415L),
                            tuple("Vân Tùng", "2024", 4012L, 112L),
                            tuple("Cốc Đán", "2024", 2861L, 258L),
                            tuple("Đức Vân", "2024", 2668L, 218L));
            // The csv is the one duplicate of the xlsx; no annotated copy joins in to supersede either.
            assertThat(c.findings())
                    .filteredOn(f -> f.code() == FindingCode.DUPLICATE_SUBMISSION)
                    .hasSize(1);
        }
        // Every file the first run wrote is counted once in the one line that says the folder is left out.
        assertThat(console)
                .contains("thư mục kết quả " + out.toAbsolutePath().normalize()
                        + " nằm trong thư mục đầu vào: không đọc thư mục này; bỏ qua " + written + " tệp");
    }

    @Test
    void aReportCopiedIntoTheInputOrZippedBackIsLeftOutAndSaid(
            @TempDir Path in, @TempDir Path earlier, @TempDir Path out) throws Exception {
        Path sample = Path.of("input/ngan-son/ke-hoach-giam-ngheo-2026-xa-ngan-son.xlsx");
        Files.createDirectories(earlier.resolve("input"));
        Files.copy(
                Path.of("input/ngan-son/ra-soat-ho-ngheo-cuoi-nam-2024-huyen-ngan-son.xlsx"),
                earlier.resolve("input/ra-soat.xlsx"));
        assertThat(launcher.run(earlier.resolve("input"), earlier.resolve("output"))
                        .getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        Path report = earlier.resolve("output/tong-hop.xlsx");
        Files.copy(sample, in.resolve("bieu.xlsx"));
        Files.copy(report, in.resolve("tong-hop.xlsx")); // an officer copied last year's report in
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(in.resolve("ho-so.zip")))) {
            zip.putNextEntry(new ZipEntry("cu/tong-hop.xlsx"));
            zip.write(Files.readAllBytes(report));
        }

        String console;
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        JobExecution run;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            run = launcher.run(in, out);
        } finally {
            System.setOut(stdout);
            console = captured.toString(StandardCharsets.UTF_8);
        }

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Consolidation c = consolidation.build(run.getId());
        // Only sample b's commune: the 2024 communes of the earlier report are not read back.
        assertThat(c.poverty())
                .extracting(CommunePoverty::commune, CommunePoverty::period, p -> p.totals()
                        .households())
                .containsExactly(tuple("Ngân Sơn", "2025", 9606L));
        assertThat(console).contains("bỏ qua 1 tệp kết quả do chương trình ghi ra");
        assertThat(c.findings())
                .extracting(f -> f.code(), f -> f.source().file())
                .contains(tuple(FindingCode.FILE_UNSUPPORTED, "ho-so.zip!/cu/tong-hop.xlsx"));
    }

    /** The files an officer would see in the folder (the staging folder is gone after a run). */
    private static long visibleFiles(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .count();
        }
    }
}
