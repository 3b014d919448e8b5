package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
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
 * The case run through the job: a village's poor count typed 45 for 54 while its rate and
 * the totals row are right is blamed on its own cell, and 54 is used; a count the evidence only
 * suspects is kept as typed and every figure summed from it is marked; and the plausibility
 * checks put their findings on their cells.
 */
@SpringBootTest(
        properties = {
            "ruralstat.cli.enabled=false",
            "spring.datasource.url=jdbc:h2:file:./target/it-h2/ruralstat;DB_CLOSE_ON_EXIT=FALSE"
        })
class CellBlameIT {

    @Autowired
    ConsolidationLauncher launcher;

    @Autowired
    ConsolidationService consolidation;

    private static final Object[] HEADER = {"STT", "Thôn", "Tổng số hộ", "Hộ nghèo", "Tỷ lệ hộ nghèo (%)"};

    /** A commune's village table: title on row 1, header on row 3, villages from row 4, totals last. */
    private static void table(Path file, String title, Object[]... rows) throws Exception {
        Workbook wb = new XSSFWorkbook();
        Object[][] all = new Object[rows.length + 3][];
        all[0] = new Object[] {title};
        all[1] = new Object[] {};
        all[2] = HEADER;
        System.arraycopy(rows, 0, all, 3, rows.length);
        TestWorkbooks.rows(wb.createSheet("Biểu"), 0, all);
        TestWorkbooks.save(wb, file);
    }

    @Test
    void blamesTheMistypedCountUsesTheIntendedOneAndMarksWhatRestsOnASuspectedOne(@TempDir Path in, @TempDir Path out)
            throws Exception {
        // Phúc Sen 2024, for the previous period: Thôn Đông 430 / 52, Thôn Tân Lập 190 / 5.
        table(
                in.resolve("phuc-sen/2024.xlsx"),
                "BIỂU HỘ NGHÈO XÃ PHÚC SEN NĂM 2024",
                new Object[] {1, "Thôn Đông", 430, 52, 12.09},
                new Object[] {2, "Thôn Tân Lập", 190, 5, 2.63},
                new Object[] {null, "Cộng", 620, 57, 9.19});
        // Phúc Sen 2025, the case: Thôn Đông's poor typed 45 (D4); its rate 12,5 = 54/432×100 and the
        // totals row 74 = 54 + 20 both say 54, and 45 is 54 with its digits swapped. Thôn Tân Lập went from
        // 5 poor households to 20: ×4, beyond the factor 3.
        table(
                in.resolve("phuc-sen/2025.xlsx"),
                "BIỂU HỘ NGHÈO XÃ PHÚC SEN NĂM 2025",
                new Object[] {1, "Thôn Đông", 432, 45, 12.5},
                new Object[] {2, "Thôn Tân Lập", 200, 20, 10.0},
                new Object[] {null, "Cộng", 632, 74, 11.71});
        // An Bình 2025: Thôn A's poor typed 40 (D4); rate and totals row say 54 (84 − 20 − 10), but 40 is no slip
        // of 54 and no earlier period is stored: suspected only. Thôn C holds 7 000 households (C6), above a
        // village's bound; Thôn D's rate is −2 (E7); Thôn E's poor count is "12,5" (D8), a rate.
        table(
                in.resolve("an-binh/2025.xlsx"),
                "BIỂU HỘ NGHÈO XÃ AN BÌNH NĂM 2025",
                new Object[] {1, "Thôn A", 432, 40, 12.5},
                new Object[] {2, "Thôn B", 200, 20, 10.0},
                new Object[] {3, "Thôn C", 7000, 10, null},
                new Object[] {4, "Thôn D", 100, 3, -2},
                new Object[] {5, "Thôn E", 50, "12,5", null},
                new Object[] {null, "Cộng", 7732, 87, null});

        JobExecution run = launcher.run(in, out);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Consolidation c = consolidation.build(run.getId());
        List<Finding> phucSen2025 = c.findings().stream()
                .filter(f -> f.source() != null
                        && "phuc-sen/2025.xlsx".equals(f.source().file()))
                .toList();
        // The poor cell is blamed, with 54; neither the rate (E4) nor the totals row (D6, E6) is.
        assertThat(phucSen2025)
                .extracting(Finding::code, f -> f.source().cell(), Finding::expected)
                .containsExactlyInAnyOrder(
                        tuple(FindingCode.VALUE_CORRECTED, "D4", "54"),
                        tuple(FindingCode.YEAR_OVER_YEAR_JUMP, "D5", "5"));
        assertThat(phucSen2025.get(0).messageVi()).contains("kỳ trước ghi 52");
        CommunePoverty phucSen = commune(c, "Phúc Sen", "2025");
        // 54 + 20 = 74 poor households, as the totals row says; nothing in dispute.
        assertThat(phucSen.villages())
                .extracting(VillagePoverty::name, v -> v.figures().poor())
                .containsExactly(tuple("Thôn Đông", 54L), tuple("Thôn Tân Lập", 20L));
        assertThat(phucSen.totals().poor()).isEqualTo(74);
        assertThat(phucSen.disputed()).isFalse();

        List<Finding> anBinh = c.findings().stream()
                .filter(f -> f.source() != null
                        && "an-binh/2025.xlsx".equals(f.source().file()))
                .toList();
        assertThat(anBinh)
                .extracting(Finding::code, f -> f.source().cell())
                .contains(
                        tuple(FindingCode.VALUE_SUSPECTED, "D4"),
                        tuple(FindingCode.COUNT_IMPLAUSIBLE, "C6"),
                        tuple(FindingCode.RATE_OUT_OF_RANGE, "E7"),
                        tuple(FindingCode.PERCENT_IN_COUNT_COLUMN, "D8"))
                .doesNotContain(tuple(FindingCode.TOTAL_MISMATCH, "D9"), tuple(FindingCode.RATE_MISMATCH, "E4"));
        CommunePoverty anBinhCommune = commune(c, "An Bình", "2025");
        // The typed 40 is kept: 40 + 20 + 10 + 3 = 73 (Thôn E's row is rejected), and marked.
        assertThat(anBinhCommune.totals().poor()).isEqualTo(73);
        assertThat(anBinhCommune.disputed()).isTrue();
        assertThat(anBinhCommune.villages())
                .filteredOn(VillagePoverty::disputed)
                .extracting(VillagePoverty::name)
                .containsExactly("Thôn A");
        // The run's 2025 total sums An Bình: marked; Phúc Sen's district (Quảng Hòa, by the register) is not.
        assertThat(c.rollups())
                .filteredOn(r -> "2025".equals(r.period()))
                .extracting(vn.ruralstat.poverty.PovertyRollup::unit, vn.ruralstat.poverty.PovertyRollup::disputed)
                .containsExactlyInAnyOrder(tuple("Quảng Hòa", false), tuple(ConsolidationService.WHOLE_RUN, true));

        // The workbook marks Thôn A, An Bình's total and the period's total, and says what the mark means.
        try (Workbook wb = WorkbookFactory.create(out.resolve("tong-hop.xlsx").toFile(), null, true)) {
            List<String> labels = labels(wb.getSheet("Nghèo theo thôn"));
            assertThat(labels).contains("Thôn A (*)", "Cộng xã An Bình (*)", "Thôn Đông", "Cộng xã Phúc Sen");
            assertThat(labels).anyMatch(l -> l.startsWith("(*) Số liệu tính từ một ô còn nghi vấn"));
            assertThat(labels(wb.getSheet("Nghèo theo xã"))).contains("An Bình (*)", "Phúc Sen");
        }
        // The JSON flags An Bình's figures and not Phúc Sen's.
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(out.resolve("tong-hop.json")));
        for (JsonNode unit : json.get("units")) {
            JsonNode poverty = unit.get("poverty");
            if (poverty == null
                    || poverty.isNull()
                    || !"2025".equals(unit.get("period").asString())) continue;
            String name = unit.get("name").asString();
            if (name.equals("An Bình") || name.equals("Thôn A")) {
                assertThat(poverty.get("disputed").asBoolean()).as(name).isTrue();
            }
            if (name.equals("Phúc Sen") || name.equals("Thôn Đông")) {
                assertThat(poverty.has("disputed")).as(name).isFalse();
            }
        }
        // The annotated copy for Phúc Sen carries the finding on the poor cell.
        Path copy = out.resolve("kiem-tra/phuc-sen/2025.kiem-tra.xlsx");
        try (Workbook wb = WorkbookFactory.create(copy.toFile(), null, true)) {
            Comment comment = wb.getSheet("Biểu").getCellComment(new CellAddress("D4"));
            assertThat(comment).isNotNull();
            assertThat(comment.getString().getString()).contains("có thể là 54");
        }
    }

    @Test
    void comparesWithThePreviousYearStoredByAnEarlierRun(@TempDir Path first, @TempDir Path second, @TempDir Path out)
            throws Exception {
        // 2023 consolidated on its own; 2024 in a later run from another folder. Thôn Nà Lẹng: 10 poor
        // households in 2023, 45 in 2024: ×4,5, beyond the factor 3. Thôn Cốc Phường: 12 → 14, ordinary.
        table(
                first.resolve("khuoi-khon/2023.xlsx"),
                "BIỂU HỘ NGHÈO XÃ KHUỔI KHON NĂM 2023",
                new Object[] {1, "Thôn Nà Lẹng", 300, 10, 3.33},
                new Object[] {2, "Thôn Cốc Phường", 250, 12, 4.8});
        table(
                second.resolve("khuoi-khon/2024.xlsx"),
                "BIỂU HỘ NGHÈO XÃ KHUỔI KHON NĂM 2024",
                new Object[] {1, "Thôn Nà Lẹng", 305, 45, 14.75},
                new Object[] {2, "Thôn Cốc Phường", 252, 14, 5.56});
        assertThat(launcher.run(first, out.resolve("1")).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        JobExecution run = launcher.run(second, out.resolve("2"));

        assertThat(consolidation.build(run.getId()).findings())
                // (Khuổi Khon is no commune of the register: that warning is beside the point.)
                .filteredOn(f -> f.source() != null
                        && "khuoi-khon/2024.xlsx".equals(f.source().file())
                        && f.code() != FindingCode.UNIT_NOT_IN_REGISTER)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo(FindingCode.YEAR_OVER_YEAR_JUMP);
                    assertThat(f.source().cell()).isEqualTo("D4");
                    assertThat(f.messageVi()).contains("kỳ trước (2023) là 10", "4,5 lần");
                });
    }

    private static CommunePoverty commune(Consolidation c, String name, String period) {
        return c.poverty().stream()
                .filter(p -> p.commune().equals(name) && period.equals(p.period()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " " + period + " not in " + c.poverty()));
    }

    /** The texts of column B (the labels) of a sheet. */
    private static List<String> labels(Sheet sheet) {
        List<String> labels = new java.util.ArrayList<>();
        for (Row row : sheet) {
            for (org.apache.poi.ss.usermodel.Cell cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    labels.add(cell.getStringCellValue());
                }
            }
        }
        return labels;
    }
}
