package vn.ruralstat.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ruralstat.RuralstatApplication;
import vn.ruralstat.job.ConsolidationLauncher;
import vn.ruralstat.synthetic.GenerationManifest;
import vn.ruralstat.synthetic.SyntheticInputGenerator;

/**
 * Consolidates a generated district (16 communes × 25 villages) and a generated province
 * (500 communes × 24 villages = 12,000 villages) and prints, per step, the time and the rows
 * per second, and the peak heap of the run. Not a test: run it with {@code ./mvnw -Pbench verify}
 * (see README). Pass {@code --spring.datasource.url=…} to measure on PostgreSQL.
 */
public final class ConsolidationBenchmark {

    private ConsolidationBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("ruralstat-bench");
        List<String> springArgs = new ArrayList<>(List.of(
                "--ruralstat.cli.enabled=false",
                "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db/ruralstat")));
        springArgs.addAll(List.of(args));
        try (ConfigurableApplicationContext ctx =
                SpringApplication.run(RuralstatApplication.class, springArgs.toArray(String[]::new))) {
            ConsolidationLauncher launcher = ctx.getBean(ConsolidationLauncher.class);
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            measure(
                    "district 16 × 25, xlsx",
                    SyntheticInputGenerator.Options.district(work.resolve("district")),
                    launcher,
                    jdbc,
                    work);
            GenerationManifest province = measure(
                    "province 500 × 24, xlsx",
                    SyntheticInputGenerator.Options.province(work.resolve("province")),
                    launcher,
                    jdbc,
                    work);
            measureReview(province, ctx.getBean(vn.ruralstat.review.ReviewRunner.class), work);
            measure(
                    "province 500 × 24, csv",
                    SyntheticInputGenerator.Options.province(work.resolve("province-csv"))
                            .withFormat(SyntheticInputGenerator.Format.CSV),
                    launcher,
                    jdbc,
                    work);
        }
    }

    /**
     * A review of the province's 500 communes from what is stored (every completed run is
     * considered; the newest that holds a table is read).
     */
    private static void measureReview(GenerationManifest manifest, vn.ruralstat.review.ReviewRunner reviews, Path work)
            throws Exception {
        int year = manifest.options().reviewYear();
        long start = System.nanoTime();
        var outcome = reviews.write("huyện " + manifest.parentUnit(), year, year, work.resolve("out-review"), null);
        System.out.printf(
                "%n== review of huyện %s, %d: %s, %.2f s (%d files)%n",
                manifest.parentUnit(),
                year,
                outcome.problem().map(p -> p.en()).orElse("written"),
                (System.nanoTime() - start) / 1e9,
                outcome.written().size());
    }

    private static GenerationManifest measure(
            String name,
            SyntheticInputGenerator.Options options,
            ConsolidationLauncher launcher,
            JdbcTemplate jdbc,
            Path work)
            throws Exception {
        GenerationManifest manifest = SyntheticInputGenerator.generate(options);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        JobExecution run = launcher.run(
                options.outDir(), work.resolve("out-" + options.outDir().getFileName()));
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
        Long rowsRead = jdbc.queryForObject(
                "SELECT SUM(rows_read) FROM rs_source_file WHERE run_id = ?", Long.class, run.getId());
        Long dataRows = jdbc.queryForObject(
                "SELECT (SELECT COUNT(*) FROM rs_poverty_row WHERE run_id = ?)"
                        + " + (SELECT COUNT(*) FROM rs_criteria_row WHERE run_id = ?)",
                Long.class,
                run.getId(),
                run.getId());
        System.out.printf(
                "%n== %s: %d files, %d villages, run %s%n",
                name, manifest.files().size(), manifest.totals().villages(), run.getStatus());
        for (StepExecution step : run.getStepExecutions()) {
            Duration took = Duration.between(step.getStartTime(), step.getEndTime());
            long rows = step.getStepName().equals("ingest") ? rowsRead : dataRows;
            System.out.printf(
                    "   %-12s %8.2f s  %10.0f rows/s  (%d rows)%n",
                    step.getStepName(),
                    took.toMillis() / 1000.0,
                    rows / Math.max(0.001, took.toMillis() / 1000.0),
                    rows);
        }
        System.out.printf(
                "   peak heap  %8.1f MiB (max %d MiB)%n",
                peakHeap / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
        return manifest;
    }
}
