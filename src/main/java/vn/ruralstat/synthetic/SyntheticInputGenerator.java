package vn.ruralstat.synthetic;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ruralstat.synthetic.GenerationManifest.CellLocation;
import vn.ruralstat.synthetic.GenerationManifest.CommuneSummary;
import vn.ruralstat.synthetic.GenerationManifest.InjectedError;
import vn.ruralstat.synthetic.GenerationManifest.RateColumn;

/**
 * Generates synthetic input files of any size shaped like the committed samples (docs/samples.md):
 * for each of N communes a village poverty table of M villages (layout of
 * {@code input/ngan-son/ke-hoach-giam-ngheo-2026-xa-ngan-son.*}), and for their parent unit one
 * criteria workbook with the commune target list and the 19-criteria matrix (layout of
 * {@code input/quang-hoa/ke-hoach-ntm-2022-2025-huyen-quang-hoa.xlsx}).
 *
 * <p>Every reported figure is consistent — rates are households / total × 100 rounded half-up to
 * 2 decimals, "Cộng" and "Tổng cộng" rows are the sums, "TB tiêu chí /xã" is the average rounded
 * to 1 decimal, the note's planned-per-year counts are recounts, no commune plans a criterion after
 * its registered NTM year — so a consolidation of the output has no findings, except for the
 * {@code errors} deliberately wrong village rates listed in the returned {@link GenerationManifest}.
 *
 * <p>Presets:
 * <ul>
 *   <li>{@link Options#district}: 16 communes × 25 villages (400 villages), about the size of
 *       huyện Quảng Hòa in seed 004;</li>
 *   <li>{@link Options#province}: 500 communes × 24 villages = 12 000 villages, the size of a
 *       province; xlsx files are written with {@link SXSSFWorkbook} and CSV files are streamed,
 *       so memory stays bounded (one commune's rows at a time, plus one summary per commune).</li>
 * </ul>
 *
 * <p>Output layout under the target folder ({@code <p>} = parent slug, {@code <c>} = commune slug,
 * {@code <y>} = review year + 1):
 * <pre>
 * &lt;p&gt;/ke-hoach-ntm-2022-2025-huyen-&lt;p&gt;.xlsx           sheets "DS xa" and "Bieu tieu chi"
 * &lt;p&gt;/ds-xa-ntm-2021-2025-huyen-&lt;p&gt;.csv              (csv format) target list
 * &lt;p&gt;/bieu-tieu-chi-ntm-2022-2025-huyen-&lt;p&gt;.csv       (csv format) criteria matrix
 * &lt;p&gt;/&lt;c&gt;/ke-hoach-giam-ngheo-&lt;y&gt;-xa-&lt;c&gt;.xlsx|.csv    sheet "Bieu giam ngheo"
 * </pre>
 *
 * <p>Randomness: names and criteria come from {@code new Random(seed)}, household figures from a
 * generator seeded with the seed and the review year, injected errors from a third one. So the same
 * seed gives the same communes and villages in every year (for multi-year reviews) with different
 * figures, and asking for errors changes only the erroneous cells. No Spring, no shared state.
 */
public final class SyntheticInputGenerator {

    public static final String POVERTY_SHEET = "Bieu giam ngheo";
    public static final String TARGETS_SHEET = "DS xa";
    public static final String MATRIX_SHEET = "Bieu tieu chi";
    static final String MAINTAIN_NOTE = "Tiếp tục hoàn thiện, củng cố các chỉ tiêu, tiêu chí đã giảm so với Bộ tiêu "
            + "chí giai đoạn 2021-2025, hoàn thiện và nâng cao các tiêu chí xã nông thôn mới.";

    /** Which files to write for each table. */
    public enum Format {
        XLSX,
        CSV,
        BOTH;

        public boolean xlsx() {
            return this != CSV;
        }

        public boolean csv() {
            return this != XLSX;
        }

        public static Format parse(String s) {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        }
    }

    /**
     * What to generate.
     *
     * @param communes           number of communes (N ≥ 1)
     * @param villagesPerCommune villages per commune (M ≥ 1)
     * @param seed               seed of {@link Random}
     * @param format             xlsx, csv or both
     * @param outDir             target folder (created when missing)
     * @param errors             number of deliberately wrong village rates to inject (0 = none)
     * @param reviewYear         year of the household review (the plan is for the next year); 2025
     */
    public record Options(
            int communes, int villagesPerCommune, long seed, Format format, Path outDir, int errors, int reviewYear) {

        public Options {
            if (communes < 1) throw new IllegalArgumentException("communes must be at least 1");
            if (villagesPerCommune < 1) throw new IllegalArgumentException("villages per commune must be at least 1");
            if (errors < 0) throw new IllegalArgumentException("errors must not be negative");
            if (errors > 2L * communes * villagesPerCommune) {
                throw new IllegalArgumentException("at most " + 2L * communes * villagesPerCommune + " errors fit");
            }
            if (format == null || outDir == null) throw new IllegalArgumentException("format and outDir are required");
        }

        public Options(int communes, int villagesPerCommune, long seed, Format format, Path outDir) {
            this(communes, villagesPerCommune, seed, format, outDir, 0, 2025);
        }

        /** A district: 16 communes × 25 villages, xlsx, seed 2022, no errors. */
        public static Options district(Path outDir) {
            return new Options(16, 25, 2022, Format.XLSX, outDir);
        }

        /** A province: 500 communes × 24 villages = 12 000 villages, xlsx, seed 2025, no errors. */
        public static Options province(Path outDir) {
            return new Options(500, 24, 2025, Format.XLSX, outDir);
        }

        public Options withSeed(long s) {
            return new Options(communes, villagesPerCommune, s, format, outDir, errors, reviewYear);
        }

        public Options withFormat(Format f) {
            return new Options(communes, villagesPerCommune, seed, f, outDir, errors, reviewYear);
        }

        public Options withErrors(int k) {
            return new Options(communes, villagesPerCommune, seed, format, outDir, k, reviewYear);
        }

        public Options withReviewYear(int y) {
            return new Options(communes, villagesPerCommune, seed, format, outDir, errors, y);
        }

        public Options withOutDir(Path dir) {
            return new Options(communes, villagesPerCommune, seed, format, dir, errors, reviewYear);
        }
    }

    private SyntheticInputGenerator() {}

    /** Writes the files and returns what was written and what a consolidation must find. */
    public static GenerationManifest generate(Options o) throws IOException {
        Random names = new Random(o.seed());
        Random figures = new Random(o.seed() * 1_000_003L + o.reviewYear());
        VietnameseNames namer = new VietnameseNames(names);
        String parent = namer.parent();
        String parentSlug = VietnameseNames.slug(parent);
        Path parentDir = o.outDir().resolve(parentSlug);
        Files.createDirectories(parentDir);
        Map<Integer, List<Integer>> errorCells = pickErrorCells(o);
        Random errorValues = new Random(o.seed() * 31L + 7);

        List<Path> files = new ArrayList<>();
        List<CommuneSummary> summaries = new ArrayList<>();
        List<InjectedError> errors = new ArrayList<>();
        List<CriteriaMatrix.CommuneRow> criteriaRows = new ArrayList<>();
        List<TargetList.Target> targets = new ArrayList<>();
        long villages = 0, households = 0, poor = 0, nearPoor = 0, plannedPoor = 0, plannedNear = 0;
        int planYear = o.reviewYear() + 1;

        for (int c = 0; c < o.communes(); c++) {
            String commune = namer.commune();
            String slug = VietnameseNames.slug(commune);
            // criteria and targets: from the name generator, so they do not change with the review year
            TargetList.Target target = target(commune, names);
            CriteriaMatrix.CommuneRow criteria = criteriaRow(commune, target, names);
            targets.add(target);
            criteriaRows.add(criteria);

            List<PovertyTable.Row> rows = villageRows(o.villagesPerCommune(), namer, figures);
            PovertyTable.Row total = PovertyTable.sumRow(PovertyTable.TOTAL_LABEL, rows);

            Path dir = parentDir.resolve(slug);
            String base = "ke-hoach-giam-ngheo-" + planYear + "-xa-" + slug;
            Path xlsx = dir.resolve(base + ".xlsx");
            Path csv = dir.resolve(base + ".csv");
            List<Path> communeFiles = new ArrayList<>();
            if (o.format().xlsx()) communeFiles.add(xlsx);
            if (o.format().csv()) communeFiles.add(csv);

            List<PovertyTable.Row> written = new ArrayList<>(rows);
            for (int cell : errorCells.getOrDefault(c, List.of())) {
                int v = cell / 2;
                RateColumn column = cell % 2 == 0 ? RateColumn.POOR_RATE : RateColumn.NEAR_POOR_RATE;
                PovertyTable.Row row = written.get(v);
                double correct = column == RateColumn.POOR_RATE ? row.poorRate() : row.nearPoorRate();
                double wrong = wrongRate(correct, errorValues);
                written.set(v, column == RateColumn.POOR_RATE ? row.withPoorRate(wrong) : row.withNearPoorRate(wrong));
                int excelRow = PovertyTableWriter.rowIndexOfVillage(v) + 1;
                String ref = CellReference.convertNumToColString(column.columnIndex()) + excelRow;
                List<CellLocation> locations = new ArrayList<>();
                if (o.format().xlsx()) locations.add(new CellLocation(xlsx, POVERTY_SHEET, ref));
                if (o.format().csv()) locations.add(new CellLocation(csv, null, ref));
                errors.add(new InjectedError(commune, row.name(), excelRow, column, correct, wrong, locations));
            }

            PovertyTable table = new PovertyTable(
                    "ỦY BAN NHÂN DÂN XÃ " + VietnameseNames.upper(commune),
                    "KẾ HOẠCH PHẤN ĐẤU GIẢM TỶ LỆ HỘ NGHÈO VÀ HỘ CẬN NGHÈO NĂM " + planYear,
                    "(Kèm theo Kế hoạch số /KH-UBND ngày tháng 5 năm " + planYear + " của UBND xã " + commune
                            + ", huyện " + parent + ")",
                    o.reviewYear(),
                    written,
                    total);
            if (o.format().xlsx())
                writeStreaming(xlsx, wb -> PovertyTableWriter.write(wb, POVERTY_SHEET, table), false);
            if (o.format().csv()) PovertyTableWriter.writeCsv(csv, table);
            files.addAll(communeFiles);

            villages += rows.size();
            households += total.households();
            poor += total.poor();
            nearPoor += total.nearPoor();
            plannedPoor += total.plannedPoor();
            plannedNear += total.plannedNearPoor();
            Integer targetYear = target.ntm().matches("\\d{4}") ? Integer.valueOf(target.ntm()) : null;
            summaries.add(new CommuneSummary(
                    commune,
                    rows.size(),
                    total.households(),
                    total.poor(),
                    total.nearPoor(),
                    total.plannedPoor(),
                    total.plannedNearPoor(),
                    criteria.metCount(),
                    targetYear,
                    criteria.lastPlannedYear(),
                    communeFiles));
        }

        TargetList targetList = new TargetList(
                List.of(
                        "DANH SÁCH CÁC XÃ PHẤN ĐẦU ĐẠT CHUẨN NÔNG THÔN MỚI",
                        "GIAI ĐOẠN 2021-2025",
                        "(Kèm theo Kế hoạch số /KH-UBND-NN ngày /10/2022 của Ủy ban nhân dân huyện " + parent + ")"),
                targets);
        CriteriaMatrix matrix = CriteriaMatrix.consistent(
                "BIỂU KẾ HOẠCH DỰ KIẾN THỰC HIỆN TIÊU CHÍ NÔNG THÔN MỚI GIAI ĐOẠN 2022-2025",
                "(Kèm theo Kế hoạch số /KH-UBND ngày /10/2022 của UBND huyện " + parent + ")",
                CriteriaMatrix.criteria2021To2025(),
                criteriaRows);
        if (o.format().xlsx()) {
            Path xlsx = parentDir.resolve("ke-hoach-ntm-2022-2025-huyen-" + parentSlug + ".xlsx");
            writeStreaming(
                    xlsx,
                    wb -> {
                        CriteriaWorkbookWriter.writeTargetList(wb, TARGETS_SHEET, targetList);
                        CriteriaWorkbookWriter.writeMatrix(wb, MATRIX_SHEET, matrix);
                    },
                    true);
            files.add(xlsx);
        }
        if (o.format().csv()) {
            Path list = parentDir.resolve("ds-xa-ntm-2021-2025-huyen-" + parentSlug + ".csv");
            Path grid = parentDir.resolve("bieu-tieu-chi-ntm-2022-2025-huyen-" + parentSlug + ".csv");
            CriteriaWorkbookWriter.writeTargetListCsv(list, targetList);
            CriteriaWorkbookWriter.writeMatrixCsv(grid, matrix);
            files.add(list);
            files.add(grid);
        }

        GenerationManifest.Totals totals = new GenerationManifest.Totals(
                o.communes(),
                villages,
                households,
                poor,
                nearPoor,
                plannedPoor,
                plannedNear,
                matrix.grandTotal(),
                CriteriaMatrix.plannedByYear(criteriaRows));
        return new GenerationManifest(o, parent, files, totals, summaries, errors);
    }

    // ------------------------------------------------------------------ figures

    private static List<PovertyTable.Row> villageRows(int count, VietnameseNames namer, Random r) {
        double povertyLevel = 0.5 + r.nextDouble() * 11.5; // % poor in this commune
        double nearLevel = povertyLevel * (0.5 + r.nextDouble() * 0.6);
        List<PovertyTable.Row> rows = new ArrayList<>(count);
        for (int v = 0; v < count; v++) {
            long households = 100 + r.nextInt(601);
            long poor = Math.round(households * povertyLevel * (0.3 + 1.4 * r.nextDouble()) / 100);
            long near = Math.round(households * nearLevel * (0.3 + 1.4 * r.nextDouble()) / 100);
            long plannedPoor = Math.round(poor * (0.2 + 0.25 * r.nextDouble()));
            long plannedNear = Math.round(near * (0.05 + 0.2 * r.nextDouble()));
            rows.add(PovertyTable.Row.consistent(namer.village(), households, poor, near, plannedPoor, plannedNear));
        }
        return rows;
    }

    /** A wrong rate at least 0.5 points away from the correct one, never negative, 2 decimals. */
    private static double wrongRate(double correct, Random r) {
        double delta = BigDecimal.valueOf(0.5 + r.nextDouble() * 4.5)
                .setScale(2, RoundingMode.HALF_UP)
                .doubleValue();
        boolean down = r.nextBoolean() && correct - delta >= 0;
        return BigDecimal.valueOf(correct)
                .add(BigDecimal.valueOf(down ? -delta : delta))
                .setScale(2, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /**
     * Picks {@code errors} distinct rate cells: commune index → cell numbers (village × 2, + 1 for
     * the near-poverty rate), each list in increasing order.
     */
    private static Map<Integer, List<Integer>> pickErrorCells(Options o) {
        long cellsPerCommune = 2L * o.villagesPerCommune();
        long all = cellsPerCommune * o.communes();
        Random r = new Random(o.seed() * 17L + 3);
        Set<Long> picked = new HashSet<>();
        if (o.errors() * 2L > all) {
            List<Long> every = new ArrayList<>();
            for (long i = 0; i < all; i++) every.add(i);
            java.util.Collections.shuffle(every, r);
            picked.addAll(every.subList(0, o.errors()));
        } else {
            while (picked.size() < o.errors()) picked.add((long) (r.nextDouble() * all));
        }
        Map<Integer, List<Integer>> byCommune = new TreeMap<>();
        picked.stream().sorted().forEach(cell -> byCommune
                .computeIfAbsent((int) (cell / cellsPerCommune), k -> new ArrayList<>())
                .add((int) (cell % cellsPerCommune)));
        return byCommune;
    }

    // ------------------------------------------------------------------ criteria

    private static TargetList.Target target(String commune, Random r) {
        if (r.nextDouble() < 0.08) {
            int advanced = r.nextBoolean() ? 2024 : 2025;
            return new TargetList.Target(
                    commune, TargetList.MAINTAIN, advanced, r.nextBoolean() ? 2025 : null, MAINTAIN_NOTE);
        }
        double p = r.nextDouble();
        int year = p < 0.15 ? 2023 : p < 0.45 ? 2024 : 2025;
        return new TargetList.Target(commune, Integer.toString(year), null, null, "");
    }

    /** "x" or a planned year no later than the commune's target (or advanced) year. */
    private static CriteriaMatrix.CommuneRow criteriaRow(String commune, TargetList.Target target, Random r) {
        boolean maintaining = TargetList.MAINTAIN.equals(target.ntm());
        int lastYear = maintaining ? target.advancedYear() : Integer.parseInt(target.ntm());
        double pMet = maintaining ? 0.75 + r.nextDouble() * 0.2 : 0.35 + r.nextDouble() * 0.45;
        List<String> cells = new ArrayList<>(CriteriaMatrix.criteria2021To2025().size());
        for (int k = 0; k < CriteriaMatrix.criteria2021To2025().size(); k++) {
            cells.add(r.nextDouble() < pMet ? CriteriaMatrix.MET : Integer.toString(2022 + r.nextInt(lastYear - 2021)));
        }
        int met = (int) cells.stream().filter(CriteriaMatrix.MET::equals).count();
        return new CriteriaMatrix.CommuneRow(commune, met, cells);
    }

    // ------------------------------------------------------------------ files

    private interface SheetsWriter {
        void write(Workbook wb) throws IOException;
    }

    /**
     * Writes through SXSSF: rows are flushed to compressed temporary files every 100 rows, which
     * {@code close()} deletes. Shared strings only where rich text is needed (the criteria notes).
     */
    private static void writeStreaming(Path file, SheetsWriter body, boolean sharedStrings) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 100, true, sharedStrings);
                OutputStream out = Files.newOutputStream(file)) {
            body.write(wb);
            flushInOrder(wb);
            wb.write(out);
        }
    }

    /**
     * Flushes the sheets one by one, in workbook order, as {@code write()} would (dimension first,
     * then rows). Left to {@code write()}, SXSSF flushes them in the order of a map keyed by identity
     * hash codes, so the shared strings of a workbook of two sheets, and the file's bytes, would
     * differ from one JVM to another.
     */
    private static void flushInOrder(SXSSFWorkbook wb) throws IOException {
        try {
            java.lang.reflect.Method derive =
                    org.apache.poi.xssf.streaming.SXSSFSheet.class.getDeclaredMethod("deriveDimension");
            derive.setAccessible(true);
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                derive.invoke(sheet);
                ((org.apache.poi.xssf.streaming.SXSSFSheet) sheet).flushRows();
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "POI's SXSSFSheet.deriveDimension() is needed to write reproducible files", e);
        }
    }

    // ------------------------------------------------------------------ command line

    /**
     * {@code --communes N --villages M --seed S --format xlsx|csv|both --out DIR [--errors K]
     * [--year Y] [--preset district|province]}; a preset sets communes and villages, later
     * options override it.
     */
    public static void main(String[] args) throws IOException {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: SyntheticInputGenerator --communes N --villages M --seed S "
                    + "--format xlsx|csv|both --out DIR [--errors K] [--year Y] [--preset district|province]");
            System.exit(2);
            return;
        }
        long start = System.nanoTime();
        GenerationManifest m = generate(o);
        GenerationManifest.Totals t = m.totals();
        System.out.printf(
                Locale.ROOT,
                "huyện %s: %d communes, %d villages, %d files in %s (%.1f s)%n",
                m.parentUnit(),
                t.communes(),
                t.villages(),
                m.files().size(),
                o.outDir(),
                (System.nanoTime() - start) / 1e9);
        System.out.printf(
                Locale.ROOT,
                "households %d, poor %d (%.2f%%), near-poor %d (%.2f%%), criteria met %d%n",
                t.households(),
                t.poor(),
                t.poorRate(),
                t.nearPoor(),
                t.nearPoorRate(),
                t.criteriaMet());
        for (InjectedError e : m.errors()) {
            System.out.printf(
                    Locale.ROOT,
                    "injected %s %s %s: %.2f instead of %.2f at %s%n",
                    e.column(),
                    e.commune(),
                    e.village(),
                    e.writtenRate(),
                    e.correctRate(),
                    e.locations());
        }
    }

    static Options parse(String[] args) {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            a.put(args[i].substring(2), args[++i]);
        }
        for (String k : a.keySet()) {
            if (!Set.of("communes", "villages", "seed", "format", "out", "errors", "year", "preset")
                    .contains(k)) {
                throw new IllegalArgumentException("unknown option --" + k);
            }
        }
        if (!a.containsKey("out")) throw new IllegalArgumentException("--out DIR is required");
        Path out = Path.of(a.get("out"));
        Options o =
                switch (a.getOrDefault("preset", "district")) {
                    case "district" -> Options.district(out);
                    case "province" -> Options.province(out);
                    default -> throw new IllegalArgumentException("unknown preset " + a.get("preset"));
                };
        try {
            int communes = a.containsKey("communes") ? Integer.parseInt(a.get("communes")) : o.communes();
            int villages = a.containsKey("villages") ? Integer.parseInt(a.get("villages")) : o.villagesPerCommune();
            long seed = a.containsKey("seed") ? Long.parseLong(a.get("seed")) : o.seed();
            Format format = a.containsKey("format") ? Format.parse(a.get("format")) : o.format();
            int errors = a.containsKey("errors") ? Integer.parseInt(a.get("errors")) : 0;
            int year = a.containsKey("year") ? Integer.parseInt(a.get("year")) : o.reviewYear();
            return new Options(communes, villages, seed, format, out, errors, year);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + e.getMessage());
        }
    }
}
