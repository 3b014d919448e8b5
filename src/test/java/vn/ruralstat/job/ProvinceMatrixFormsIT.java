package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.criteria.CommuneCriteria;
import vn.ruralstat.criteria.CriteriaCounts;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.forms.OfficialForm;
import vn.ruralstat.sheet.UnitNames;

/**
 * Province matrices of the 2026-2030 set (commune × 10 criteria) as provinces issue them since
 * July 2025, through the whole job: each read against its own rulebook (never as the 19 criteria
 * of 2021-2025), counted out of 10, checked by cell, and summed per commune group. Every expected
 * figure is worked out by hand from the cells below.
 */
@SpringBootTest(
        properties = {
            "ruralstat.cli.enabled=false",
            "spring.datasource.url=jdbc:h2:file:./target/it-h2/ruralstat;DB_CLOSE_ON_EXIT=FALSE"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvinceMatrixFormsIT {

    private static final String THAI_NGUYEN = "thai-nguyen/bieu-03-tieu-chi-2026.xlsx";
    private static final String CAO_BANG = "cao-bang/tong-hop-tieu-chi-2026.xls";
    private static final String NO_PERIOD = "khong-ro-ky/bieu-tieu-chi-cac-xa.xlsx";

    @Autowired
    ConsolidationLauncher launcher;

    @Autowired
    ConsolidationService consolidation;

    @TempDir
    static Path dir;

    private Path out;
    private Consolidation result;

    @BeforeAll
    void runTheJobOverBothForms() throws Exception {
        Path in = dir.resolve("in");
        thaiNguyen(in.resolve(THAI_NGUYEN));
        caoBang(in.resolve(CAO_BANG));
        noPeriod(in.resolve(NO_PERIOD));
        out = dir.resolve("out");
        JobExecution run = launcher.run(in, out);
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        result = consolidation.build(run.getId());
    }

    /**
     * A province's form opening: the issuing bodies left of the state title and motto (split at
     * column {@code split}), the number left of the date line, the title, then "Kèm theo …".
     */
    private static OfficialForm opening(
            OfficialForm form,
            int split,
            List<String> issuers,
            String number,
            String dateLine,
            String title,
            String attachedTo) {
        return form.titleBlock(
                        split, issuers, List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"))
                .titleBlock(split, List.of(number), List.of(dateLine))
                .centred(title)
                .centred(attachedTo);
    }

    /**
     * (a) Thái Nguyên: two-column title block, number and date line, a plain title naming the year
     * and the province, "Kèm theo …", a two-row merged header naming the criteria (abbreviated as officers do),
     * a group column written "1", "Nhóm 1", "2", "II", "Nhóm 3" or nothing, "Đạt"/"ĐẠT"/"x"/"X"/
     * "đạt"/"Chưa đạt"/"chưa đạt"/"Không đạt"/"-"/empty and a year, a "Số tiêu chí đạt" column
     * with one wrong count, a totals row, an average row with a wrong figure, and a signature block.
     *
     * <pre>
     * commune     group     met cells                         recount  typed
     * Phú Bình    1         all ten "Đạt"                        10      10
     * Đại Từ      Nhóm 1    "ĐẠT" but 6, 9 "Chưa/chưa đạt"        8       8
     * Võ Nhai     2         1-4, 7, 9 (x, x, X, đạt, x, X)         6       6
     * Định Hóa    II        1-9 "Đạt", 10 planned 2027            9      10  ← wrong
     * Ngân Sơn    Nhóm 3    1, 4, 7 "x"                           3       3
     * Bạch Thông  (none)    all ten "Đạt"                        10      10
     * </pre>
     *
     * Recount 10 + 8 + 6 + 9 + 3 + 10 = 46; per criterion 6, 5, 5, 6, 4, 3, 6, 4, 4, 3 (sum 46);
     * the totals row types those, and 47 for the counts (the sum of the typed counts, carrying the
     * wrong one); the average row types 7.5 where 46 / 6 = 7.67.
     */
    private static void thaiNguyen(Path file) throws Exception {
        OfficialForm form = opening(
                OfficialForm.xlsx().sheet("Biểu 03").width(15),
                3,
                List.of("UBND TỈNH THÁI NGUYÊN", ""),
                "Số: 45/BC-UBND",
                "Thái Nguyên, ngày 15 tháng 12 năm 2026",
                "KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2026 CỦA TỈNH THÁI NGUYÊN",
                "(Kèm theo Báo cáo số 45/BC-UBND ngày 15/12/2026 của UBND tỉnh Thái Nguyên)");
        int top = form.row();
        form.cells(
                        "TT",
                        "Tên xã",
                        "Nhóm xã",
                        "Kết quả thực hiện các tiêu chí",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Số tiêu chí đạt",
                        "Ghi chú")
                .cellsFrom(
                        3,
                        "Quy hoạch",
                        "Hạ tầng kinh tế - xã hội",
                        "Phát triển kinh tế nông thôn",
                        "Đào tạo nguồn nhân lực nông thôn",
                        "Văn hóa, Giáo dục, Y tế",
                        "Giảm nghèo và An sinh xã hội",
                        "KHCN và Chuyển đổi số",
                        "Môi trường và cảnh quan nông thôn",
                        "Hệ thống chính trị và HCC",
                        "Tiếp cận pháp luật và ANQP")
                .merge(top, top, 3, 12);
        for (int col : new int[] {0, 1, 2, 13, 14}) form.merge(top, top + 1, col, col);
        int first = form.row() + 1; // 1-based row of the first commune
        String d = "Đạt";
        form.cells(1, "Phú Bình", 1, d, d, d, d, d, d, d, d, d, d, 10)
                .cells(
                        2,
                        "Đại Từ",
                        "Nhóm 1",
                        "ĐẠT",
                        "ĐẠT",
                        "ĐẠT",
                        "ĐẠT",
                        "ĐẠT",
                        "Chưa đạt",
                        "ĐẠT",
                        "ĐẠT",
                        "chưa đạt",
                        "ĐẠT",
                        8)
                .cells(3, "Võ Nhai", 2, "x", "x", "X", "đạt", "-", "Không đạt", "x", null, "X", null, 6)
                .cells(4, "Định Hóa", "II", d, d, d, d, d, d, d, d, d, 2027, 10)
                .cells(5, "Ngân Sơn", "Nhóm 3", "x", null, null, "x", null, null, "x", null, null, null, 3)
                .cells(6, "Bạch Thông", null, d, d, d, d, d, d, d, d, d, d, 10);
        int last = form.row(); // 1-based row of the last commune
        form.cells(
                        null,
                        "Tổng cộng",
                        null,
                        6,
                        5,
                        5,
                        6,
                        4,
                        3,
                        6,
                        4,
                        4,
                        3,
                        new OfficialForm.Formula("SUM(N" + first + ":N" + last + ")"))
                .cells(
                        null,
                        "Bình quân tiêu chí/xã",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        7.5)
                .blank()
                .signature(
                        9,
                        List.of("Nơi nhận:", "- Bộ Nông nghiệp và Môi trường;", "- Lưu: VT."),
                        List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nguyễn Văn An"))
                .save(file);
    }

    /**
     * (b) Cao Bằng, an .xls: title block, number and date line, title, "Kèm theo …", "Đơn vị tính", a one-row header numbering the criteria "TC1" … "TC10"
     * with a code row, a hidden column, no group column; "x", "Đạt", "-", a year typed as a number.
     *
     * <pre>
     * Hòa An       1-10 "x"                      10
     * Quảng Uyên   1-7 "x"                        7
     * Trùng Khánh  1-4 "Đạt", 5 planned 2028      4
     * Hà Quảng     1-9 "x", 10 "-"                9
     * Bảo Lạc      1-2 "x"                        2
     * </pre>
     *
     * 10 + 7 + 4 + 9 + 2 = 32, 6.4 per commune; per criterion 5, 5, 4, 4, 3, 3, 3, 2, 2, 1 (sum 32);
     * the "Cộng" row types exactly these, so the form is consistent.
     */
    private static void caoBang(Path file) throws Exception {
        OfficialForm form = opening(
                        OfficialForm.xls().sheet("TH").width(15),
                        4,
                        List.of("UBND TỈNH CAO BẰNG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"),
                        "Số: 12/BC-SNNMT",
                        "Cao Bằng, ngày 20 tháng 12 năm 2026",
                        "KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2026 CỦA TỈNH CAO BẰNG",
                        "(Kèm theo Báo cáo số 12/BC-SNNMT ngày 20/12/2026)")
                .text(12, "Đơn vị tính: tiêu chí");
        List<Object> header = new ArrayList<>(List.of("STT", "Đơn vị", "Mã số"));
        List<Object> codes = new ArrayList<>(List.of("A", "B", "C"));
        for (int n = 1; n <= 10; n++) {
            header.add("TC" + n);
            codes.add(String.valueOf(n));
        }
        header.add("Tổng số TC đạt");
        codes.add("11");
        form.cells(header.toArray()).cells(codes.toArray());
        form.cells(1, "Hòa An", 1001, "x", "x", "x", "x", "x", "x", "x", "x", "x", "x", 10)
                .cells(2, "Quảng Uyên", 1002, "x", "x", "x", "x", "x", "x", "x", null, null, null, 7)
                .cells(3, "Trùng Khánh", 1003, "Đạt", "Đạt", "Đạt", "Đạt", 2028, null, null, null, null, null, 4)
                .cells(4, "Hà Quảng", 1004, "x", "x", "x", "x", "x", "x", "x", "x", "x", "-", 9)
                .cells(5, "Bảo Lạc", 1005, "x", "x", null, null, null, null, null, null, null, null, 2)
                .cells(null, "Cộng", null, 5, 5, 4, 4, 3, 3, 3, 2, 2, 1, 32)
                .hideColumn(2)
                .save(file);
    }

    /**
     * (c) A matrix numbering "Tiêu chí 1" … "Tiêu chí 10" with no year anywhere: both sets have ten
     * criteria, so which one it follows cannot be told.
     */
    private static void noPeriod(Path file) throws Exception {
        List<Object> header = new ArrayList<>(List.of("TT", "Tên xã"));
        for (int n = 1; n <= 10; n++) header.add("Tiêu chí " + n);
        OfficialForm.xlsx()
                .sheet("Sheet1")
                .cells(header.toArray())
                .cells(1, "Yên Lạc", "x", "x", "x", "x", "x", "x", "x", "x", "x", "x")
                .cells(2, "Bình Văn", "x", "x", "x", null, null, null, null, null, null, null)
                .save(file);
    }

    private DistrictCriteria matrix(String unit) {
        return result.criteria().stream()
                .filter(d -> d.unit().equals(unit))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void readsTheNamedProvinceMatrixAgainstThe2026To2030SetWithItsGroups() {
        DistrictCriteria thaiNguyen = matrix("Thái Nguyên");

        assertThat(thaiNguyen.rulebook().id()).isEqualTo("NTM-2026-2030");
        assertThat(thaiNguyen.criteria()).hasSize(10);
        assertThat(thaiNguyen.period()).isEqualTo("2026");
        assertThat(thaiNguyen.level()).isEqualTo("tỉnh");
        assertThat(thaiNguyen.communes())
                .extracting(CommuneCriteria::commune, CommuneCriteria::metCount, CommuneCriteria::group)
                .containsExactly(
                        tuple("Phú Bình", 10, 1),
                        tuple("Đại Từ", 8, 1),
                        tuple("Võ Nhai", 6, 2),
                        tuple("Định Hóa", 9, 2),
                        tuple("Ngân Sơn", 3, 3),
                        tuple("Bạch Thông", 10, null));
        assertThat(thaiNguyen.totalMet()).isEqualTo(46);
        assertThat(thaiNguyen.averageMetPerCommune()).isEqualTo(46 / 6.0);
        assertThat(thaiNguyen.metPerCriterion()).containsExactly(6, 5, 5, 6, 4, 3, 6, 4, 4, 3);
        assertThat(thaiNguyen.plannedByYear()).containsExactly(Map.entry(2027, 1));
        // all ten: Phú Bình, Bạch Thông; 5-9: Đại Từ 8, Võ Nhai 6, Định Hóa 9; below 5: Ngân Sơn 3
        CriteriaCounts all = thaiNguyen.counts();
        assertThat(List.of(all.communes(), all.meetingAll(), all.meetingHalfOrMore(), all.belowHalf()))
                .containsExactly(6, 2, 3, 1);
        Map<Integer, CriteriaCounts> groups = thaiNguyen.countsByGroup();
        // group 1: Phú Bình 10, Đại Từ 8 → 18 met, 9.0 per commune
        assertThat(groups.get(1).totalMet()).isEqualTo(18);
        assertThat(List.of(groups.get(1).meetingAll(), groups.get(1).meetingHalfOrMore()))
                .containsExactly(1, 1);
        // group 2: Võ Nhai 6, Định Hóa 9 → 15 met, both in 5-9
        assertThat(List.of(
                        groups.get(2).communes(),
                        groups.get(2).totalMet(),
                        groups.get(2).meetingHalfOrMore()))
                .containsExactly(2, 15, 2);
        // group 3: Ngân Sơn 3 → below 5; no group: Bạch Thông 10 → all ten
        assertThat(groups.get(3).belowHalf()).isEqualTo(1);
        assertThat(List.of(groups.get(null).communes(), groups.get(null).meetingAll()))
                .containsExactly(1, 1);
    }

    @Test
    void checksTheTypedCountTotalsAndAverageOfTheProvinceMatrixByCell() {
        List<Finding> ofThaiNguyen = result.findings().stream()
                .filter(f -> f.source() != null && THAI_NGUYEN.equals(f.source().file()))
                .toList();

        // Header on rows 6-7, communes on rows 8-13: Định Hóa (row 11) typed 10, 9 cells met;
        // the totals row (row 14) types 47 for 46; the average row (row 15) 7.5 for 46 / 6 = 7.67.
        assertThat(ofThaiNguyen)
                .filteredOn(f -> f.code() == FindingCode.COUNT_MISMATCH
                        || f.code() == FindingCode.TOTAL_MISMATCH
                        || f.code() == FindingCode.AVERAGE_MISMATCH)
                .extracting(Finding::code, f -> f.source().cell(), Finding::reported, Finding::expected)
                .containsExactlyInAnyOrder(
                        tuple(FindingCode.COUNT_MISMATCH, "N11", "10", "9"),
                        tuple(FindingCode.TOTAL_MISMATCH, "N14", "47", "46"),
                        tuple(FindingCode.AVERAGE_MISMATCH, "N15", "7,5", "7,67"));
        assertThat(ofThaiNguyen)
                .extracting(Finding::code)
                .doesNotContain(FindingCode.CRITERION_CELL_UNRECOGNISED, FindingCode.COMMUNE_GROUP_UNRECOGNISED);
    }

    @Test
    void readsTheMatrixNumberingItsCriteriaAgainstTheSetOfItsYear() {
        DistrictCriteria caoBang = matrix("Cao Bằng");

        assertThat(caoBang.rulebook().id()).isEqualTo("NTM-2026-2030");
        assertThat(caoBang.level()).isEqualTo("tỉnh");
        assertThat(caoBang.communes())
                .extracting(CommuneCriteria::commune, CommuneCriteria::metCount, CommuneCriteria::group)
                .containsExactly(
                        tuple("Hòa An", 10, null),
                        tuple("Quảng Uyên", 7, null),
                        tuple("Trùng Khánh", 4, null),
                        tuple("Hà Quảng", 9, null),
                        tuple("Bảo Lạc", 2, null));
        assertThat(caoBang.totalMet()).isEqualTo(32);
        assertThat(caoBang.averageMetPerCommune()).isEqualTo(6.4);
        assertThat(caoBang.metPerCriterion()).containsExactly(5, 5, 4, 4, 3, 3, 3, 2, 2, 1);
        // all ten: Hòa An; 5-9: Quảng Uyên, Hà Quảng; below 5: Trùng Khánh, Bảo Lạc
        assertThat(List.of(
                        caoBang.communesMeetingAll(),
                        caoBang.counts().meetingHalfOrMore(),
                        caoBang.counts().belowHalf()))
                .containsExactly(1, 2, 2);
        assertThat(result.findings())
                .filteredOn(
                        f -> f.source() != null && CAO_BANG.equals(f.source().file()))
                .extracting(Finding::code)
                .doesNotContain(
                        FindingCode.COUNT_MISMATCH,
                        FindingCode.TOTAL_MISMATCH,
                        FindingCode.CRITERION_CELL_UNRECOGNISED,
                        FindingCode.CRITERIA_SET_UNDECIDED);
    }

    @Test
    void setsAsideAMatrixNumberingTenCriteriaWithoutAPeriodSayingWhy() {
        assertThat(result.criteria())
                .noneMatch(
                        d -> d.source() != null && NO_PERIOD.equals(d.source().file()));
        // header on row 1, criterion 1 in column C; numbered up to 10; both ten-or-more sets fit
        assertThat(result.findings())
                .filteredOn(f -> f.code() == FindingCode.CRITERIA_SET_UNDECIDED)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.source().file()).isEqualTo(NO_PERIOD);
                    assertThat(f.source().cell()).isEqualTo("C1");
                    assertThat(f.messageVi()).contains("đến tiêu chí 10", "NTM-2021-2025, NTM-2026-2030");
                });
    }

    @Test
    void writesTheGroupSummaryAndTheTenCriteriaMatrixForTheProvinceNeverAsADistrict() throws Exception {
        try (Workbook report =
                WorkbookFactory.create(out.resolve("tong-hop.xlsx").toFile(), null, true)) {
            Sheet groups = report.getSheet("Tổng hợp theo nhóm xã");
            assertThat(groups).isNotNull();
            List<List<Object>> rows = JobOutputs.rows(groups);
            assertThat(JobOutputs.texts(groups)).contains("Tỉnh Thái Nguyên, năm 2026", "Tỉnh Cao Bằng, năm 2026");
            // Nhóm 1: 2 assessed, 1 all ten, 1 in 5-9, 0 below 5, 18 met, 9.0 per commune
            assertThat(rows)
                    .contains(
                            List.of(1.0, "Nhóm 1", 2.0, 1.0, 1.0, 0.0, 18.0, 9.0),
                            List.of(2.0, "Nhóm 2", 2.0, 0.0, 2.0, 0.0, 15.0, 7.5),
                            List.of(3.0, "Nhóm 3", 1.0, 0.0, 0.0, 1.0, 3.0, 3.0),
                            List.of(4.0, "Chưa rõ nhóm", 1.0, 1.0, 0.0, 0.0, 10.0, 10.0),
                            List.of("Tổng cộng", 6.0, 2.0, 3.0, 1.0, 46.0, 46 / 6.0),
                            // Cao Bằng has no group column: its five communes are of no known group
                            List.of(4.0, "Chưa rõ nhóm", 5.0, 1.0, 2.0, 2.0, 32.0, 6.4));
            assertThat(JobOutputs.texts(groups))
                    .contains("Đạt đủ 10 tiêu chí", "Đạt 5-9 tiêu chí", "Đạt dưới 5 tiêu chí");

            Sheet matrix = report.getSheet("Tiêu chí NTM");
            List<String> words = JobOutputs.texts(matrix);
            assertThat(words)
                    .contains("Số tiêu chí đạt/10 (tính lại)", "10. Tiếp cận pháp luật và An ninh, Quốc phòng")
                    .anyMatch(t -> t.startsWith("Tỉnh Thái Nguyên, năm 2026"))
                    .noneMatch(t -> t.startsWith("11. ") || t.startsWith("19. "))
                    .noneMatch(t -> t.toLowerCase().contains("huyện"));
            assertThat(report.getSheet("Tiêu chí NTM 2021-2025")).isNull();
        }
    }

    @Test
    void writesTheCountsPerGroupInTheJson() throws Exception {
        JsonNode json = JobOutputs.json(out);
        JsonNode province = null;
        JsonNode dinhHoa = null;
        for (JsonNode unit : json.get("units")) {
            if (unit.get("name").asString().equals("Thái Nguyên")) province = unit;
            if (unit.get("name").asString().equals("Định Hóa")) dinhHoa = unit;
        }
        assertThat(province.get("level").asString()).isEqualTo("tỉnh");
        JsonNode summary = province.get("criteriaSummary");
        assertThat(summary.get("criteriaSet").asString()).isEqualTo("NTM-2026-2030");
        assertThat(summary.get("criteriaCount").asInt()).isEqualTo(10);
        assertThat(summary.get("metPerCriterion")).hasSize(10);
        assertThat(summary.get("totalMet").asInt()).isEqualTo(46);
        assertThat(summary.get("communesMeetingAll").asInt()).isEqualTo(2);
        assertThat(summary.get("communesMeetingHalfOrMore").asInt()).isEqualTo(3);
        assertThat(summary.get("communesBelowHalf").asInt()).isEqualTo(1);
        JsonNode byGroup = summary.get("byGroup");
        assertThat(byGroup).hasSize(4);
        assertThat(byGroup.get(0).get("group").asInt()).isEqualTo(1);
        assertThat(byGroup.get(0).get("totalMet").asInt()).isEqualTo(18);
        assertThat(byGroup.get(0).get("averageMetPerCommune").asDouble()).isEqualTo(9.0);
        assertThat(byGroup.get(3).get("group").isNull()).isTrue();
        assertThat(byGroup.get(3).get("label").asString()).isEqualTo("Chưa rõ nhóm");
        assertThat(dinhHoa.get("criteria").get("group").asInt()).isEqualTo(2);
        assertThat(dinhHoa.get("criteria").get("criteriaMet").asInt()).isEqualTo(9);
        assertThat(dinhHoa.get("criteria").get("statuses")).hasSize(10);
    }

    @Test
    void carriesEachCommunesOfficialCodeAndGroupInTheModelJsonAndMatrixSheet() throws Exception {
        // The codes of units-2026.csv, by province and name; "Định Hóa" and "Hòa An" are written "Định Hoá" and
        // "Hoà An" there (the older tone placement), so names are compared folded.
        Map<String, String> thaiNguyen = codesOf("Thái Nguyên");
        Map<String, String> caoBang = codesOf("Cao Bằng");
        assertThat(thaiNguyen).containsEntry("ngan son", "01954").containsEntry("dinh hoa", "05569");

        assertThat(matrix("Thái Nguyên").communes()).hasSize(6).allSatisfy(c -> assertThat(c.code())
                .as(c.commune())
                .isEqualTo(thaiNguyen.get(UnitNames.fold(c.commune()))));
        assertThat(matrix("Cao Bằng").communes()).hasSize(5).allSatisfy(c -> assertThat(c.code())
                .as(c.commune())
                .isEqualTo(caoBang.get(UnitNames.fold(c.commune()))));
        assertThat(result.findings()).extracting(Finding::code).doesNotContain(FindingCode.UNIT_NOT_IN_REGISTER);

        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(out.resolve("tong-hop.json")));
        for (JsonNode unit : json.get("units")) {
            if (unit.get("name").asString().equals("Định Hóa")) {
                assertThat(unit.get("criteria").get("code").asString()).isEqualTo("05569");
                assertThat(unit.get("code").asString()).isEqualTo("05569");
            }
        }

        try (Workbook report =
                WorkbookFactory.create(out.resolve("tong-hop.xlsx").toFile(), null, true)) {
            Sheet matrix = report.getSheet("Tiêu chí NTM");
            // TT, Xã, two counts, ten criteria, the two year columns: then "Mã xã" (column 17) and "Nhóm" (18),
            // so that no column of the source's layout moves.
            int header = -1;
            for (Row row : matrix) {
                Cell c = row.getCell(16);
                if (c != null
                        && c.getCellType() == CellType.STRING
                        && c.getStringCellValue().equals("Mã xã")) {
                    header = row.getRowNum();
                    assertThat(row.getCell(17).getStringCellValue()).isEqualTo("Nhóm");
                    assertThat(row.getCell(14).getStringCellValue()).isEqualTo("Năm đăng ký đạt chuẩn NTM");
                }
            }
            assertThat(header).isNotNegative();
            Map<String, List<Object>> byName = new java.util.HashMap<>();
            for (Row row : matrix) {
                Cell name = row.getCell(1);
                if (row.getRowNum() <= header || name == null || name.getCellType() != CellType.STRING) continue;
                Cell code = row.getCell(16);
                Cell group = row.getCell(17);
                byName.put(
                        name.getStringCellValue(),
                        java.util.Arrays.asList(
                                code == null ? null : code.getStringCellValue(),
                                group == null || group.getCellType() != CellType.NUMERIC
                                        ? null
                                        : group.getNumericCellValue()));
            }
            // Groups as the form gives them: Phú Bình 1, Định Hóa "II" → 2, Ngân Sơn "Nhóm 3", Bạch Thông none;
            // Cao Bằng's matrix has no group column.
            assertThat(byName)
                    .containsEntry("Phú Bình", java.util.Arrays.asList(thaiNguyen.get("phu binh"), 1.0))
                    .containsEntry("Định Hóa", java.util.Arrays.asList("05569", 2.0))
                    .containsEntry("Ngân Sơn", java.util.Arrays.asList("01954", 3.0))
                    .containsEntry("Bạch Thông", java.util.Arrays.asList(thaiNguyen.get("bach thong"), null))
                    .containsEntry("Quảng Uyên", java.util.Arrays.asList(caoBang.get("quang uyen"), null));
        }
    }

    /** The communes of a province in units-2026.csv: folded name → code. */
    private static Map<String, String> codesOf(String province) throws java.io.IOException {
        return JobOutputs.registerCodes(
                "units-2026.csv", r -> r.get("province").equals(province), r -> r.get("commune"), "commune_code");
    }
}
