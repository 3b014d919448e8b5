package vn.ruralstat.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ruralstat.synthetic.CriteriaMatrix;

/**
 * Guards the committed sample inputs: regenerates them into a temporary folder and checks that the
 * files in {@code input/} hold the same cells (xlsx) and bytes (csv), then checks the figures.
 * Run with {@code -Dsamples.regenerate=true} to rewrite {@code input/} first (see docs/samples.md).
 */
class SampleInputsTest {

    static final Path INPUT = Path.of("input");

    @TempDir
    static Path fresh;

    @BeforeAll
    static void regenerate() throws IOException {
        if (Boolean.getBoolean("samples.regenerate")) SampleInputsWriter.writeAll(INPUT);
        SampleInputsWriter.writeAll(fresh);
    }

    @Test
    void committedWorkbooksHoldTheCellsTheWriterWrites() throws IOException {
        for (String name : SampleInputsWriter.FILES) {
            if (!name.endsWith(".xlsx")) continue;
            assertTrue(Files.isRegularFile(INPUT.resolve(name)), "missing " + INPUT.resolve(name));
            assertEquals(
                    dump(fresh.resolve(name)),
                    dump(INPUT.resolve(name)),
                    name + " differs from what SampleInputsWriter writes; regenerate with -Dsamples.regenerate=true");
        }
    }

    @Test
    void committedCsvIsByteForByteWhatTheWriterWrites() throws IOException {
        Path committed = INPUT.resolve(SampleInputsWriter.NGAN_SON_CSV);
        assertTrue(Files.isRegularFile(committed), "missing " + committed);
        assertArrayEquals(
                Files.readAllBytes(fresh.resolve(SampleInputsWriter.NGAN_SON_CSV)), Files.readAllBytes(committed));
    }

    @Test
    void nganSonWorkbookIsConsistentAndMatchesTheSeedTotals() throws IOException {
        try (Workbook wb = WorkbookFactory.create(
                INPUT.resolve(SampleInputsWriter.NGAN_SON_XLSX).toFile(), null, true)) {
            Sheet sh = wb.getSheet(SampleInputsWriter.POVERTY_SHEET);
            assertEquals("ỦY BAN NHÂN DÂN XÃ NGÂN SƠN", sh.getRow(0).getCell(0).getStringCellValue());
            assertEquals(
                    "KẾ HOẠCH PHẤN ĐẤU GIẢM TỶ LỆ HỘ NGHÈO VÀ HỘ CẬN NGHÈO NĂM 2026",
                    sh.getRow(2).getCell(0).getStringCellValue());
            assertEquals("3=2/1*100", sh.getRow(8).getCell(4).getStringCellValue());
            long[] sums = new long[11];
            for (int i = 0; i < 27; i++) {
                Row r = sh.getRow(9 + i);
                assertEquals(i + 1, (int) r.getCell(0).getNumericCellValue());
                assertEquals(
                        SampleInputsWriter.NGAN_SON_VILLAGES.get(i),
                        r.getCell(1).getStringCellValue());
                long total = (long) r.getCell(2).getNumericCellValue();
                long poor = (long) r.getCell(3).getNumericCellValue();
                long near = (long) r.getCell(5).getNumericCellValue();
                long planPoor = (long) r.getCell(8).getNumericCellValue();
                long planNear = (long) r.getCell(10).getNumericCellValue();
                assertTrue(total >= 100 && total <= 700, "plausible total " + total);
                assertTrue(total > poor + near);
                assertTrue(planPoor <= poor && planNear <= near);
                assertEquals(rate(poor, total), r.getCell(4).getNumericCellValue(), 1e-9);
                assertEquals(rate(near, total), r.getCell(6).getNumericCellValue(), 1e-9);
                assertEquals(rate(planPoor, total), r.getCell(7).getNumericCellValue(), 1e-9);
                assertEquals(rate(planNear, total), r.getCell(9).getNumericCellValue(), 1e-9);
                assertEquals("0.00", r.getCell(4).getCellStyle().getDataFormatString());
                for (int c : new int[] {2, 3, 5, 8, 10})
                    sums[c] += (long) r.getCell(c).getNumericCellValue();
            }
            assertEquals(SampleInputsWriter.NGAN_SON_POOR.length, 27);
            Row total = sh.getRow(36);
            assertEquals("Cộng", total.getCell(1).getStringCellValue());
            assertEquals(9606, sums[2]);
            assertEquals(415, sums[3]);
            assertEquals(322, sums[5]);
            assertEquals(138, sums[8]);
            assertEquals(23, sums[10]);
            double[] expected = {9606, 415, 4.32, 322, 3.35, 1.44, 138, 0.24, 23};
            for (int c = 2; c <= 10; c++) {
                assertEquals(expected[c - 2], total.getCell(c).getNumericCellValue(), 1e-9, "Cộng column " + c);
            }
            assertTrue(
                    wb.getFontAt(total.getCell(1).getCellStyle().getFontIndex()).getBold());
            assertEquals(36, sh.getLastRowNum());
        }
    }

    @Test
    void nganSonCsvIsTheSameTableInVietnameseExcelStyle() throws IOException {
        Path csv = INPUT.resolve(SampleInputsWriter.NGAN_SON_CSV);
        byte[] bytes = Files.readAllBytes(csv);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser p = CSVParser.parse(in, CSVFormat.EXCEL)) {
            records = p.getRecords();
        }
        assertEquals(37, records.size());
        records.forEach(r -> assertEquals(11, r.size()));
        assertEquals("\uFEFFỦY BAN NHÂN DÂN XÃ NGÂN SƠN", records.get(0).get(0));
        assertEquals("Xã, phường", records.get(5).get(1));
        assertEquals("Kết quả rà soát cuối năm 2025", records.get(5).get(3));
        assertEquals("", records.get(5).get(4));
        assertEquals(
                List.of("1", "KHUỔI DIỄN", "327", "41", "12,54", "28", "8,56", "4,28", "14", "0,61", "2"),
                records.get(9).toList());
        assertEquals(
                List.of("", "Cộng", "9.606", "415", "4,32", "322", "3,35", "1,44", "138", "0,24", "23"),
                records.get(36).toList());
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n,Cộng,9.606,415,\"4,32\",322,\"3,35\",\"1,44\",138,\"0,24\",23\r\n"), text);
    }

    @Test
    void quangHoaWorkbookKeepsTheSeedTablesAndItsNote() throws IOException {
        try (Workbook wb = WorkbookFactory.create(
                INPUT.resolve(SampleInputsWriter.QUANG_HOA_XLSX).toFile(), null, true)) {
            assertEquals(
                    List.of(SampleInputsWriter.TARGETS_SHEET, SampleInputsWriter.MATRIX_SHEET),
                    List.of(wb.getSheetName(0), wb.getSheetName(1)));
            Sheet ds = wb.getSheet(SampleInputsWriter.TARGETS_SHEET);
            assertEquals("Năm phấn đầu đạt chuẩn NTM", ds.getRow(4).getCell(2).getStringCellValue());
            assertEquals("Duy trì xã NTM", ds.getRow(6).getCell(2).getStringCellValue());
            assertEquals(2025.0, ds.getRow(21).getCell(2).getNumericCellValue());
            assertEquals("Cai Bộ", ds.getRow(21).getCell(1).getStringCellValue());

            Sheet m = wb.getSheet(SampleInputsWriter.MATRIX_SHEET);
            assertTrue(m.getMergedRegions().stream()
                    .map(CellRangeAddress::formatAsString)
                    .toList()
                    .containsAll(List.of("A1:V1", "A4:A5", "B4:B5", "C4:C5", "D4:V4")));
            assertEquals("Tiêu chí", m.getRow(3).getCell(3).getStringCellValue());
            assertEquals("Quốc phòng và an ninh", m.getRow(4).getCell(21).getStringCellValue());
            int[] perCriterion = new int[19];
            int grand = 0;
            Map<Integer, Integer> byYear = new java.util.TreeMap<>();
            for (int i = 0; i < 16; i++) {
                Row r = m.getRow(6 + i);
                int met = 0;
                for (int k = 0; k < 19; k++) {
                    Cell c = r.getCell(3 + k);
                    if (c.getCellType() == CellType.STRING
                            && c.getStringCellValue().equals("x")) {
                        met++;
                        perCriterion[k]++;
                    } else {
                        byYear.merge((int) c.getNumericCellValue(), 1, Integer::sum);
                    }
                }
                assertEquals(met, (int) r.getCell(2).getNumericCellValue(), "row " + (7 + i));
                grand += met;
            }
            Row total = m.getRow(22);
            assertEquals("Tổng cộng", total.getCell(1).getStringCellValue());
            assertEquals(183, grand);
            assertEquals(183.0, total.getCell(2).getNumericCellValue());
            for (int k = 0; k < 19; k++)
                assertEquals(perCriterion[k], (int) total.getCell(3 + k).getNumericCellValue());
            assertEquals(11.4, m.getRow(23).getCell(2).getNumericCellValue());
            assertEquals(Map.of(2022, 29, 2023, 32, 2024, 30, 2025, 30), byYear, "recount of planned criteria");
            assertEquals(CriteriaMatrix.LEGEND_NOTE, m.getRow(25).getCell(0).getStringCellValue());
            assertTrue(
                    m.getRow(26).getCell(0).getStringCellValue().contains("Năm 2024: 31 tiêu chí"),
                    "the seed's note is kept as published");
        }
    }

    @Test
    void nganSon2024ListsTheThreeMergedUnitsAsCommunesWithConsistentIllustrativeFigures() throws IOException {
        try (Workbook wb = WorkbookFactory.create(
                INPUT.resolve(SampleInputsWriter.NGAN_SON_2024_XLSX).toFile(), null, true)) {
            Sheet sh = wb.getSheet(SampleInputsWriter.REVIEW_SHEET);
            assertEquals("UBND HUYỆN NGÂN SƠN", sh.getRow(0).getCell(0).getStringCellValue());
            assertTrue(sh.getRow(2).getCell(0).getStringCellValue().contains("CUỐI NĂM 2024"));
            assertTrue(sh.getRow(3).getCell(0).getStringCellValue().contains("UBND huyện Ngân Sơn, tỉnh Bắc Kạn"));
            assertEquals("Tổng số hộ dân cuối năm 2024", sh.getRow(5).getCell(2).getStringCellValue());
            assertEquals("Kế hoạch giảm 2025", sh.getRow(5).getCell(7).getStringCellValue());
            assertEquals(
                    List.of("Thị trấn Vân Tùng", "Xã Cốc Đán", "Xã Đức Vân"),
                    List.of(
                            sh.getRow(9).getCell(1).getStringCellValue(),
                            sh.getRow(10).getCell(1).getStringCellValue(),
                            sh.getRow(11).getCell(1).getStringCellValue()));
            long[] sums = new long[11];
            for (int i = 0; i < 3; i++) {
                Row r = sh.getRow(9 + i);
                long total = (long) r.getCell(2).getNumericCellValue();
                long poor = (long) r.getCell(3).getNumericCellValue();
                long near = (long) r.getCell(5).getNumericCellValue();
                long planPoor = (long) r.getCell(8).getNumericCellValue();
                long planNear = (long) r.getCell(10).getNumericCellValue();
                assertTrue(total > poor + near && planPoor <= poor && planNear <= near);
                assertEquals(rate(poor, total), r.getCell(4).getNumericCellValue(), 1e-9);
                assertEquals(rate(near, total), r.getCell(6).getNumericCellValue(), 1e-9);
                assertEquals(rate(planPoor, total), r.getCell(7).getNumericCellValue(), 1e-9);
                assertEquals(rate(planNear, total), r.getCell(9).getNumericCellValue(), 1e-9);
                for (int c : new int[] {2, 3, 5, 8, 10})
                    sums[c] += (long) r.getCell(c).getNumericCellValue();
            }
            // docs/samples.md: 4 012 + 2 861 + 2 668 = 9 541; 112 + 258 + 218 = 588 (588 / 9 541 = 6.16 %);
            // 121 + 152 + 139 = 412 (4.32 %); planned 30 + 72 + 63 = 165 (1.73 %) and 20 + 35 + 30 = 85 (0.89 %).
            assertArrayEquals(
                    new long[] {9541, 588, 412, 165, 85}, new long[] {sums[2], sums[3], sums[5], sums[8], sums[10]});
            Row total = sh.getRow(12);
            assertEquals("Cộng", total.getCell(1).getStringCellValue());
            double[] expected = {9541, 588, 6.16, 412, 4.32, 1.73, 165, 0.89, 85};
            for (int c = 2; c <= 10; c++) {
                assertEquals(expected[c - 2], total.getCell(c).getNumericCellValue(), 1e-9, "Cộng column " + c);
            }
            // Plausible next to the real end-2025 figures of seed 003 (9 606 households, 4.32 % poor, 3.35 %
            // near-poor).
            assertTrue(sums[2] >= 9500 && sums[2] < 9600);
            assertTrue(sums[3] * 100.0 / sums[2] >= 5.5 && sums[3] * 100.0 / sums[2] <= 7);
            assertTrue(sums[5] * 100.0 / sums[2] >= 4 && sums[5] * 100.0 / sums[2] <= 5);
            assertTrue(sums[8] >= 100 && sums[8] <= 200);
            assertEquals(12, sh.getLastRowNum());
        }
    }

    @Test
    void quangHoa2023IsTheSeedPlanMetExceptThreeDocumentedMisses() throws IOException {
        try (Workbook wb = WorkbookFactory.create(
                INPUT.resolve(SampleInputsWriter.QUANG_HOA_2023_XLSX).toFile(), null, true)) {
            assertEquals(1, wb.getNumberOfSheets());
            Sheet m = wb.getSheet(SampleInputsWriter.MATRIX_SHEET);
            assertEquals(
                    "BIỂU KẾT QUẢ THỰC HIỆN TIÊU CHÍ NÔNG THÔN MỚI NĂM 2023",
                    m.getRow(0).getCell(0).getStringCellValue());
            assertTrue(m.getMergedRegions().stream()
                    .map(CellRangeAddress::formatAsString)
                    .toList()
                    .containsAll(List.of("A1:V1", "A4:A5", "B4:B5", "C4:C5", "D4:V4")));
            Map<String, String> cellsOf = new java.util.HashMap<>();
            int[] perCriterion = new int[19];
            int grand = 0;
            Map<Integer, Integer> byYear = new java.util.TreeMap<>();
            List<String> misses = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String[] seed = SampleInputsWriter.QUANG_HOA_MATRIX[i].split("\\|");
                String[] planned = seed[2].split(" ");
                Row r = m.getRow(6 + i);
                assertEquals(seed[0], r.getCell(1).getStringCellValue());
                int met = 0;
                for (int k = 0; k < 19; k++) {
                    Cell c = r.getCell(3 + k);
                    boolean x = c.getCellType() == CellType.STRING
                            && c.getStringCellValue().equals("x");
                    if (x) {
                        met++;
                        perCriterion[k]++;
                    } else {
                        int year = (int) c.getNumericCellValue();
                        byYear.merge(year, 1, Integer::sum);
                        if (!planned[k].equals(String.valueOf(year))) {
                            misses.add(seed[0] + " " + (k + 1) + ": " + planned[k] + " → " + year);
                        }
                    }
                    // Met in the plan stays met; 2024 and 2025 keep their year.
                    if (planned[k].equals("x") || planned[k].equals("2024") || planned[k].equals("2025")) {
                        assertEquals(
                                planned[k],
                                x ? "x" : String.valueOf((int) c.getNumericCellValue()),
                                seed[0] + " criterion " + (k + 1));
                    }
                }
                assertEquals(met, (int) r.getCell(2).getNumericCellValue(), "row " + (7 + i));
                grand += met;
            }
            assertEquals(List.of("Tự Do 8: 2023 → 2024", "Hồng Quang 9: 2022 → 2024", "Cai Bộ 9: 2023 → 2025"), misses);
            // docs/samples.md: planned by end 2023 = 183 + 29 + 32 = 244; achieved = 244 − 3 misses = 241.
            assertEquals(241, grand);
            Row total = m.getRow(22);
            assertEquals("Tổng cộng", total.getCell(1).getStringCellValue());
            assertEquals(241.0, total.getCell(2).getNumericCellValue());
            int[] expected = {16, 16, 15, 16, 8, 10, 16, 13, 13, 3, 4, 15, 11, 16, 16, 16, 9, 12, 16};
            for (int k = 0; k < 19; k++) {
                assertEquals(expected[k], perCriterion[k], "criterion " + (k + 1));
                assertEquals(
                        expected[k],
                        (int) total.getCell(3 + k).getNumericCellValue(),
                        "Tổng cộng criterion " + (k + 1));
            }
            assertEquals("TB tiêu chí /xã", m.getRow(23).getCell(1).getStringCellValue());
            assertEquals(15.1, m.getRow(23).getCell(2).getNumericCellValue()); // 241 / 16 = 15.0625
            // 2024: 30 of the plan + Tự Do 8 + Hồng Quang 9 = 32; 2025: 30 + Cai Bộ 9 = 31; 241 + 32 + 31 = 304 = 16 ×
            // 19.
            assertEquals(Map.of(2024, 32, 2025, 31), byYear);
            assertEquals(CriteriaMatrix.LEGEND_NOTE, m.getRow(25).getCell(0).getStringCellValue());
            assertEquals(
                    "- Phấn đấu hoàn thành tiêu chí NTM (Năm 2024: 32 tiêu chí; Năm 2025: 31 tiêu chí).",
                    m.getRow(26).getCell(0).getStringCellValue());
        }
    }

    private static double rate(long part, long whole) {
        return java.math.BigDecimal.valueOf(part * 100)
                .divide(java.math.BigDecimal.valueOf(whole), 2, java.math.RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** Every sheet, merged region and cell (type, value, number format, bold) as text lines. */
    static List<String> dump(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sh : wb) {
                lines.add("sheet " + sh.getSheetName());
                sh.getMergedRegions().stream()
                        .map(CellRangeAddress::formatAsString)
                        .sorted()
                        .forEach(m -> lines.add("merged " + m));
                for (Row r : sh) {
                    for (Cell c : r) {
                        String value =
                                switch (c.getCellType()) {
                                    case NUMERIC -> "N " + c.getNumericCellValue();
                                    case STRING -> "S " + c.getStringCellValue();
                                    case BLANK -> "B";
                                    default -> c.getCellType() + " " + c;
                                };
                        boolean bold =
                                wb.getFontAt(c.getCellStyle().getFontIndex()).getBold();
                        lines.add(c.getAddress().formatAsString() + " " + value + " ["
                                + c.getCellStyle().getDataFormatString() + (bold ? ", bold" : "") + "]");
                    }
                }
            }
        }
        return lines;
    }
}
