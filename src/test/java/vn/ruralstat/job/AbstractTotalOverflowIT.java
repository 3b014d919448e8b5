package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.finding.FindingCode;

/**
 * Issue #13, exact numbers: with the office's count ceiling raised to 10^15, a table of 9,300 rows
 * of 10^15 households sums past the largest long (about 9.22×10^18). The run completes; the table
 * is refused with a finding instead of wrapping to a negative total, and the other table is used.
 */
@SpringBootTest(
        properties = {
            "ruralstat.cli.enabled=false",
            "ruralstat.limits.count-max=1000000000000000",
            "ruralstat.checks.village-households-max=1000000000000000"
        })
abstract class AbstractTotalOverflowIT {

    private static final int ROWS = 9_300;

    @Autowired
    ConsolidationLauncher launcher;

    @Autowired
    ConsolidationService consolidation;

    @Test
    void refusesATableWhoseSumWouldOverflowAndUsesTheOthers(@TempDir Path in, @TempDir Path out) throws Exception {
        StringBuilder huge = new StringBuilder("BIỂU HỘ NGHÈO XÃ NÀ RÌ NĂM 2025\nSTT,Thôn,Tổng số hộ,Hộ nghèo\n");
        for (int i = 1; i <= ROWS; i++)
            huge.append(i).append(",Thôn ").append(i).append(",1000000000000000,0\n");
        Files.createDirectories(in.resolve("na-ri"));
        Files.writeString(in.resolve("na-ri/2025.csv"), huge);
        Files.createDirectories(in.resolve("con-minh"));
        Files.writeString(
                in.resolve("con-minh/2025.csv"),
                """
                BIỂU HỘ NGHÈO XÃ CÔN MINH NĂM 2025
                STT,Thôn,Tổng số hộ,Hộ nghèo
                1,Thôn X,150,15
                2,Thôn Z,60,6
                """);

        JobExecution run = launcher.run(in, out);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Consolidation c = consolidation.build(run.getId());
        assertThat(c.findings())
                .filteredOn(f -> f.code() == FindingCode.TOTAL_TOO_LARGE)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.source().file()).isEqualTo("na-ri/2025.csv");
                    assertThat(f.messageVi()).contains("9300 dòng", "không được dùng");
                });
        assertThat(c.poverty()).extracting(p -> p.commune()).containsExactly("Côn Minh");
        // The run is Côn Minh alone: 150 + 60 = 210 households, 15 + 6 = 21 poor.
        assertThat(c.rollups())
                .filteredOn(r -> ConsolidationService.WHOLE_RUN.equals(r.unit()))
                .singleElement()
                .satisfies(r -> assertThat(r.figures().households()).isEqualTo(210));
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(out.resolve("tong-hop.json")));
        for (JsonNode unit : json.get("units")) {
            JsonNode poverty = unit.get("poverty");
            if (poverty == null || poverty.isNull()) continue;
            assertThat(poverty.get("households").asLong())
                    .as(unit.get("name").asString())
                    .isBetween(0L, 210L);
        }
    }
}
