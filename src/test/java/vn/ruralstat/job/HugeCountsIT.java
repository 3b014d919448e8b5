package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.VillagePoverty;

/**
 * Issue #13's huge counts through the job: a twenty-digit count in a CSV and 1e308 in a numeric
 * cell are never clamped to the largest long; each gets a finding on its cell, its row is not
 * used, and the totals are the sums of the other rows.
 */
@SpringBootTest(
        properties = {
            "ruralstat.cli.enabled=false",
            "spring.datasource.url=jdbc:h2:file:./target/it-h2/ruralstat;DB_CLOSE_ON_EXIT=FALSE"
        })
class HugeCountsIT {

    @Autowired
    ConsolidationLauncher launcher;

    @Autowired
    ConsolidationService consolidation;

    @Test
    void rejectsTheRowsOfHugeCountsAndSumsTheOthers(@TempDir Path in, @TempDir Path out) throws Exception {
        // Row 4: Thôn B's households (C4) are 99999999999999999999; row 5: Thôn C's poor (D5) are "1e308".
        Path csv = in.resolve("na-ri/2025.csv");
        Files.createDirectories(csv.getParent());
        Files.writeString(
                csv,
                """
                BIỂU HỘ NGHÈO XÃ NÀ RÌ NĂM 2025
                STT,Thôn,Tổng số hộ,Hộ nghèo
                1,Thôn A,120,12
                2,Thôn B,99999999999999999999,5
                3,Thôn C,80,1e308
                4,Thôn D,200,20
                """);
        // Row 5: Thôn Y's households (C5) are the number 1e308 in a numeric cell.
        Workbook wb = new XSSFWorkbook();
        TestWorkbooks.rows(wb.createSheet("Biểu"), 0, new Object[][] {
            {"BIỂU HỘ NGHÈO XÃ CÔN MINH NĂM 2025"},
            {},
            {"STT", "Thôn", "Tổng số hộ", "Hộ nghèo"},
            {1, "Thôn X", 150, 15},
            {2, "Thôn Y", 1e308, 3},
            {3, "Thôn Z", 60, 6}
        });
        TestWorkbooks.save(wb, in.resolve("con-minh/2025.xlsx"));

        JobExecution run = launcher.run(in, out);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Consolidation c = consolidation.build(run.getId());
        List<Finding> findings = c.findings().stream()
                .filter(f -> f.source() != null && f.source().cell() != null)
                .toList();
        assertThat(findings)
                .extracting(f -> f.source().file(), f -> f.source().cell(), Finding::code)
                .contains(
                        tuple("na-ri/2025.csv", "C4", FindingCode.COUNT_TOO_LARGE),
                        tuple("con-minh/2025.xlsx", "C5", FindingCode.COUNT_TOO_LARGE));
        // "1e308" written as text is no number at all in a CSV: its cell says so, and its row is not used either.
        assertThat(findings)
                .extracting(f -> f.source().file(), f -> f.source().cell(), Finding::code)
                .contains(tuple("na-ri/2025.csv", "D5", FindingCode.VALUE_NOT_NUMERIC));
        assertThat(findings)
                .filteredOn(f -> f.code() == FindingCode.COUNT_TOO_LARGE)
                .allSatisfy(f -> assertThat(f.messageVi()).doesNotContain("9223372036854775807"));

        CommunePoverty naRi = commune(c, "Nà Rì");
        assertThat(naRi.villages()).extracting(VillagePoverty::name).containsExactly("Thôn A", "Thôn D");
        // 120 + 200 = 320 households, 12 + 20 = 32 poor.
        assertThat(naRi.totals().households()).isEqualTo(320);
        assertThat(naRi.totals().poor()).isEqualTo(32);
        CommunePoverty conMinh = commune(c, "Côn Minh");
        assertThat(conMinh.villages()).extracting(VillagePoverty::name).containsExactly("Thôn X", "Thôn Z");
        // 150 + 60 = 210 households, 15 + 6 = 21 poor.
        assertThat(conMinh.totals().households()).isEqualTo(210);
        assertThat(conMinh.totals().poor()).isEqualTo(21);
        // The whole run: 320 + 210 = 530 households, 32 + 21 = 53 poor.
        assertThat(c.rollups())
                .filteredOn(r -> ConsolidationService.WHOLE_RUN.equals(r.unit()))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.figures().households()).isEqualTo(530);
                    assertThat(r.figures().poor()).isEqualTo(53);
                });

        // No household or poor count in the JSON is negative or beyond what was summed.
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(out.resolve("tong-hop.json")));
        for (JsonNode unit : json.get("units")) {
            JsonNode poverty = unit.get("poverty");
            if (poverty == null || poverty.isNull()) continue;
            assertThat(poverty.get("households").asLong())
                    .as(unit.get("name").asString())
                    .isBetween(0L, 530L);
            assertThat(poverty.get("poor").asLong()).isBetween(0L, 53L);
        }
    }

    private static CommunePoverty commune(Consolidation c, String name) {
        return c.poverty().stream()
                .filter(p -> p.commune().equals(name) && "2025".equals(p.period()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + c.poverty()));
    }
}
