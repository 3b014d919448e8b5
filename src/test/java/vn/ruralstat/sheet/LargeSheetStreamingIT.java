package vn.ruralstat.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Big files stream: a 200,000-row poverty table, as .xlsx (with shared strings, as Excel saves it)
 * and as .csv, is read in a child JVM of 64 MB heap, which could not hold the sheet; the child
 * prints the rows it saw and the sum of the households column, compared with what was generated.
 * An .xls above the size limit is refused in the same small heap with the officer's message,
 * not an OutOfMemoryError.
 */
class LargeSheetStreamingIT {

    private static final int VILLAGES = 200_000;
    private static final int HOUSEHOLDS_COLUMN = 2;
    private static final String HEAP = "-Xmx64m";

    @TempDir
    static Path dir;

    /** Households of village i: 100 to 499, so every figure is a plain whole number. */
    private static int households(int village) {
        return 100 + village % 400;
    }

    private static int poor(int village) {
        return village % 37;
    }

    private static long expectedSum() {
        long sum = 0;
        for (int i = 1; i <= VILLAGES; i++) sum += households(i);
        return sum;
    }

    @BeforeAll
    static void writeTables() throws IOException {
        writeXlsx(dir.resolve("ngheo.xlsx"));
        writeCsv(dir.resolve("ngheo.csv"));
    }

    @Test
    void readsLargeXlsxInASmallHeap() throws Exception {
        Child child = tally(dir.resolve("ngheo.xlsx"));

        assertThat(child.exitCode).as(child.output).isZero();
        assertThat(child.output).startsWith("rows=" + (VILLAGES + 1) + " sum=" + expectedSum() + " ");
    }

    @Test
    void readsLargeCsvInASmallHeap() throws Exception {
        Child child = tally(dir.resolve("ngheo.csv"));

        assertThat(child.exitCode).as(child.output).isZero();
        assertThat(child.output).startsWith("rows=" + (VILLAGES + 1) + " sum=" + expectedSum() + " ");
    }

    @Test
    void refusesXlsAboveTheSizeLimitInsteadOfRunningOutOfMemory() throws Exception {
        Path file = writeXlsWithLargePicture(dir.resolve("lon.xls"), XlsWorkbookReader.DEFAULT_MAX_BYTES + 1024 * 1024);

        Child child = tally(file);

        assertThat(child.exitCode).as(child.output).isEqualTo(RowTally.REFUSED);
        assertThat(child.output)
                .isEqualTo("refused: FILE_UNREADABLE.xlsTooLarge [lon.xls, "
                        + WorkbookFileProblems.size(Files.size(file), '.') + ", 50.0 MB]");
    }

    private record Child(int exitCode, String output) {}

    private static Child tally(Path file) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(
                        java.toString(),
                        HEAP,
                        "-cp",
                        System.getProperty("java.class.path"),
                        RowTally.class.getName(),
                        file.toString(),
                        String.valueOf(HOUSEHOLDS_COLUMN)))
                .redirectErrorStream(true)
                .start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("child JVM still running after 60 s");
        }
        return new Child(process.exitValue(), new String(output, StandardCharsets.UTF_8).trim());
    }

    private static void writeXlsx(Path file) throws IOException {
        // shared strings, as Excel writes them; 100 rows kept in memory while writing
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, true);
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Nghèo theo thôn");
            Row header = sheet.createRow(0);
            String[] titles = {"STT", "Thôn", "Tổng số hộ", "Hộ nghèo", "Tỷ lệ (%)"};
            for (int c = 0; c < titles.length; c++) header.createCell(c).setCellValue(titles[c]);
            for (int i = 1; i <= VILLAGES; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(i);
                row.createCell(1).setCellValue("Thôn " + i);
                row.createCell(2).setCellValue(households(i));
                row.createCell(3).setCellValue(poor(i));
                row.createCell(4).setCellValue(Math.round(poor(i) * 10000.0 / households(i)) / 100.0);
            }
            wb.write(out);
        }
    }

    private static void writeCsv(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("STT;Thôn;Tổng số hộ;Hộ nghèo;Tỷ lệ (%)\r\n");
            for (int i = 1; i <= VILLAGES; i++) {
                String rate = String.format(Locale.ROOT, "%.2f", poor(i) * 100.0 / households(i))
                        .replace('.', ',');
                out.write(i + ";Thôn " + i + ";" + households(i) + ";" + poor(i) + ";" + rate + "\r\n");
            }
        }
    }

    /** A real .xls holding beside its workbook a stream of {@code size} bytes, as a large embedded picture is. */
    private static Path writeXlsWithLargePicture(Path file, long size) throws IOException {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Thôn").createRow(0).createCell(0).setCellValue("Thôn A");
            wb.write(xls);
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(xls.toByteArray()));
                OutputStream out = Files.newOutputStream(file)) {
            long padding = size - xls.size();
            fs.createDocument(new ByteArrayInputStream(new byte[(int) padding]), "Picture");
            fs.writeFilesystem(out);
        }
        return file;
    }
}
