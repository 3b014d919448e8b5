package vn.ruralstat.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ruralstat.sheet.UnitNames;
import vn.ruralstat.synthetic.GenerationManifest.CellLocation;
import vn.ruralstat.synthetic.GenerationManifest.CommuneSummary;
import vn.ruralstat.synthetic.GenerationManifest.InjectedError;
import vn.ruralstat.synthetic.SyntheticInputGenerator.Format;
import vn.ruralstat.synthetic.SyntheticInputGenerator.Options;

class SyntheticInputGeneratorTest {

    static final int COMMUNES = 3;
    static final int VILLAGES = 6;
    /** Title (5) + header (3) + code row (1) + villages + "Cộng". */
    static final int POVERTY_ROWS = 9 + VILLAGES + 1;

    @TempDir
    Path dir;

    private Options tiny(Path out) {
        return new Options(COMMUNES, VILLAGES, 42, Format.BOTH, out);
    }

    @Test
    void tinyDistrictWritesConsistentFilesInBothFormats() throws IOException {
        GenerationManifest m = SyntheticInputGenerator.generate(tiny(dir));

        assertEquals(COMMUNES * 2 + 3, m.files().size(), "2 poverty files per commune, criteria xlsx + 2 csv");
        m.files().forEach(f -> assertTrue(Files.isRegularFile(f) && f.startsWith(dir), f.toString()));
        assertEquals(COMMUNES, m.communes().size());
        assertTrue(m.errors().isEmpty());
        assertEquals(
                COMMUNES,
                m.communes().stream().map(CommuneSummary::name).distinct().count(),
                "commune names are unique");

        long households = 0, poor = 0, near = 0, plannedPoor = 0, plannedNear = 0, villages = 0;
        Set<String> villageNames = new HashSet<>();
        for (CommuneSummary c : m.communes()) {
            Path xlsx = c.files().stream()
                    .filter(f -> f.toString().endsWith(".xlsx"))
                    .findFirst()
                    .orElseThrow();
            Path csv = c.files().stream()
                    .filter(f -> f.toString().endsWith(".csv"))
                    .findFirst()
                    .orElseThrow();
            List<List<String>> sheet = readSheet(xlsx, SyntheticInputGenerator.POVERTY_SHEET);
            List<CSVRecord> records = readCsv(csv);

            assertEquals(POVERTY_ROWS, sheet.size(), "rows of " + xlsx);
            assertEquals(POVERTY_ROWS, records.size(), "records of " + csv);
            assertEquals(
                    "ỦY BAN NHÂN DÂN XÃ " + c.name().toUpperCase(), sheet.get(0).get(0));
            assertTrue(sheet.get(3).get(0).contains("xã " + c.name() + ", huyện " + m.parentUnit()));
            assertEquals("Kết quả rà soát cuối năm 2025", sheet.get(5).get(3));
            assertEquals("3=2/1*100", sheet.get(8).get(4));

            long[] sums = new long[11];
            for (int i = 0; i < VILLAGES; i++) {
                List<String> row = sheet.get(9 + i);
                CSVRecord rec = records.get(9 + i);
                assertEquals(i + 1, whole(row.get(0)));
                assertTrue(villageNames.add(row.get(1)), "unique village " + row.get(1));
                assertEquals(row.get(1), rec.get(1));
                long total = whole(row.get(2)), p = whole(row.get(3)), n = whole(row.get(5));
                assertTrue(total >= 100 && total <= 700 && total > p + n);
                assertTrue(whole(row.get(8)) <= p && whole(row.get(10)) <= n);
                assertEquals(rate(p, total), Double.parseDouble(row.get(4)), 1e-9);
                assertEquals(rate(n, total), Double.parseDouble(row.get(6)), 1e-9);
                assertEquals(rate(whole(row.get(8)), total), Double.parseDouble(row.get(7)), 1e-9);
                assertEquals(rate(whole(row.get(10)), total), Double.parseDouble(row.get(9)), 1e-9);
                for (int col = 2; col <= 10; col++) {
                    assertEquals(
                            Double.parseDouble(row.get(col)),
                            viNumber(rec.get(col)),
                            1e-9,
                            "csv = xlsx at " + csv.getFileName() + " " + CellReference.convertNumToColString(col)
                                    + (10 + i));
                }
                for (int col : new int[] {2, 3, 5, 8, 10}) sums[col] += whole(row.get(col));
            }
            List<String> total = sheet.get(POVERTY_ROWS - 1);
            assertEquals("Cộng", total.get(1));
            assertEquals(
                    List.of(sums[2], sums[3], sums[5], sums[8], sums[10]),
                    List.of(
                            whole(total.get(2)),
                            whole(total.get(3)),
                            whole(total.get(5)),
                            whole(total.get(8)),
                            whole(total.get(10))),
                    "Cộng = sums of the village rows");
            assertEquals(rate(sums[3], sums[2]), Double.parseDouble(total.get(4)), 1e-9);
            assertEquals(rate(sums[5], sums[2]), Double.parseDouble(total.get(6)), 1e-9);
            assertEquals(rate(sums[8], sums[2]), Double.parseDouble(total.get(7)), 1e-9);
            assertEquals(rate(sums[10], sums[2]), Double.parseDouble(total.get(9)), 1e-9);
            CSVRecord csvTotal = records.get(POVERTY_ROWS - 1);
            assertEquals("Cộng", csvTotal.get(1));
            assertEquals(ReportedFigures.viCount(sums[2]), csvTotal.get(2));
            assertEquals(ReportedFigures.viDecimal(rate(sums[3], sums[2]), 2), csvTotal.get(4));

            assertEquals(
                    List.of(sums[2], sums[3], sums[5], sums[8], sums[10]),
                    List.of(
                            c.households(),
                            c.poor(),
                            c.nearPoor(),
                            c.plannedPoorReduction(),
                            c.plannedNearPoorReduction()),
                    "manifest summary of " + c.name());
            households += sums[2];
            poor += sums[3];
            near += sums[5];
            plannedPoor += sums[8];
            plannedNear += sums[10];
            villages += VILLAGES;
        }
        GenerationManifest.Totals t = m.totals();
        assertEquals(
                List.of(households, poor, near, plannedPoor, plannedNear, villages),
                List.of(
                        t.households(),
                        t.poor(),
                        t.nearPoor(),
                        t.plannedPoorReduction(),
                        t.plannedNearPoorReduction(),
                        t.villages()));
        assertEquals(poor * 100.0 / households, t.poorRate(), 1e-12);
    }

    @Test
    void criteriaWorkbookHasConsistentTotalsAverageNoteAndTargets() throws IOException {
        GenerationManifest m = SyntheticInputGenerator.generate(tiny(dir));
        Path xlsx = m.files().stream()
                .filter(f -> f.getFileName().toString().startsWith("ke-hoach-ntm"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "ke-hoach-ntm-2022-2025-huyen-" + VietnameseNames.slug(m.parentUnit()) + ".xlsx",
                xlsx.getFileName().toString());

        List<List<String>> matrix = readSheet(xlsx, SyntheticInputGenerator.MATRIX_SHEET);
        assertTrue(matrix.get(1).get(0).contains("huyện " + m.parentUnit()));
        assertEquals("Tiêu chí", matrix.get(3).get(3));
        assertEquals("Quốc phòng và an ninh", matrix.get(4).get(21));
        int[] perCriterion = new int[19];
        int grand = 0;
        Map<Integer, Integer> byYear = new TreeMap<>();
        Map<String, Integer> lastPlanned = new TreeMap<>();
        for (int i = 0; i < COMMUNES; i++) {
            List<String> row = matrix.get(6 + i);
            assertEquals(m.communes().get(i).name(), row.get(1));
            int met = 0, last = 0;
            for (int k = 0; k < 19; k++) {
                String cell = row.get(3 + k);
                if (cell.equals("x")) {
                    met++;
                    perCriterion[k]++;
                } else {
                    int year = (int) whole(cell);
                    assertTrue(year >= 2022 && year <= 2025, cell);
                    byYear.merge(year, 1, Integer::sum);
                    last = Math.max(last, year);
                }
            }
            assertEquals(met, whole(row.get(2)), "KQ Đạt số tiêu chí of " + row.get(1));
            assertEquals(met, m.communes().get(i).criteriaMet());
            lastPlanned.put(row.get(1), last);
            grand += met;
        }
        List<String> total = matrix.get(6 + COMMUNES);
        assertEquals("Tổng cộng", total.get(1));
        assertEquals(grand, whole(total.get(2)));
        for (int k = 0; k < 19; k++) assertEquals(perCriterion[k], whole(total.get(3 + k)), "criterion " + (k + 1));
        List<String> avg = matrix.get(7 + COMMUNES);
        assertEquals("TB tiêu chí /xã", avg.get(1));
        assertEquals(
                BigDecimal.valueOf(grand)
                        .divide(BigDecimal.valueOf(COMMUNES), 1, RoundingMode.HALF_UP)
                        .doubleValue(),
                Double.parseDouble(avg.get(2)),
                1e-9);
        assertEquals(grand, m.totals().criteriaMet());
        assertEquals(byYear, m.totals().plannedByYear());
        assertEquals(
                CriteriaMatrix.plannedNote(byYear), matrix.get(10 + COMMUNES).get(0), "note = recount");

        List<List<String>> targets = readSheet(xlsx, SyntheticInputGenerator.TARGETS_SHEET);
        assertEquals("Năm phấn đầu đạt chuẩn NTM", targets.get(4).get(2));
        assertEquals(6 + COMMUNES, targets.size());
        for (int i = 0; i < COMMUNES; i++) {
            List<String> row = targets.get(6 + i);
            CommuneSummary c = m.communes().get(i);
            assertEquals(c.name(), row.get(1));
            if (row.get(2).equals(TargetList.MAINTAIN)) {
                assertNull(c.ntmTargetYear());
            } else {
                assertEquals(c.ntmTargetYear().intValue(), whole(row.get(2)));
                assertTrue(lastPlanned.get(c.name()) <= c.ntmTargetYear(), "no criterion planned after the target");
            }
        }

        List<CSVRecord> csvMatrix = readCsv(dir.resolve(VietnameseNames.slug(m.parentUnit()))
                .resolve("bieu-tieu-chi-ntm-2022-2025-huyen-" + VietnameseNames.slug(m.parentUnit()) + ".csv"));
        assertEquals(matrix.size(), csvMatrix.size());
        assertEquals(Integer.toString(grand), csvMatrix.get(6 + COMMUNES).get(2));
    }

    @Test
    void injectedErrorsAreExactlyTheWrongRatesInEveryFormat() throws IOException {
        int k = 5;
        GenerationManifest m = SyntheticInputGenerator.generate(tiny(dir).withErrors(k));
        assertEquals(k, m.errors().size());
        assertEquals(
                k,
                m.errors().stream()
                        .map(e -> e.commune() + "|" + e.row() + "|" + e.column())
                        .distinct()
                        .count());

        Set<String> expected = new HashSet<>();
        for (InjectedError e : m.errors()) {
            assertEquals(2, e.locations().size(), "xlsx and csv");
            assertTrue(Math.abs(e.writtenRate() - e.correctRate()) >= 0.5 - 1e-9);
            for (CellLocation loc : e.locations()) {
                expected.add(loc.file() + "!" + loc.cell());
                CellReference ref = new CellReference(loc.cell());
                List<String> row;
                if (loc.sheet() != null) {
                    row = readSheet(loc.file(), loc.sheet()).get(ref.getRow());
                } else {
                    row = csvAsSheetRow(readCsv(loc.file()).get(ref.getRow()));
                }
                assertEquals(e.village(), row.get(1));
                double written = Double.parseDouble(row.get(ref.getCol()));
                int countCol = ref.getCol() - 1;
                double recomputed = rate(whole(row.get(countCol)), whole(row.get(2)));
                assertEquals(e.writtenRate(), written, 1e-9, "the cell holds the manifest's wrong rate");
                assertEquals(e.correctRate(), recomputed, 1e-9, "the manifest's correct rate is the recomputed one");
                assertNotEquals(recomputed, written, "the rate really is wrong");
            }
        }

        // every other rate cell of every file is right, and the Cộng rows are untouched
        Set<String> found = new HashSet<>();
        for (CommuneSummary c : m.communes()) {
            for (Path f : c.files()) {
                List<List<String>> rows = f.toString().endsWith(".csv")
                        ? readCsv(f).stream()
                                .map(SyntheticInputGeneratorTest::csvAsSheetRow)
                                .toList()
                        : readSheet(f, SyntheticInputGenerator.POVERTY_SHEET);
                for (int i = 9; i < rows.size(); i++) {
                    List<String> row = rows.get(i);
                    for (int col : new int[] {4, 6}) {
                        if (rate(whole(row.get(col - 1)), whole(row.get(2))) != Double.parseDouble(row.get(col))) {
                            found.add(f + "!" + CellReference.convertNumToColString(col) + (i + 1));
                        }
                    }
                }
                assertEquals(c.poor(), whole(rows.get(rows.size() - 1).get(3)));
            }
        }
        assertEquals(expected, found);
    }

    @Test
    void errorsChangeOnlyTheInjectedCellsAndOutputIsDeterministic() throws IOException {
        GenerationManifest clean =
                SyntheticInputGenerator.generate(tiny(dir.resolve("a")).withFormat(Format.CSV));
        GenerationManifest again =
                SyntheticInputGenerator.generate(tiny(dir.resolve("b")).withFormat(Format.CSV));
        GenerationManifest faulty = SyntheticInputGenerator.generate(
                tiny(dir.resolve("c")).withFormat(Format.CSV).withErrors(3));
        assertEquals(clean.totals(), again.totals());
        assertEquals(clean.totals(), faulty.totals());
        int differing = 0;
        for (int i = 0; i < clean.files().size(); i++) {
            Path rel = dir.resolve("a").relativize(clean.files().get(i));
            assertArrayEquals(
                    Files.readAllBytes(clean.files().get(i)),
                    Files.readAllBytes(dir.resolve("b").resolve(rel)),
                    "same seed, same bytes: " + rel);
            List<CSVRecord> a = readCsv(clean.files().get(i));
            List<CSVRecord> c = readCsv(dir.resolve("c").resolve(rel));
            for (int r = 0; r < a.size(); r++) {
                for (int col = 0; col < a.get(r).size(); col++) {
                    if (!a.get(r).get(col).equals(c.get(r).get(col))) differing++;
                }
            }
        }
        assertEquals(3, differing);
    }

    @Test
    void sameSeedOtherYearKeepsTheUnitsAndChangesTheFigures() throws IOException {
        GenerationManifest y2025 = SyntheticInputGenerator.generate(tiny(dir).withFormat(Format.XLSX));
        GenerationManifest y2024 = SyntheticInputGenerator.generate(
                tiny(dir).withFormat(Format.XLSX).withReviewYear(2024));
        assertEquals(y2025.parentUnit(), y2024.parentUnit());
        assertEquals(
                y2025.communes().stream().map(CommuneSummary::name).toList(),
                y2024.communes().stream().map(CommuneSummary::name).toList());
        assertEquals(y2025.totals().criteriaMet(), y2024.totals().criteriaMet());
        assertNotEquals(y2025.totals().households(), y2024.totals().households());
        Path f2024 = y2024.communes().get(0).files().get(0);
        assertTrue(f2024.getFileName().toString().startsWith("ke-hoach-giam-ngheo-2025-"));
        List<List<String>> s2024 = readSheet(f2024, SyntheticInputGenerator.POVERTY_SHEET);
        List<List<String>> s2025 =
                readSheet(y2025.communes().get(0).files().get(0), SyntheticInputGenerator.POVERTY_SHEET);
        assertEquals("Tổng số hộ dân cuối năm 2024", s2024.get(5).get(2));
        for (int i = 9; i < 9 + VILLAGES; i++)
            assertEquals(s2025.get(i).get(1), s2024.get(i).get(1), "same villages");
    }

    @Test
    void districtPresetStreamsSixteenCommunesOfTwentyFiveVillages() throws IOException {
        GenerationManifest m = SyntheticInputGenerator.generate(Options.district(dir));
        assertEquals(16, m.totals().communes());
        assertEquals(400, m.totals().villages());
        assertEquals(17, m.files().size());
        assertEquals(
                400, m.communes().stream().mapToInt(CommuneSummary::villages).sum());
        List<List<String>> first = readSheet(m.communes().get(0).files().get(0), SyntheticInputGenerator.POVERTY_SHEET);
        assertEquals(9 + 25 + 1, first.size());
        try (Workbook wb =
                WorkbookFactory.create(m.communes().get(0).files().get(0).toFile(), null, true)) {
            Sheet sh = wb.getSheet(SyntheticInputGenerator.POVERTY_SHEET);
            List<String> merged = sh.getMergedRegions().stream()
                    .map(CellRangeAddress::formatAsString)
                    .toList();
            assertTrue(
                    merged.containsAll(List.of(
                            "A6:A8", "B6:B8", "C6:C8", "D6:G6", "H6:K6", "D7:E7", "F7:G7", "H7:I7", "J7:K7", "A3:K3")),
                    merged.toString());
            assertEquals("0.00", sh.getRow(9).getCell(4).getCellStyle().getDataFormatString());
            assertTrue(
                    wb.getFontAt(sh.getRow(34).getCell(1).getCellStyle().getFontIndex())
                            .getBold(),
                    "bold Cộng");
        }
        assertEquals(Options.province(dir).communes() * Options.province(dir).villagesPerCommune(), 12_000);
    }

    @Test
    void namesStayUniqueWithoutPrefixCaseAndDiacritics() throws IOException {
        GenerationManifest m = SyntheticInputGenerator.generate(new Options(40, 30, 5, Format.CSV, dir));
        Set<String> communeKeys = new HashSet<>();
        m.communes().forEach(c -> assertTrue(communeKeys.add(UnitNames.key(c.name())), c.name()));
        Set<String> villageKeys = new HashSet<>();
        for (CommuneSummary c : m.communes()) {
            List<CSVRecord> rows = readCsv(c.files().get(0));
            for (int i = 9; i < 9 + 30; i++) {
                String name = rows.get(i).get(1);
                assertTrue(villageKeys.add(UnitNames.key(name)), "unique village key " + name);
            }
        }
        assertEquals(1200, villageKeys.size());
    }

    @Test
    void commandLineOptions() {
        Options o = SyntheticInputGenerator.parse(new String[] {
            "--communes", "4", "--villages", "7", "--seed", "9", "--format", "csv", "--out", "x", "--errors", "2"
        });
        assertEquals(new Options(4, 7, 9, Format.CSV, Path.of("x"), 2, 2025), o);
        Options p =
                SyntheticInputGenerator.parse(new String[] {"--preset", "province", "--out", "y", "--format", "both"});
        assertEquals(500, p.communes());
        assertEquals(24, p.villagesPerCommune());
        assertEquals(Format.BOTH, p.format());
        assertThrows(
                IllegalArgumentException.class, () -> SyntheticInputGenerator.parse(new String[] {"--communes", "2"}));
        assertThrows(
                IllegalArgumentException.class,
                () -> SyntheticInputGenerator.parse(new String[] {"--out", "x", "--bogus", "1"}));
        assertThrows(IllegalArgumentException.class, () -> new Options(1, 2, 0, Format.XLSX, Path.of("x"), 5, 2025));
        assertFalse(Format.XLSX.csv());
    }

    // ------------------------------------------------------------------ helpers

    static double rate(long part, long whole) {
        return BigDecimal.valueOf(part * 100)
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP)
                .doubleValue();
    }

    static long whole(String s) {
        double d = Double.parseDouble(s);
        assertEquals(Math.rint(d), d, "whole number " + s);
        return (long) d;
    }

    /** "9.606" → 9606, "4,32" → 4.32 (Vietnamese display, as in the CSV files). */
    static double viNumber(String s) {
        return Double.parseDouble(s.replace(".", "").replace(',', '.'));
    }

    /** A CSV record with its Vietnamese numbers in the form {@link #readSheet} gives them ("9.606" → "9606.0"). */
    static List<String> csvAsSheetRow(CSVRecord r) {
        return r.toList().stream()
                .map(s -> s.matches("[0-9][0-9.,]*") ? Double.toString(viNumber(s)) : s)
                .toList();
    }

    /** A sheet as text rows: numbers as Java doubles' text ("327.0"), strings as written, all rows. */
    static List<List<String>> readSheet(Path file, String sheetName) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sh = wb.getSheet(sheetName);
            for (int r = 0; r <= sh.getLastRowNum(); r++) {
                Row row = sh.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(
                                cell == null || cell.getCellType() == CellType.BLANK
                                        ? ""
                                        : cell.getCellType() == CellType.NUMERIC
                                                ? Double.toString(cell.getNumericCellValue())
                                                : cell.getStringCellValue());
                    }
                }
                while (cells.size() < 22) cells.add("");
                rows.add(cells);
            }
        }
        return rows;
    }

    static List<CSVRecord> readCsv(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 BOM");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', in.read());
            try (CSVParser p = CSVParser.parse(in, CSVFormat.EXCEL)) {
                return p.getRecords();
            }
        }
    }
}
