package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.poverty.PovertyFigures;

/** The same run against the machine's real PostgreSQL: schema by Flyway, rows by COPY, job repository by Batch. */
@SpringBootTest(properties = "ruralstat.cli.enabled=false")
@OnPostgres
class PostgresConsolidationIT {

    @Autowired
    ConsolidationLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConsolidationService consolidation;

    @Test
    void storesTheRunsRowsInPostgres(@TempDir Path out) throws Exception {
        JobExecution run = launcher.run(Path.of("input"), out);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT current_schema()", String.class))
                .isEqualTo(PostgresDatabase.schemaFor(PostgresConsolidationIT.class));
        // Seed 004: 16 communes, 183 criteria met; the 2023 results of the same 16 communes (docs/samples.md):
        // 183 + 29 + 32 planned by 2023 − 3 misses = 241. Rows 16 + 16 = 32, met 183 + 241 = 424.
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rs_criteria_row WHERE run_id = ?", Integer.class, run.getId()))
                .isEqualTo(32);
        assertThat(jdbc.queryForObject(
                        "SELECT SUM(met) FROM rs_criteria_row WHERE run_id = ?", Integer.class, run.getId()))
                .isEqualTo(424);
        Consolidation c = consolidation.build(run.getId());
        assertThat(c.criteria())
                .filteredOn(d -> d.unit().equals("Quảng Hòa") && d.period().equals("2022-2025"))
                .singleElement()
                .satisfies(d -> assertThat(d.totalMet()).isEqualTo(183));
        assertThat(c.criteria())
                .filteredOn(d -> d.unit().equals("Quảng Hòa") && d.period().equals("2023"))
                .singleElement()
                .satisfies(d -> assertThat(d.totalMet()).isEqualTo(241));
        // The Ngân Sơn sample: 9,606 households, 415 poor, 322 near-poor (docs/samples.md).
        assertThat(c.poverty())
                .filteredOn(p -> p.commune().equals("Ngân Sơn"))
                .singleElement()
                .satisfies(p -> assertThat(p.totals()).isEqualTo(new PovertyFigures(9606, 415, 322)));
        // The end-2024 table of huyện Ngân Sơn: its rows are communes, counted as communes of the district;
        // 4,012 + 2,861 + 2,668 = 9,541 households, 112 + 258 + 218 = 588 poor.
        assertThat(c.poverty())
                .filteredOn(p -> "Ngân Sơn".equals(p.parent()) && "2024".equals(p.period()))
                .hasSize(3);
        assertThat(c.rollups())
                .filteredOn(r -> r.unit().equals("Ngân Sơn") && "2024".equals(r.period()))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.figures().households()).isEqualTo(9541);
                    assertThat(r.figures().poor()).isEqualTo(588);
                });
        // The five sample files of docs/samples.md.
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rs_source_file WHERE run_id = ? AND sha256 IS NOT NULL",
                        Integer.class,
                        run.getId()))
                .isEqualTo(5);
        assertThat(jdbc.queryForObject(
                        "SELECT status FROM batch_job_execution WHERE job_execution_id = ?", String.class, run.getId()))
                .isEqualTo("COMPLETED");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM batch_step_execution WHERE job_execution_id = ?",
                        Integer.class,
                        run.getId()))
                .isEqualTo(5);
    }
}
