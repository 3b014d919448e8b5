package vn.ruralstat.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ruralstat.synthetic.CriteriaMatrix;
import vn.ruralstat.synthetic.CriteriaWorkbookWriter;
import vn.ruralstat.synthetic.PovertyTable;
import vn.ruralstat.synthetic.PovertyTableWriter;
import vn.ruralstat.synthetic.TargetList;

/**
 * Writes the committed sample inputs of {@code input/} (see docs/samples.md):
 * <ul>
 *   <li>{@value #QUANG_HOA_XLSX}: seed 004's appendix (commune target list and criteria matrix of
 *       huyện Quảng Hòa, 2022-2025), cell for cell as published, including its note on planned
 *       criteria per year that a recount contradicts for 2024;</li>
 *   <li>{@value #NGAN_SON_XLSX} and {@value #NGAN_SON_CSV}: seed 003's village poverty plan of xã
 *       Ngân Sơn for 2026, rebuilt consistent from the figures that survived text extraction;</li>
 *   <li>{@value #NGAN_SON_2024_XLSX}: the end-2024 review of huyện Ngân Sơn for the three units merged
 *       into xã Ngân Sơn in July 2025, one row per commune — illustrative figures, consistent;</li>
 *   <li>{@value #QUANG_HOA_2023_XLSX}: the criteria results of huyện Quảng Hòa at the end of 2023,
 *       derived from seed 004's plan with three documented misses — illustrative, consistent.</li>
 * </ul>
 * Run {@code main} with the target folder (default {@code input}) to regenerate them;
 * {@link SampleInputsTest} checks that the committed files match what this writes.
 */
public final class SampleInputsWriter {

    public static final String QUANG_HOA_XLSX = "quang-hoa/ke-hoach-ntm-2022-2025-huyen-quang-hoa.xlsx";
    public static final String NGAN_SON_XLSX = "ngan-son/ke-hoach-giam-ngheo-2026-xa-ngan-son.xlsx";
    public static final String NGAN_SON_CSV = "ngan-son/ke-hoach-giam-ngheo-2026-xa-ngan-son.csv";
    public static final String NGAN_SON_2024_XLSX = "ngan-son/ra-soat-ho-ngheo-cuoi-nam-2024-huyen-ngan-son.xlsx";
    public static final String QUANG_HOA_2023_XLSX = "quang-hoa/ket-qua-tieu-chi-ntm-nam-2023-huyen-quang-hoa.xlsx";
    public static final List<String> FILES =
            List.of(QUANG_HOA_XLSX, NGAN_SON_XLSX, NGAN_SON_CSV, NGAN_SON_2024_XLSX, QUANG_HOA_2023_XLSX);

    public static final String TARGETS_SHEET = "DS xa";
    public static final String MATRIX_SHEET = "Bieu tieu chi";
    public static final String POVERTY_SHEET = "Bieu giam ngheo";
    public static final String REVIEW_SHEET = "Bieu ra soat";

    private SampleInputsWriter() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "input");
        for (Path p : writeAll(dir)) System.out.println(p);
    }

    /** Writes the sample files under {@code dir}; returns their paths. */
    public static List<Path> writeAll(Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        Path quangHoa = dir.resolve(QUANG_HOA_XLSX);
        try (Workbook wb = new XSSFWorkbook()) {
            CriteriaWorkbookWriter.writeTargetList(wb, TARGETS_SHEET, quangHoaTargets());
            CriteriaWorkbookWriter.writeMatrix(wb, MATRIX_SHEET, quangHoaMatrix());
            save(wb, quangHoa);
        }
        written.add(quangHoa);

        Path nganSonXlsx = dir.resolve(NGAN_SON_XLSX);
        try (Workbook wb = new XSSFWorkbook()) {
            PovertyTableWriter.write(wb, POVERTY_SHEET, nganSon());
            save(wb, nganSonXlsx);
        }
        written.add(nganSonXlsx);

        Path nganSonCsv = dir.resolve(NGAN_SON_CSV);
        PovertyTableWriter.writeCsv(nganSonCsv, nganSon());
        written.add(nganSonCsv);

        Path nganSon2024 = dir.resolve(NGAN_SON_2024_XLSX);
        try (Workbook wb = new XSSFWorkbook()) {
            PovertyTableWriter.write(wb, REVIEW_SHEET, nganSonDistrict2024());
            save(wb, nganSon2024);
        }
        written.add(nganSon2024);

        Path quangHoa2023 = dir.resolve(QUANG_HOA_2023_XLSX);
        try (Workbook wb = new XSSFWorkbook()) {
            CriteriaWorkbookWriter.writeMatrix(wb, MATRIX_SHEET, quangHoaResults2023());
            save(wb, quangHoa2023);
        }
        written.add(quangHoa2023);
        return written;
    }

    private static void save(Workbook wb, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    // ------------------------------------------------------------------ seed 004, huyện Quảng Hòa

    static final String[][] QUANG_HOA_TARGETS = {
        {
            "Đại Sơn",
            "Duy trì xã NTM",
            "2024",
            "2025",
            "Tiếp tục hoàn thiện, củng cố các chỉ tiêu, tiêu chí đã "
                    + "giảm so với Bộ tiêu chí giai đoạn 2021-2025, hoàn thiện và nâng cao các tiêu chí xã nông thôn mới."
        },
        {"Phúc Sen", "2023", "2024", "2025", ""},
        {"Quảng Hưng", "2023", "", "", ""},
        {"Độc Lập", "2024", "", "", ""},
        {"Mỹ Hưng", "2024", "", "", ""},
        {"Bế Văn Đàn", "2024", "", "", ""},
        {"Quốc Toàn", "2025", "", "", ""},
        {"Cách Linh", "2025", "", "", ""},
        {"Ngọc Động", "2025", "", "", ""},
        {"Chí Thảo", "2025", "", "", ""},
        {"Hạnh Phúc", "2025", "", "", ""},
        {"Hồng Quang", "2025", "", "", ""},
        {"Tiên Thành", "2025", "", "", ""},
        {"Tự Do", "2025", "", "", ""},
        {"Phi Hải", "2025", "", "", ""},
        {"Cai Bộ", "2025", "", "", ""},
    };

    /** Commune | KQ Đạt số tiêu chí | the 19 criterion cells, exactly as in seed 004. */
    static final String[] QUANG_HOA_MATRIX = {
        "Đại Sơn|14|x x x x x x x x x 2022 2022 x 2022 x 2022 x 2022 x x",
        "Quảng Hưng|15|x x x x x x x x x 2023 2023 x x x x x 2022 2023 x",
        "Phúc Sen|13|2022 2022 x x x x x x x 2023 2023 x 2023 x x x 2023 x x",
        "Độc Lập|13|2022 2023 x x 2024 2023 x x x 2024 x x x x x x x 2024 x",
        "Bế Văn Đàn|13|2022 x x x x 2023 x x x 2024 2024 x 2023 x x x 2023 x x",
        "Mỹ Hưng|15|x x x x x 2023 x x 2022 2024 2024 x x x x x x x x",
        "Cách Linh|11|2022 2023 x x 2023 2023 x x 2023 2024 2024 x x x x x 2022 x x",
        "Ngọc Động|12|2022 2022 x x 2024 2023 x x x 2024 2024 x x x x x 2022 x x",
        "Tự Do|9|2022 2022 x x 2025 2025 x 2023 x 2024 2025 x 2025 x x x 2022 2025 x",
        "Tiên Thành|11|x 2023 x x 2025 2023 x x 2022 2025 2024 x x x x x 2024 2025 x",
        "Quốc Toàn|11|x 2022 x x 2023 2023 x x 2022 2025 2025 x 2024 x x x 2024 x x",
        "Hồng Quang|10|x 2023 x x 2025 2025 x 2024 2022 2025 2025 x 2024 x x x 2024 x x",
        "Hạnh Phúc|9|2022 2023 2022 x 2025 2025 x x 2024 2025 2025 x 2024 x x x 2024 x x",
        "Chí Thảo|10|x x x x 2024 2024 x 2025 x 2025 2025 2024 2025 x 2023 x 2025 x x",
        "Phi Hải|10|x 2023 x x 2024 2024 x 2023 2023 2025 2025 2022 x x x x 2025 x x",
        "Cai Bộ|7|x 2023 2024 x 2023 2024 2022 2022 2023 2025 2025 x 2022 x x x 2025 2025 x",
    };

    /** The seed's "Tổng cộng" row: grand total and per-criterion totals. */
    static final int QUANG_HOA_GRAND_TOTAL = 183;

    static final List<Integer> QUANG_HOA_TOTALS =
            List.of(9, 5, 14, 16, 5, 3, 15, 11, 8, 0, 1, 14, 7, 16, 14, 16, 2, 11, 16);
    static final double QUANG_HOA_AVERAGE = 11.4;
    /** The seed's own note on planned criteria per year (a recount gives 30, not 31, for 2024). */
    static final String QUANG_HOA_PLANNED_NOTE = "- Phấn đấu hoàn thành tiêu chí NTM (Năm 2022: 29 tiêu chí; "
            + "Năm 2023: 32 tiêu chí; Năm 2024: 31 tiêu chí; Năm 2025: 30 tiêu chí).";

    public static TargetList quangHoaTargets() {
        List<TargetList.Target> rows = new ArrayList<>();
        for (String[] t : QUANG_HOA_TARGETS) {
            rows.add(new TargetList.Target(t[0], t[1], year(t[2]), year(t[3]), t[4]));
        }
        return new TargetList(
                List.of(
                        "DANH SÁCH CÁC XÃ PHẤN ĐẦU ĐẠT CHUẨN NÔNG THÔN MỚI",
                        "GIAI ĐOẠN 2021-2025",
                        "(Kèm theo Kế hoạch số /KH-UBND-NN ngày /10/2022 của Ủy ban nhân dân huyện Quảng Hòa)"),
                rows);
    }

    public static CriteriaMatrix quangHoaMatrix() {
        List<CriteriaMatrix.CommuneRow> rows = new ArrayList<>();
        for (String line : QUANG_HOA_MATRIX) {
            String[] p = line.split("\\|");
            rows.add(new CriteriaMatrix.CommuneRow(p[0], Integer.parseInt(p[1]), Arrays.asList(p[2].split(" "))));
        }
        return new CriteriaMatrix(
                "BIỂU KẾ HOẠCH DỰ KIẾN THỰC HIỆN TIÊU CHÍ NÔNG THÔN MỚI GIAI ĐOẠN 2022-2025",
                "(Kèm theo Kế hoạch số /KH-UBND ngày /10/2022 của UBND huyện Quảng Hòa)",
                CriteriaMatrix.criteria2021To2025(),
                rows,
                QUANG_HOA_TOTALS,
                QUANG_HOA_GRAND_TOTAL,
                QUANG_HOA_AVERAGE,
                List.of(CriteriaMatrix.LEGEND_NOTE, QUANG_HOA_PLANNED_NOTE));
    }

    private static Integer year(String s) {
        return s.isEmpty() ? null : Integer.valueOf(s);
    }

    // ------------------------------------------------------------------ seed 003, xã Ngân Sơn

    /** Village names of seed 003's appendix, spelling as published ("PHIÊNNG DƯỠNG"). */
    static final List<String> NGAN_SON_VILLAGES = List.of(
            "KHUỔI DIỄN",
            "HỢP TIẾN I",
            "HOÀNG PHÀI",
            "NÀ NGÀN",
            "TÁT RỊA",
            "CỐC MOÔNG",
            "PHIÊNG LỀNG",
            "TRUNG TIẾN",
            "LŨNG VIỆN",
            "ĐÔNG TÂM",
            "NÀ CHÁO",
            "BẢN SỪ",
            "TÂN LẬP",
            "TÂN TIẾN",
            "BẢN CHANG",
            "BẢN ĐĂM",
            "BẢN TẶC",
            "HỢP TIẾN II",
            "PHIÊNNG DƯỠNG",
            "KHU I",
            "KHU II",
            "KHU PHỔ",
            "BẢN LIỀNG",
            "BẢN SÚNG",
            "ĐÈO GIÓ",
            "TÂN Ý I",
            "TÂN Ý II");
    /** Column 1, chosen: sums to 9 606 so that 415 / 9 606 gives the seed's 4,32 %. */
    static final long[] NGAN_SON_HOUSEHOLDS = {
        327, 282, 211, 255, 300, 189, 248, 422, 367, 333, 461, 303, 387, 320, 229, 273, 333, 351, 405, 526, 553, 638,
        483, 410, 261, 400, 339
    };
    /** Column 2, as in the seed (intact; sums to the seed's 415). */
    static final long[] NGAN_SON_POOR = {
        41, 1, 11, 7, 37, 17, 31, 41, 35, 36, 16, 5, 16, 9, 10, 5, 8, 13, 19, 2, 0, 4, 5, 18, 8, 10, 10
    };
    /** Column 4, chosen: sums to 322 so that 322 / 9 606 gives the seed's 3,35 %. */
    static final long[] NGAN_SON_NEAR_POOR = {
        28, 2, 9, 8, 25, 13, 23, 26, 22, 25, 13, 6, 13, 8, 9, 6, 7, 11, 13, 4, 3, 5, 6, 14, 7, 8, 8
    };
    /** Column 7, chosen: sums to the plan's 138 poor households to lift out of poverty. */
    static final long[] NGAN_SON_PLANNED_POOR = {
        14, 0, 4, 2, 12, 6, 10, 14, 12, 12, 5, 2, 5, 3, 3, 2, 3, 4, 6, 1, 0, 1, 2, 6, 3, 3, 3
    };
    /** Column 9, chosen: sums to the plan's 23 near-poor households. */
    static final long[] NGAN_SON_PLANNED_NEAR_POOR = {
        2, 0, 1, 1, 2, 1, 1, 2, 1, 2, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 0
    };

    public static PovertyTable nganSon() {
        List<PovertyTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < NGAN_SON_VILLAGES.size(); i++) {
            rows.add(PovertyTable.Row.consistent(
                    NGAN_SON_VILLAGES.get(i),
                    NGAN_SON_HOUSEHOLDS[i],
                    NGAN_SON_POOR[i],
                    NGAN_SON_NEAR_POOR[i],
                    NGAN_SON_PLANNED_POOR[i],
                    NGAN_SON_PLANNED_NEAR_POOR[i]));
        }
        return PovertyTable.of(
                "ỦY BAN NHÂN DÂN XÃ NGÂN SƠN",
                "KẾ HOẠCH PHẤN ĐẤU GIẢM TỶ LỆ HỘ NGHÈO VÀ HỘ CẬN NGHÈO NĂM 2026",
                "(Kèm theo Kế hoạch số /KH-UBND ngày tháng 5 năm 2026 của UBND xã Ngân Sơn)",
                2025,
                rows);
    }

    // ------------------------------------------------------- huyện Ngân Sơn, end-2024 review (illustrative)

    /**
     * The three units merged into today's xã Ngân Sơn on 1 July 2025, as a secondary public source
     * lists them (not checked against the Standing Committee's resolution), written as in the source.
     */
    static final List<String> NGAN_SON_2024_UNITS = List.of("Thị trấn Vân Tùng", "Xã Cốc Đán", "Xã Đức Vân");
    /** Illustrative: 4 012 + 2 861 + 2 668 = 9 541, next to the 9 606 of end 2025 (seed 003). */
    static final long[] NGAN_SON_2024_HOUSEHOLDS = {4012, 2861, 2668};
    /** Illustrative: 112 + 258 + 218 = 588 poor, 588 / 9 541 = 6.16 % (the town least poor). */
    static final long[] NGAN_SON_2024_POOR = {112, 258, 218};
    /** Illustrative: 121 + 152 + 139 = 412 near-poor, 412 / 9 541 = 4.32 %. */
    static final long[] NGAN_SON_2024_NEAR_POOR = {121, 152, 139};
    /** Illustrative plan for 2025: 30 + 72 + 63 = 165 poor households fewer (end 2025 counted 415 = 588 − 173). */
    static final long[] NGAN_SON_2024_PLANNED_POOR = {30, 72, 63};
    /** Illustrative plan for 2025: 20 + 35 + 30 = 85 near-poor households fewer (end 2025: 322 = 412 − 90). */
    static final long[] NGAN_SON_2024_PLANNED_NEAR_POOR = {20, 35, 30};

    public static PovertyTable nganSonDistrict2024() {
        List<PovertyTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < NGAN_SON_2024_UNITS.size(); i++) {
            rows.add(PovertyTable.Row.consistent(
                    NGAN_SON_2024_UNITS.get(i),
                    NGAN_SON_2024_HOUSEHOLDS[i],
                    NGAN_SON_2024_POOR[i],
                    NGAN_SON_2024_NEAR_POOR[i],
                    NGAN_SON_2024_PLANNED_POOR[i],
                    NGAN_SON_2024_PLANNED_NEAR_POOR[i]));
        }
        return PovertyTable.of(
                "UBND HUYỆN NGÂN SƠN",
                "BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO CUỐI NĂM 2024 VÀ KẾ HOẠCH GIẢM NGHÈO NĂM 2025",
                "(Kèm theo Báo cáo số /BC-UBND ngày tháng 12 năm 2024 của UBND huyện Ngân Sơn, tỉnh Bắc Kạn)",
                2024,
                rows);
    }

    // ------------------------------------------------ huyện Quảng Hòa, criteria results 2023 (illustrative)

    /**
     * A criterion a commune planned for {@code plannedYear} (2022 or 2023) in seed 004's matrix but
     * had not met by the end of 2023; its cell shows the new planned year instead of "x".
     *
     * @param criterion 1-based number of the criterion in the 2021-2025 set
     */
    record Miss(String commune, int criterion, int plannedYear, int newYear) {}

    /** The documented misses of the 2023 results (docs/samples.md): two 2023 criteria and one 2022 criterion. */
    static final List<Miss> QUANG_HOA_2023_MISSES = List.of(
            new Miss("Tự Do", 8, 2023, 2024), // Thông tin và truyền thông
            new Miss("Hồng Quang", 9, 2022, 2024), // Nhà ở dân cư
            new Miss("Cai Bộ", 9, 2023, 2025)); // Nhà ở dân cư

    /**
     * Seed 004's matrix as it stood at the end of 2023: every criterion planned for 2022 or 2023 is
     * met ("x") except {@link #QUANG_HOA_2023_MISSES}; criteria planned for 2024 and 2025 keep their
     * year. Column C, the totals, the average and the planned-per-year note are computed from the cells.
     */
    public static CriteriaMatrix quangHoaResults2023() {
        List<CriteriaMatrix.CommuneRow> rows = new ArrayList<>();
        int applied = 0;
        for (String line : QUANG_HOA_MATRIX) {
            String[] p = line.split("\\|");
            List<String> cells = new ArrayList<>(Arrays.asList(p[2].split(" ")));
            for (int k = 0; k < cells.size(); k++) {
                if (!cells.get(k).equals("2022") && !cells.get(k).equals("2023")) continue;
                Miss miss = missAt(p[0], k + 1);
                if (miss != null && !cells.get(k).equals(String.valueOf(miss.plannedYear()))) {
                    throw new IllegalStateException("seed 004 plans " + cells.get(k) + " for " + miss);
                }
                if (miss != null) applied++;
                cells.set(k, miss == null ? CriteriaMatrix.MET : String.valueOf(miss.newYear()));
            }
            int met = (int) cells.stream().filter(CriteriaMatrix.MET::equals).count();
            rows.add(new CriteriaMatrix.CommuneRow(p[0], met, cells));
        }
        if (applied != QUANG_HOA_2023_MISSES.size()) {
            throw new IllegalStateException("a miss names no 2022/2023 cell of seed 004: " + QUANG_HOA_2023_MISSES);
        }
        return CriteriaMatrix.consistent(
                "BIỂU KẾT QUẢ THỰC HIỆN TIÊU CHÍ NÔNG THÔN MỚI NĂM 2023",
                "(Kèm theo Báo cáo số /BC-UBND ngày /12/2023 của UBND huyện Quảng Hòa)",
                CriteriaMatrix.criteria2021To2025(),
                rows);
    }

    private static Miss missAt(String commune, int criterion) {
        return QUANG_HOA_2023_MISSES.stream()
                .filter(m -> m.commune().equals(commune) && m.criterion() == criterion)
                .findFirst()
                .orElse(null);
    }
}
