package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.ruralstat.indicators.Verdicts.verdict;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.forms.OfficialForm;
import vn.ruralstat.forms.OfficialForm.Percent;
import vn.ruralstat.indicators.CommuneEvaluation;
import vn.ruralstat.rulebook.Status;
import vn.ruralstat.rulebook.Verdict;

/**
 * Official 2026-2030 indicator forms as communes and a province submit them, run through the real
 * job: (a) a group-1 commune's self-assessment in the shape of seed 002's appendix (two-column
 * title block, "Tự đánh giá" column, % values and decimal commas, a signature block) beside its
 * village poverty table; (b) a province's commune × indicator matrix (two header rows under merged
 * criterion headings) with communes of groups 1, 2 and 3 and one the register does not list.
 * Every expected figure comes from the group-1 targets of {@code ntm-2026-2030-targets.csv}
 * (seed 002) and the rows below, worked in the comments.
 */
@SpringBootTest(
        properties = {
            "ruralstat.cli.enabled=false",
            "spring.datasource.url=jdbc:h2:file:./target/it-h2/ruralstat;DB_CLOSE_ON_EXIT=FALSE"
        })
class SelfAssessmentFormsIT {

    @Autowired
    ConsolidationLauncher launcher;

    @Autowired
    ConsolidationService consolidation;

    private static final List<String> MOTTO =
            List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");

    /**
     * Form (a), rows 1-based as Excel shows them: the title block, number and date lines, the form
     * title, "Kèm theo", "Kỳ báo cáo" and "Đơn vị tính" on rows 1-7, the table header on row 8;
     * values in column E ("Kết quả thực hiện"), self-assessments in column F ("Tự đánh giá").
     */
    private static void binhGiangSelfAssessment(Path file) throws Exception {
        OfficialForm.xlsx()
                .sheet("Phụ lục")
                .width(6)
                .titleBlock(3, List.of("UBND THÀNH PHỐ HẢI PHÒNG", "UBND XÃ BÌNH GIANG"), MOTTO) // rows 1-2
                .titleBlock(3, List.of("Số: 112/BC-UBND"), List.of("Bình Giang, ngày 15 tháng 6 năm 2026")) // 3
                .centred("KẾT QUẢ TỰ ĐÁNH GIÁ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2026 CỦA XÃ BÌNH GIANG") // 4
                .centred("(Kèm theo Báo cáo số 112/BC-UBND ngày 15/6/2026 của UBND xã Bình Giang)") // 5
                .centred("Kỳ báo cáo: năm 2026") // 6
                .text(5, "Đơn vị tính: %") // 7
                .cells("TT", "Tên tiêu chí", "Nội dung tiêu chí", "Chỉ tiêu chung", "Kết quả thực hiện", "Tự đánh giá")
                .cells("1", "Quy hoạch") // 9
                // 1.1 target Đạt: "Đạt" beside an empty value → not assessable, finding at F10.
                .cells("", "", "1.1. Có quy hoạch chung xã được phê duyệt", "Đạt", null, "Đạt") // 10
                // 1.2: a described value; the self-assessment stands for it, nothing to contradict.
                .cells("", "", "1.2. Có kế hoạch thực hiện quy hoạch", "Đạt", "Đã phê duyệt và công bố", "Đạt") // 11
                .cells("2", "Hạ tầng kinh tế - xã hội") // 12
                // 2.4 ≥ 99 %: 0.995 in a real percentage cell is 99.5 % ≥ 99 → met, "ĐẠT" agrees.
                .cells("", "", "2.4. Tỷ lệ hộ sử dụng điện", "≥99%", new Percent(0.995), "ĐẠT") // 13
                .cells("3", "Kinh tế") // 14
                // 3.3 ≥ 01 mô hình: 2 → met, "x" agrees.
                .cells("", "", "3.3. Có mô hình liên kết", "≥01 mô hình", 2, "x") // 15
                // 3.8 ≥ 60 %: "65,5%" with a decimal comma → 65.5 ≥ 60 met, yet "Chưa đạt": contradiction.
                .cells("", "", "3.8. Tỷ lệ sản phẩm", "≥60%", "65,5%", "Chưa đạt") // 16
                .cells("4", "Lao động") // 17
                // 4.1 ≥ 40 %: "35%" → 5 points short, yet "Đạt": contradiction.
                .cells("", "", "4.1. Tỷ lệ lao động qua đào tạo", "≥40%", "35%", "Đạt") // 18
                .cells("6", "Nghèo đa chiều") // 19
                // 6.1 ≤ 2 %: typed "1,8%"; the villages give 10 / 400 = 2.5 % → the figure at E20
                // disagrees, and "Đ" (met) contradicts the computed 2.5 % > 2 %.
                .cells("", "", "6.1. Tỷ lệ nghèo đa chiều", "≤2%", "1,8%", "Đ") // 20
                // 6.2 ≥ 95 %: "96,5" (decimal comma, no %) → met, " đạt. " agrees.
                .cells("", "", "6.2. Tỷ lệ lao động có việc làm", "≥95%", "96,5", " đạt. ") // 21
                .cells("9", "Y tế") // 22
                // 9.2 Đạt: "Đạt" typed as the value; "Tốt lắm" is no spelling of either: reported, not guessed.
                .cells("", "", "9.2. Đạt tiêu chí quốc gia về y tế", "Đạt", "Đạt", "Tốt lắm") // 23
                .blank()
                .signature(
                        3,
                        List.of("Nơi nhận:", "- UBND thành phố;", "- Lưu: VT."),
                        List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Nguyễn Văn An"))
                .save(file);
    }

    /**
     * Form (b): the province's matrix, header rows 7-8 ("Tiêu chí 2" above "2.4" …), data from
     * row 9: C = 2.4, D = 3.3, E = 4.1, F = 6.1, G = 8.3, H = 9.2.
     */
    static void haiPhongMatrix(Path file) throws Exception {
        OfficialForm.xlsx()
                .sheet("Tổng hợp")
                .width(8)
                .titleBlock(3, List.of("UBND THÀNH PHỐ HẢI PHÒNG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"), MOTTO) // 1-2
                .centred("KẾT QUẢ THỰC HIỆN CHỈ TIÊU NÔNG THÔN MỚI NĂM 2026 – THÀNH PHỐ HẢI PHÒNG") // 3
                .centred("(Kèm theo Báo cáo số 45/BC-SNNMT ngày 20/6/2026)") // 4
                .centred("Kỳ báo cáo: năm 2026") // 5
                .text(7, "Đơn vị tính: %") // 6
                .cells("TT", "Xã", "Tiêu chí 2", "Tiêu chí 3", "Tiêu chí 4", "Tiêu chí 6", "Tiêu chí 8", "Tiêu chí 9")
                .cells(null, null, "2.4", "3.3", "4.1", "6.1", "8.3", "9.2") // 8
                // Tân Hưng, group 1: 97 % < 99 (2.4 not met); 6.1 typed 2,5 % but its villages give 6 / 400 = 1.5 %.
                .cells(1, "Tân Hưng", "97%", 0, "45%", "2,5%", "100%", "Đạt") // 9
                // An Lão and Kiến Thụy, group 2; Tiên Lãng, group 3: no target in the rulebook for their groups.
                .cells(2, "An Lão", "99%", 1, "41%", "1%", "100%", "Đạt") // 10
                .cells(3, "Kiến Thụy", "98%", 2, "38%", "3%", "95%", "Chưa đạt") // 11
                .cells(4, "Tiên Lãng", "99%", 1, "40%", "2%", "100%", "Đạt") // 12
                // Vĩnh Bảo: not in the register, so its group is unknown: its own finding, not "no target".
                .cells(5, "Vĩnh Bảo", "99%", 1, "40%", "2%", "100%", "Đạt") // 13
                .merge(6, 7, 0, 0)
                .merge(6, 7, 1, 1)
                .save(file);
    }

    /** Hải Phòng's commune-group register as a sheet "Phan nhom": title, blank row, header, then the communes. */
    static void registerSheet(Workbook wb, Object[]... communes) {
        Object[][] rows = new Object[3 + communes.length][];
        rows[0] = new Object[] {"DANH SÁCH PHÂN NHÓM XÃ XÂY DỰNG NÔNG THÔN MỚI GIAI ĐOẠN 2026-2030"};
        rows[1] = new Object[] {};
        rows[2] = new Object[] {"TT", "Tên xã", "Nhóm", "Thành phố"};
        System.arraycopy(communes, 0, rows, 3, communes.length);
        TestWorkbooks.rows(wb.createSheet("Phan nhom"), 0, rows);
    }

    static void register(Path file) throws Exception {
        Workbook wb = new XSSFWorkbook();
        registerSheet(
                wb,
                new Object[] {1, "Bình Giang", 1, "Hải Phòng"},
                new Object[] {2, "Tân Hưng", "Nhóm 1", "Hải Phòng"},
                new Object[] {3, "An Lão", "Nhóm 2", "Hải Phòng"},
                new Object[] {4, "Kiến Thụy", "nhóm II", "Hải Phòng"},
                new Object[] {5, "Tiên Lãng", 3, "Hải Phòng"});
        TestWorkbooks.save(wb, file);
    }

    private static void villages(Path file, String commune, int[][] householdsAndPoor) throws Exception {
        Workbook wb = new XSSFWorkbook();
        Object[][] rows = new Object[3 + householdsAndPoor.length][];
        rows[0] = new Object[] {"BIỂU RÀ SOÁT HỘ NGHÈO XÃ " + commune.toUpperCase() + " NĂM 2026"};
        rows[1] = new Object[] {};
        rows[2] = new Object[] {"STT", "Thôn", "Tổng số hộ", "Hộ nghèo"};
        for (int i = 0; i < householdsAndPoor.length; i++) {
            rows[3 + i] = new Object[] {i + 1, "Thôn " + (i + 1), householdsAndPoor[i][0], householdsAndPoor[i][1]};
        }
        TestWorkbooks.rows(wb.createSheet("Bieu"), 0, rows);
        TestWorkbooks.save(wb, file);
    }

    private static List<Finding> of(Consolidation c, FindingCode code) {
        return c.findings().stream().filter(f -> f.code() == code).toList();
    }

    @Test
    void checksSelfAssessmentsAndThePovertyRateInBothFormsAndSaysOnceWhichGroupsHaveNoTargets(
            @TempDir Path in, @TempDir Path out) throws Exception {
        binhGiangSelfAssessment(in.resolve("binh-giang/tu-danh-gia-2026.xlsx"));
        // Bình Giang: (3 + 4 + 3) poor / (100 + 200 + 100) households = 10 / 400 = 2.5 %.
        villages(in.resolve("binh-giang/ho-ngheo-2026.xlsx"), "Bình Giang", new int[][] {{100, 3}, {200, 4}, {100, 3}});
        haiPhongMatrix(in.resolve("hai-phong/chi-tieu-2026.xlsx"));
        // Tân Hưng: (2 + 3 + 1) / (100 + 200 + 100) = 6 / 400 = 1.5 %.
        villages(
                in.resolve("hai-phong/tan-hung-ho-ngheo.xlsx"), "Tân Hưng", new int[][] {{100, 2}, {200, 3}, {100, 1}});
        register(in.resolve("hai-phong/phan-nhom-xa.xlsx"));

        JobExecution run = launcher.run(in, out);

        Consolidation c = consolidation.build(run.getId());
        Map<String, CommuneEvaluation> byCommune = JobOutputs.byCommune(c);
        String formA = "binh-giang/tu-danh-gia-2026.xlsx";
        String formB = "hai-phong/chi-tieu-2026.xlsx";

        // (a) Bình Giang, group 1.
        CommuneEvaluation binhGiang = byCommune.get("Bình Giang");
        assertThat(binhGiang.key()).isEqualTo("group-1");
        assertThat(binhGiang.period()).isEqualTo("2026");
        assertThat(verdict(binhGiang, "1.1").cause()).isEqualTo(Verdict.Cause.ASSESSMENT_WITHOUT_VALUE);
        assertThat(verdict(binhGiang, "1.2").status()).isEqualTo(Status.MET);
        assertThat(verdict(binhGiang, "2.4").status()).isEqualTo(Status.MET); // 99.5 ≥ 99
        assertThat(verdict(binhGiang, "3.8").status()).isEqualTo(Status.MET); // 65.5 ≥ 60
        assertThat(verdict(binhGiang, "4.1").gap().distance()).isEqualByComparingTo("5"); // 40 − 35
        assertThat(verdict(binhGiang, "6.1").status()).isEqualTo(Status.NOT_MET); // 2.5 > 2
        assertThat(verdict(binhGiang, "6.2").status()).isEqualTo(Status.MET); // 96.5 ≥ 95
        assertThat(binhGiang.computedRate()).isEqualTo(10 * 100.0 / 400);

        assertThat(of(c, FindingCode.SELF_ASSESSMENT_CONTRADICTS))
                .extracting(
                        f -> f.source().file(),
                        f -> f.source().sheet(),
                        f -> f.source().cell(),
                        Finding::key)
                .containsExactlyInAnyOrder(
                        tuple(formA, "Phụ lục", "F16", "SELF_ASSESSMENT_CONTRADICTS.claimsNotMet"),
                        tuple(formA, "Phụ lục", "F18", "SELF_ASSESSMENT_CONTRADICTS.claimsMet"),
                        tuple(formA, "Phụ lục", "F20", "SELF_ASSESSMENT_CONTRADICTS.claimsMet"));
        // Both cells named: the assessment (the finding's cell) and the value in the sentence.
        assertThat(of(c, FindingCode.SELF_ASSESSMENT_CONTRADICTS))
                .filteredOn(f -> "F18".equals(f.source().cell()))
                .singleElement()
                .satisfies(f -> assertThat(f.messageVi()).contains("(ô F18)", "35% (ô E18)", "≥40%"));
        assertThat(of(c, FindingCode.SELF_ASSESSMENT_WITHOUT_VALUE))
                .extracting(f -> f.source().file(), f -> f.source().cell())
                .containsExactly(tuple(formA, "F10"));
        assertThat(of(c, FindingCode.SELF_ASSESSMENT_UNREADABLE))
                .extracting(f -> f.source().cell())
                .containsExactly("F23");

        // 6.1 typed where it stands, in both shapes: the form's E20 and the matrix's F9 (Tân Hưng).
        assertThat(of(c, FindingCode.INDICATOR_DISAGREES_WITH_DATA))
                .extracting(
                        f -> f.source().file(),
                        f -> f.source().sheet(),
                        f -> f.source().cell(),
                        Finding::expected)
                .containsExactlyInAnyOrder(
                        tuple(formA, "Phụ lục", "E20", "2,50"), tuple(formB, "Tổng hợp", "F9", "1,50"));

        // (b) the matrix: Tân Hưng is assessed against group 1; 6.1 from its villages, 1.5 ≤ 2: met.
        CommuneEvaluation tanHung = byCommune.get("Tân Hưng");
        assertThat(verdict(tanHung, "2.4").gap().distance()).isEqualByComparingTo("2"); // 99 − 97
        assertThat(verdict(tanHung, "6.1").status()).isEqualTo(Status.MET);
        for (String groupTwoOrThree : List.of("An Lão", "Kiến Thụy", "Tiên Lãng")) {
            assertThat(byCommune.get(groupTwoOrThree).standing().criteria().stream()
                            .flatMap(k -> k.indicators().stream()))
                    .as(groupTwoOrThree)
                    .allSatisfy(v -> assertThat(v.cause()).isEqualTo(Verdict.Cause.TARGET_UNKNOWN));
        }
        assertThat(byCommune.get("Vĩnh Bảo").standing().criteria().stream().flatMap(k -> k.indicators().stream()))
                .allSatisfy(v -> assertThat(v.cause()).isEqualTo(Verdict.Cause.GROUP_UNKNOWN));
        // Once per rulebook and group, not per commune or indicator: group 2 (An Lão, Kiến Thụy) and group 3.
        assertThat(of(c, FindingCode.TARGETS_MISSING_FOR_GROUP))
                .extracting(f -> f.arguments().get(2), f -> f.arguments().get(3), f -> f.arguments()
                        .get(5))
                .containsExactlyInAnyOrder(tuple("nhóm 2", "47", "2"), tuple("nhóm 3", "47", "1"));
        assertThat(of(c, FindingCode.COMMUNE_GROUP_UNKNOWN)).hasSize(1);

        // Where verdicts are shown: the JSON's evaluations carry the reason of each indicator.
        JsonNode json = JobOutputs.json(out);
        JsonNode binhGiangJson = null;
        for (JsonNode e : json.get("evaluations")) {
            if (e.get("commune").asString().equals("Bình Giang")) binhGiangJson = e;
        }
        assertThat(binhGiangJson).isNotNull();
        JsonNode oneOne = null;
        for (JsonNode i : binhGiangJson.get("indicators")) {
            if (i.get("code").asString().equals("1.1")) oneOne = i;
        }
        assertThat(oneOne.get("status").asString()).isEqualTo("NOT_ASSESSABLE");
        assertThat(oneOne.get("cause").asString()).isEqualTo("ASSESSMENT_WITHOUT_VALUE");
    }
}
