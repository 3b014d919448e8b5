package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.poverty.CommunePoverty;

/**
 * A drop folder as it really arrives: the good samples beside a legacy-font workbook, a messy one,
 * a broken one, an empty one, a zip with an entry that tries to escape the folder, and a cell
 * that would be a live formula if copied carelessly. The run completes, says what is wrong where,
 * and every file's rows add up.
 */
@SpringBootTest(
        properties = {
            "ruralstat.cli.enabled=false",
            "spring.datasource.url=jdbc:h2:file:./target/it-h2/ruralstat;DB_CLOSE_ON_EXIT=FALSE"
        })
class MixedFolderIT {

    @Autowired
    ConsolidationLauncher launcher;

    @Autowired
    ConsolidationService consolidation;

    /** Text as Excel shows it when typed in a TCVN3 (.VnTime) font, from the reference table. */
    private static String tcvn3(String text) throws Exception {
        Map<Character, String> code = new HashMap<>();
        try (InputStream in =
                MixedFolderIT.class.getResourceAsStream("/vn/ruralstat/sheet/vietnamese-legacy-encodings.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .toList();
            for (String line : lines) {
                String[] f = line.split(",", -1);
                code.put(f[0].charAt(0), f[5]);
            }
        }
        StringBuilder s = new StringBuilder();
        for (char c : text.toCharArray()) s.append(code.getOrDefault(c, String.valueOf(c)));
        return s.toString();
    }

    @Test
    void completesOverAMixedFolderAndSaysWhatIsWrongWhere(@TempDir Path in, @TempDir Path out) throws Exception {
        ConsolidationJobIT.copyTree(Path.of("input"), in);
        Workbook legacy = new HSSFWorkbook();
        TestWorkbooks.rows(
                legacy.createSheet("Bieu"),
                0,
                new Object[] {tcvn3("BIỂU HỘ NGHÈO XÃ PHÚC SEN NĂM 2025")},
                new Object[] {},
                new Object[] {"STT", tcvn3("Tên thôn"), tcvn3("Tổng số hộ"), tcvn3("Hộ nghèo"), tcvn3("Hộ cận nghèo")},
                new Object[] {1, tcvn3("Thôn Đông"), 120, 8, 5},
                new Object[] {2, tcvn3("Thôn Tân Lập"), 95, 5, 3},
                new Object[] {3, tcvn3("Bản Chang"), 80, 4, 4},
                new Object[] {null, tcvn3("Tổng cộng"), 295, 17, 12});
        TestWorkbooks.save(legacy, in.resolve("phuc-sen/bieu-cu.xls"));
        Workbook messy = new XSSFWorkbook();
        TestWorkbooks.rows(
                messy.createSheet("Sheet1"),
                0,
                new Object[] {"BIỂU HỘ NGHÈO XÃ AN BÌNH NĂM 2025"},
                new Object[] {},
                new Object[] {"STT", "Thôn", "Tổng số hộ", "Hộ nghèo"},
                new Object[] {1, "Thôn A", 100, 5},
                new Object[] {2, "Thôn B", "12%", 3},
                new Object[] {3, "=HYPERLINK(\"http://x\",\"bấm\")", 40, 1},
                new Object[] {null, "Cộng", 150, 6});
        TestWorkbooks.save(messy, in.resolve("an-binh/bieu.xlsx"));
        Files.write(in.resolve("an-binh/hong.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        Files.write(in.resolve("an-binh/rong.csv"), new byte[0]);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(in.resolve("ho-so.zip")))) {
            zip.putNextEntry(new ZipEntry("../../ngoai.csv"));
            zip.write("STT,Thôn,Tổng số hộ,Hộ nghèo\n1,X,10,1\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xa-binh-an/bieu.csv"));
            zip.write("BIỂU HỘ NGHÈO XÃ BÌNH AN NĂM 2025\nSTT,Thôn,Tổng số hộ,Hộ nghèo\n1,Thôn Một,50,2\n"
                    .getBytes(StandardCharsets.UTF_8));
        }

        JobExecution run = launcher.run(in, out);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Consolidation c = consolidation.build(run.getId());
        // Legacy font: converted, the commune and villages named in Unicode; 120 + 95 + 80 = 295 households.
        assertThat(c.poverty())
                .filteredOn(p -> p.commune().equals("Phúc Sen"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.villages())
                            .extracting(v -> v.name())
                            .containsExactly("Thôn Đông", "Thôn Tân Lập", "Bản Chang");
                    assertThat(p.totals().households()).isEqualTo(295);
                });
        assertThat(c.findings())
                .extracting(
                        Finding::code, f -> f.source().file(), f -> f.source().cell())
                .contains(
                        tuple(FindingCode.LEGACY_ENCODING_CONVERTED, "phuc-sen/bieu-cu.xls", null),
                        tuple(FindingCode.PERCENT_IN_COUNT_COLUMN, "an-binh/bieu.xlsx", "C5"),
                        tuple(FindingCode.FILE_UNREADABLE, "an-binh/hong.xlsx", null),
                        tuple(FindingCode.FILE_UNREADABLE, "an-binh/rong.csv", null));
        // Thôn B's "12%" is rejected; the rows used add up to 100 + 40 = 140, the "Cộng" row says 150.
        assertThat(c.findings())
                .filteredOn(f -> f.code() == FindingCode.TOTAL_MISMATCH)
                .extracting(f -> f.source().cell(), Finding::expected)
                .containsExactly(tuple("C7", "140"));
        assertThat(c.findings())
                .filteredOn(f -> f.code() == FindingCode.FILE_UNREADABLE)
                .anySatisfy(f ->
                        assertThat(f.source().file()).startsWith("ho-so.zip!/").contains("ngoai.csv"));
        assertThat(c.poverty()).extracting(CommunePoverty::commune).contains("An Bình", "Bình An");
        assertThat(Files.exists(in.getParent().resolve("ngoai.csv"))).isFalse();
        assertThat(c.sources()).allSatisfy(s -> assertThat(s.rowsRead())
                .as(s.path())
                .isEqualTo(s.rowsUsed() + s.rowsRejected() + s.rowsOther()));

        try (Workbook report =
                WorkbookFactory.create(out.resolve("tong-hop.xlsx").toFile(), null, true)) {
            Cell injected = find(report.getSheet("Nghèo theo thôn"), "=HYPERLINK");
            assertThat(injected).as("user text never becomes a live formula").isNotNull();
            assertThat(injected.getCellType()).isEqualTo(CellType.STRING);
        }
    }

    private static Cell find(Sheet sheet, String prefix) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().startsWith(prefix)) return cell;
            }
        }
        return null;
    }
}
