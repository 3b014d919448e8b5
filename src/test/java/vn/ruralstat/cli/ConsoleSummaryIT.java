package vn.ruralstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;
import vn.ruralstat.RuralstatApplication;

/**
 * The command line as an officer runs it, in a JVM of its own under a strict umask (077): the run
 * ends with one summary that matches the workbook it wrote, and everything written — report,
 * charts, JSON, annotated copies, a unit's summary and a review — can be read by the office.
 */
class ConsoleSummaryIT {

    /**
     * The sample inputs (5 files: the Ngân Sơn table twice, as .xlsx and .csv, so one is superseded)
     * plus a broken workbook and a CSV without a table: 7 files received, 4 read, 1 unreadable, 1
     * without a table, 1 superseded. The unreadable file is an error finding, so errors ≥ 1.
     */
    @Test
    void theRunsSummaryMatchesTheWorkbookAndEveryOutputIsReadableByTheOffice(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path input = dir.resolve("dau-vao");
        FileSystemUtils.copyRecursively(Path.of("input"), input);
        Files.write(input.resolve("bieu-hong.xlsx"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8}); // not a zip: unreadable
        Files.writeString(input.resolve("ghi-chu.csv"), "Ghi chú\nKhông có số liệu trong tệp này\n");
        Path output = dir.resolve("ket-qua");
        String db = "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/ruralstat");

        Run run = runUnderStrictUmask(dir, "--input", input.toString(), "--output", output.toString(), db);

        assertThat(run.exit()).as(run.output()).isZero();
        Map<String, Long> console = summaryCounts(run.output());
        // from the arrangement above
        assertThat(console)
                .containsEntry("received", 7L)
                .containsEntry("read", 4L)
                .containsEntry("unreadable", 1L)
                .containsEntry("noTable", 1L)
                .containsEntry("superseded", 1L);
        assertThat(console.get("errors")).isGreaterThanOrEqualTo(1L);
        // and every count as the workbook shows it
        try (Workbook workbook =
                WorkbookFactory.create(output.resolve("tong-hop.xlsx").toFile(), null, true)) {
            List<Map<String, Object>> sources = dataRows(workbook.getSheet("Nguồn dữ liệu"), "Trạng thái");
            assertThat(console.get("received")).isEqualTo(sources.size());
            assertThat(console.get("read")).isEqualTo(countOf(sources, "Trạng thái", "Đã đọc"));
            assertThat(console.get("unreadable")).isEqualTo(countOf(sources, "Trạng thái", "Không đọc được"));
            assertThat(console.get("noTable")).isEqualTo(countOf(sources, "Trạng thái", "Không có bảng số liệu"));
            assertThat(console.get("superseded"))
                    .isEqualTo(sources.size()
                            - countOf(sources, "Trạng thái", "Đã đọc", "Không đọc được", "Không có bảng số liệu"));
            assertThat(console.get("used")).isEqualTo(sum(sources, "Dòng sử dụng"));
            assertThat(console.get("rejected")).isEqualTo(sum(sources, "Dòng bị loại"));
            assertThat(console.get("rowsRead")).isEqualTo(sum(sources, "Số dòng đã đọc"));
            List<Map<String, Object>> findings = dataRows(workbook.getSheet("Phát hiện"), "Mức độ");
            assertThat(console.get("errors")).isEqualTo(countOf(findings, "Mức độ", "Lỗi"));
            assertThat(console.get("warnings")).isEqualTo(countOf(findings, "Mức độ", "Cảnh báo"));
            assertThat(console.get("infos")).isEqualTo(countOf(findings, "Mức độ", "Thông tin"));
            assertThat(console.get("findings")).isEqualTo(findings.size());
            // the check step's line counts the whole run so far too: nothing is found after it in this run
            Matcher check = find(CHECK, run.output());
            assertThat(Long.valueOf(check.group(1))).isEqualTo(countOf(findings, "Mức độ", "Lỗi"));
            assertThat(Long.valueOf(check.group(2))).isEqualTo(countOf(findings, "Mức độ", "Cảnh báo"));
            assertThat(Long.valueOf(check.group(3))).isEqualTo(countOf(findings, "Mức độ", "Thông tin"));
            assertThat(Long.valueOf(check.group(4))).isEqualTo(findings.size());
        }
        assertThat(run.output())
                .contains("  đã ghi: " + output.resolve("tong-hop.xlsx"))
                .contains("  đã ghi: " + output.resolve("tong-hop.json"))
                .containsPattern("  đã ghi: \\d+ tệp trong "
                        + Pattern.quote(output.resolve("bieu-do").toString()))
                .containsPattern("  đã ghi: \\d+ tệp trong "
                        + Pattern.quote(output.resolve("kiem-tra").toString()));

        Run summary = runUnderStrictUmask(
                dir,
                "summary",
                "--unit",
                "Quảng Hòa",
                "--output",
                output.resolve("tom-tat").toString(),
                db);
        Run review = runUnderStrictUmask(
                dir,
                "review",
                "--unit",
                "xã Ngân Sơn",
                "--from",
                "2024",
                "--to",
                "2025",
                "--output",
                output.resolve("danh-gia").toString(),
                db);
        assertThat(summary.exit()).as(summary.output()).isZero();
        assertThat(review.exit()).as(review.output()).isZero();

        List<Path> written = new ArrayList<>();
        try (Stream<Path> all = Files.walk(output)) {
            all.forEach(written::add);
        }
        assertThat(written)
                .as("the workbook, JSON, charts, annotated copies, summary and review")
                .anyMatch(p -> p.toString().endsWith(".kiem-tra.xlsx"))
                .anyMatch(p -> p.toString().endsWith(".png"))
                .anyMatch(p -> p.endsWith(Path.of("tom-tat", "tong-hop.xlsx")))
                .anyMatch(p -> p.toString().endsWith("danh-gia-xa-ngan-son-2024-2025.xlsx"));
        for (Path p : written) {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(p);
            assertThat(mode).as(p.toString()).contains(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
            if (Files.isDirectory(p)) {
                assertThat(mode)
                        .as(p.toString())
                        .contains(PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
            }
        }
    }

    record Run(int exit, String output) {}

    /** ruralstat through its real entry point, in a shell whose umask gives new files 0600 and folders 0700. */
    private static Run runUnderStrictUmask(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "sh",
                "-c",
                "umask 077; exec \"$0\" \"$@\"",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dstdout.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                RuralstatApplication.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    private static final Pattern FILES = Pattern.compile(
            "  tệp: (\\d+) đã nhận; (\\d+) đã đọc, (\\d+) không đọc được, (\\d+) không có bảng số liệu, (\\d+) bị thay thế");
    private static final Pattern ROWS =
            Pattern.compile("  dòng số liệu: (\\d+) sử dụng, (\\d+) bị loại \\(trong (\\d+) dòng đã đọc");
    private static final Pattern FINDINGS =
            Pattern.compile("  phát hiện: (\\d+) lỗi, (\\d+) cảnh báo, (\\d+) thông tin, cộng (\\d+)");

    private static final Pattern CHECK = Pattern.compile(
            "  kiểm tra số liệu các bảng: \\d+ phát hiện \\(\\d+ lỗi, \\d+ cảnh báo\\); cả lần chạy đến nay,"
                    + " tính cả khi đọc tệp: (\\d+) lỗi, (\\d+) cảnh báo, (\\d+) thông tin, cộng (\\d+)");

    /** The counts of the console's closing summary, read from its Vietnamese lines. */
    private static Map<String, Long> summaryCounts(String console) {
        Map<String, Long> counts = new HashMap<>();
        Matcher files = find(FILES, console);
        String[] fileKeys = {"received", "read", "unreadable", "noTable", "superseded"};
        for (int i = 0; i < fileKeys.length; i++) counts.put(fileKeys[i], Long.valueOf(files.group(i + 1)));
        Matcher rows = find(ROWS, console);
        counts.put("used", Long.valueOf(rows.group(1)));
        counts.put("rejected", Long.valueOf(rows.group(2)));
        counts.put("rowsRead", Long.valueOf(rows.group(3)));
        Matcher findings = find(FINDINGS, console);
        String[] findingKeys = {"errors", "warnings", "infos", "findings"};
        for (int i = 0; i < findingKeys.length; i++) counts.put(findingKeys[i], Long.valueOf(findings.group(i + 1)));
        return counts;
    }

    private static Matcher find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(pattern + " in:%n" + text).isTrue();
        return m;
    }

    /**
     * The rows of the table whose header row holds {@code headerWord}: each a map from header to value,
     * for the rows numbered in the first column (the totals row "Cộng" has no number).
     */
    private static List<Map<String, Object>> dataRows(Sheet sheet, String headerWord) {
        Map<Integer, String> headers = null;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (headers == null) {
                Map<Integer, String> texts = new HashMap<>();
                for (Cell c : row)
                    if (c.getCellType() == CellType.STRING) texts.put(c.getColumnIndex(), c.getStringCellValue());
                if (texts.containsValue(headerWord)) headers = texts;
                continue;
            }
            Cell first = row.getCell(0);
            if (first == null || first.getCellType() != CellType.NUMERIC) continue;
            Map<String, Object> values = new HashMap<>();
            headers.forEach((col, header) -> {
                Cell c = row.getCell(col);
                if (c == null) return;
                values.put(
                        header,
                        switch (c.getCellType()) {
                            case NUMERIC -> c.getNumericCellValue();
                            case FORMULA ->
                                c.getCachedFormulaResultType() == CellType.NUMERIC
                                        ? c.getNumericCellValue()
                                        : c.getStringCellValue();
                            default -> c.getStringCellValue();
                        });
            });
            rows.add(values);
        }
        assertThat(headers)
                .as("a header with " + headerWord + " on " + sheet.getSheetName())
                .isNotNull();
        return rows;
    }

    private static long countOf(List<Map<String, Object>> rows, String column, String... values) {
        Set<String> wanted = Set.of(values);
        return rows.stream()
                .filter(r -> wanted.contains(String.valueOf(r.get(column))))
                .count();
    }

    private static long sum(List<Map<String, Object>> rows, String column) {
        return rows.stream()
                .mapToLong(r -> Math.round((Double) r.getOrDefault(column, 0.0)))
                .sum();
    }
}
