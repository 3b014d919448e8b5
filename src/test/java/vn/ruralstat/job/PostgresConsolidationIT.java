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

/** The same run against the machine's real PostgreSQL: schema by Flyway, rows by COPY, job repository by Batch. */
@SpringBootTest(properties = "ruralstat.cli.enabled=false")
@OnPostgres
class PostgresConsolidationIT {

    @Autowired
    ConsolidationLauncher launcher;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void storesTheRunsRowsInPostgres(@TempDir Path out) throws Exception {
        JobExecution run = launcher.run(Path.of("input"), out);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT current_schema()", String.class)).isEqualTo(PostgresDatabase.schemaFor(PostgresConsolidationIT.class));
        // Seed 004: 16 communes, 183 criteria met; the 2023 results of the same 16 communes (docs/samples.md):
        // 183 + 29 + 32 planned by 2023 − 3 misses = 241. Rows 16 + 16 = 32, met 183 + 241 = 424.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rs_criteria_row WHERE run_id = ?", Integer.class, run.getId()))
                .isEqualTo(32);
        assertThat(jdbc.queryForObject("SELECT SUM(met) FROM rs_criteria_row WHERE run_id = ?", Integer.class, run.getId()))
                .isEqualTo(424);
        assertThat(jdbc.queryForObject("SELECT criteria_met FROM rs_unit_figure WHERE run_id = ? AND unit_name = 'Quảng Hòa'"
                + " AND dataset = 'CRITERIA_MATRIX' AND period = '2022-2025'", Integer.class, run.getId())).isEqualTo(183);
        assertThat(jdbc.queryForObject("SELECT criteria_met FROM rs_unit_figure WHERE run_id = ? AND unit_name = 'Quảng Hòa'"
                + " AND dataset = 'CRITERIA_MATRIX' AND period = '2023'", Integer.class, run.getId())).isEqualTo(241);
        // The Ngân Sơn sample: 9,606 households, 415 poor, 322 near-poor (docs/samples.md).
        assertThat(jdbc.queryForMap("SELECT households, poor, near_poor FROM rs_unit_figure WHERE run_id = ?"
                + " AND unit_name = 'Ngân Sơn' AND unit_level = 'xã'", run.getId()))
                .containsEntry("households", 9606L).containsEntry("poor", 415L).containsEntry("near_poor", 322L);
        // The end-2024 table of huyện Ngân Sơn: its rows are communes, stored at level xã under the district;
        // 4,012 + 2,861 + 2,668 = 9,541 households, 112 + 258 + 218 = 588 poor.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rs_unit_figure WHERE run_id = ? AND unit_level = 'xã'"
                + " AND parent_name = 'Ngân Sơn' AND period = '2024'", Integer.class, run.getId())).isEqualTo(3);
        assertThat(jdbc.queryForMap("SELECT households, poor FROM rs_unit_figure WHERE run_id = ? AND unit_name = 'Ngân Sơn'"
                + " AND period = '2024'", run.getId())).containsEntry("households", 9541L).containsEntry("poor", 588L);
        // The five sample files of docs/samples.md.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rs_source_file WHERE run_id = ? AND sha256 IS NOT NULL",
                Integer.class, run.getId())).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT status FROM batch_job_execution WHERE job_execution_id = ?", String.class,
                run.getId())).isEqualTo("COMPLETED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM batch_step_execution WHERE job_execution_id = ?",
                Integer.class, run.getId())).isEqualTo(5);
    }
}
