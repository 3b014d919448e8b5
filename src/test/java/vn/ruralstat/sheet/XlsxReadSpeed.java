package vn.ruralstat.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Throughput check, not a unit test: writes a 1,000,000-row × 10-column .xlsx with SXSSF into the
 * temp folder, then times full passes with {@link XlsxWorkbookReader} and with POI's XSSF event
 * API (a no-op handler apart from counting rows), printing seconds, rows per second and peak heap.
 * A third pass runs fastexcel alone, without turning its cells into {@link Cell}s.
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx512m -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) vn.ruralstat.sheet.XlsxReadSpeed [rows]
 * </pre>
 */
public final class XlsxReadSpeed {

    private static final int COLUMNS = 10;

    private XlsxReadSpeed() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path file = Files.createTempFile("ruralstat-speed-", ".xlsx");
        try {
            long start = System.nanoTime();
            write(file, rows);
            System.out.printf(
                    Locale.ROOT,
                    "wrote %,d rows x %d columns in %.1f s: %s (%.1f MB)%n",
                    rows,
                    COLUMNS,
                    seconds(start),
                    file,
                    Files.size(file) / 1048576.0);
            System.out.printf(
                    Locale.ROOT,
                    "JVM max heap %d MB, %s %s%n",
                    Runtime.getRuntime().maxMemory() >> 20,
                    System.getProperty("java.vm.name"),
                    System.getProperty("java.version"));
            for (int round = 1; round <= 2; round++) {
                measure("round " + round + " fastexcel XlsxWorkbookReader", () -> readWithFastexcel(file));
                measure("round " + round + " POI XSSF event API         ", () -> readWithPoiEvents(file));
                measure("round " + round + " fastexcel alone, no mapping", () -> readWithFastexcelAlone(file));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private interface Pass {
        long rows() throws Exception;
    }

    private static void measure(String label, Pass pass) throws Exception {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
        long start = System.nanoTime();
        long rows = pass.rows();
        double seconds = seconds(start);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        System.out.printf(
                Locale.ROOT,
                "%s: %,d rows in %.2f s = %,.0f rows/s, peak heap %d MB%n",
                label,
                rows,
                seconds,
                rows / seconds,
                peak >> 20);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void write(Path file, int rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, true);
                OutputStream out = Files.newOutputStream(file)) {
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            Sheet sheet = wb.createSheet("Hộ nghèo");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS; c++) header.createCell(c).setCellValue("Cột " + (c + 1));
            for (int r = 1; r < rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Thôn " + (r % 500));
                for (int c = 1; c < COLUMNS - 2; c++) row.createCell(c).setCellValue((r * 31 + c * 7) % 2000);
                row.createCell(COLUMNS - 2).setCellValue((r % 1000) / 10000.0);
                row.getCell(COLUMNS - 2).setCellStyle(percent);
                row.createCell(COLUMNS - 1).setCellValue(r / 7.0);
            }
            wb.write(out);
        }
    }

    private static long readWithFastexcel(Path file) throws IOException {
        long[] count = new long[2];
        new XlsxWorkbookReader().read(file, new SheetVisitor() {
            @Override
            public void startSheet(String name, boolean hidden) {}

            @Override
            public void row(SheetRow row) {
                count[0]++;
                count[1] += row.cells().size();
            }

            @Override
            public void endSheet() {}
        });
        if (count[1] != count[0] * COLUMNS) throw new IllegalStateException("cells lost: " + count[1]);
        return count[0];
    }

    /** fastexcel's own stream without building {@link Cell}s: shows what the mapping costs. */
    private static long readWithFastexcelAlone(Path file) throws IOException {
        long rows = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            for (org.dhatim.fastexcel.reader.Sheet sheet : workbook.getSheets().toList()) {
                try (Stream<org.dhatim.fastexcel.reader.Row> stream = sheet.openStream()) {
                    rows += stream.count();
                }
            }
        }
        return rows;
    }

    private static long readWithPoiEvents(Path file) throws Exception {
        long[] rows = new long[1];
        SheetContentsHandler noOp = new SheetContentsHandler() {
            @Override
            public void startRow(int rowNum) {}

            @Override
            public void endRow(int rowNum) {
                rows[0]++;
            }

            @Override
            public void cell(String cellReference, String formattedValue, XSSFComment comment) {}
        };
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(
                            reader.getStylesTable(), null, strings, noOp, new DataFormatter(), false));
                    parser.parse(new InputSource(sheet));
                }
            }
        }
        return rows[0];
    }
}
