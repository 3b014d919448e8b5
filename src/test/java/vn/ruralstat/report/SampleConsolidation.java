package vn.ruralstat.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.criteria.CommuneCriteria;
import vn.ruralstat.criteria.CommuneTarget;
import vn.ruralstat.criteria.CriterionStatus;
import vn.ruralstat.criteria.CriterionStatus.Kind;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.dataset.SourceFileSummary;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.PovertyFigures;
import vn.ruralstat.poverty.PovertyRollup;
import vn.ruralstat.poverty.VillagePoverty;
import vn.ruralstat.poverty.VillagePoverty.PlannedReduction;
import vn.ruralstat.rulebook.TestRulebooks;

/**
 * A small run built by hand, with figures simple enough to check by arithmetic:
 *
 * <pre>
 * Ngân Sơn (2025)   households  poor  near-poor
 *   Thôn Nà Lẹng         120      6      10
 *   Thôn Khuổi Mạn        95      4       7
 *   Bản Chang             85      2       3
 *   Cộng xã              300     12      20    poor 12/300×100 = 4.00 %, near-poor 20/300×100 = 6.67 %
 * Hồng Phong (2025)
 *   Xóm 8                150      3       5
 *   Thôn Tân Lập         200      8       6
 *   Khu I                250     10       9
 *   Cộng xã              600     21      20    poor 21/600×100 = 3.50 %
 * Quảng Hòa (both)       900     33      40    poor 33/900×100 = 3.666… % (the mean of the
 *                                              commune rates, (4.00 + 3.50) / 2 = 3.75, is wrong)
 * </pre>
 *
 * Criteria of Quảng Hòa (2022, 19 criteria): Phi Hải meets 1-12, Quốc Dân 1-15, Cai Bộ 1-8, so
 * 12 + 15 + 8 = 35 met, 35 / 3 = 11.666… per commune; criteria 1-8 are met by 3 communes, 9-12
 * by 2, 13-15 by 1, 16-19 by none. Planned: 2023: 3 (Phi Hải) + 4 (Cai Bộ) = 7;
 * 2024: 2 (Phi Hải) + 7 (Cai Bộ) = 9; 2025: 4 (Quốc Dân).
 */
final class SampleConsolidation {

    static final String POVERTY_FILE = "2025/ngan-son.xlsx";
    static final String CRITERIA_FILE = "2022/quang-hoa.xlsx";

    private SampleConsolidation() {}

    static Consolidation build() {
        return new Consolidation(
                42, "huyện Quảng Hòa", poverty(), rollups(), List.of(criteria()), findings(), sources());
    }

    static Consolidation empty() {
        return new Consolidation(7, "Toàn bộ dữ liệu nhận được", List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static List<CommunePoverty> poverty() {
        SourceRef nganSon = new SourceRef(POVERTY_FILE, "Biểu 01", null);
        SourceRef hongPhong = new SourceRef("2025/hong-phong.xlsx", "Sheet1", null);
        return List.of(
                CommunePoverty.ofVillages(
                        "Ngân Sơn",
                        "Quảng Hòa",
                        "2025",
                        List.of(
                                village(
                                        "Thôn Nà Lẹng",
                                        120,
                                        6,
                                        10,
                                        5.0,
                                        8.33,
                                        new PlannedReduction(1.5, 2L, 0.8, 1L),
                                        nganSon,
                                        8),
                                village(
                                        "Thôn Khuổi Mạn",
                                        95,
                                        4,
                                        7,
                                        4.5,
                                        7.37,
                                        new PlannedReduction(1.0, 1L, null, 1L),
                                        nganSon,
                                        9),
                                village("Bản Chang", 85, 2, 3, 2.35, 3.53, PlannedReduction.NONE, nganSon, 10)),
                        nganSon),
                CommunePoverty.ofVillages(
                        "Hồng Phong",
                        "Quảng Hòa",
                        "2025",
                        List.of(
                                village("Xóm 8", 150, 3, 5, 2.0, 3.33, PlannedReduction.NONE, hongPhong, 6),
                                village("Thôn Tân Lập", 200, 8, 6, 4.0, 3.0, PlannedReduction.NONE, hongPhong, 7),
                                village("Khu I", 250, 10, 9, 4.0, 3.6, PlannedReduction.NONE, hongPhong, 8)),
                        hongPhong));
    }

    static List<PovertyRollup> rollups() {
        PovertyFigures all = new PovertyFigures(900, 33, 40);
        return List.of(
                new PovertyRollup("Quảng Hòa", "huyện", "2025", all, List.of("Ngân Sơn", "Hồng Phong"), null, null),
                new PovertyRollup(
                        "Toàn bộ dữ liệu nhận được",
                        "toàn bộ",
                        "2025",
                        all,
                        List.of("Ngân Sơn", "Hồng Phong"),
                        null,
                        null));
    }

    static DistrictCriteria criteria() {
        SourceRef source = new SourceRef(CRITERIA_FILE, "Tiêu chí", null);
        List<CommuneCriteria> communes = List.of(
                commune(
                        "Xã Phi Hải",
                        12,
                        source,
                        7,
                        met(12),
                        planned(2023, 3),
                        planned(2024, 2),
                        List.of(new CriterionStatus(Kind.NOT_MET, null, "Chưa đạt"), CriterionStatus.BLANK)),
                commune("Quốc Dân", 16, source, 8, met(15), planned(2025, 4)),
                commune("Cai Bộ", 8, source, 9, met(8), planned(2023, 4), planned(2024, 7)));
        Map<String, CommuneTarget> targets = Map.of(
                "phi hai", new CommuneTarget("Phi Hải", 2024, null, null, null, null, source, 30, null),
                "cai bo", new CommuneTarget("Cai Bộ", null, "Duy trì xã NTM", 2025, null, null, source, 31, null));
        return new DistrictCriteria(
                "Quảng Hòa", "2022", TestRulebooks.ntm2021To2025(), communes, targets, source, "huyện", null);
    }

    static List<Finding> findings() {
        return List.of(
                // Texts given as they are (no catalogue key): these tests are about how writers lay findings out.
                new Finding(
                        FindingCode.FILE_UNSUPPORTED,
                        FindingCode.FILE_UNSUPPORTED.severity(),
                        null,
                        "Tệp không phải bảng tính, bỏ qua",
                        "Not a spreadsheet, skipped",
                        SourceRef.file("ghi-chu.docx"),
                        null,
                        null),
                new Finding(
                        FindingCode.RATE_MISMATCH,
                        FindingCode.RATE_MISMATCH.severity(),
                        null,
                        "Tỷ lệ hộ nghèo thôn Khuổi Mạn báo cáo 4,50% nhưng 4/95×100 = 4,21%",
                        "Reported poverty rate of Khuổi Mạn 4.50% but 4/95×100 = 4.21%",
                        new SourceRef(POVERTY_FILE, "Biểu 01", "F9"),
                        "4,50",
                        "4,21"),
                new Finding(
                        FindingCode.COUNT_MISMATCH,
                        FindingCode.COUNT_MISMATCH.severity(),
                        null,
                        "Xã Quốc Dân báo cáo đạt 16 tiêu chí nhưng đếm được 15",
                        "Quốc Dân reports 16 criteria met but 15 are marked",
                        new SourceRef(CRITERIA_FILE, "Tiêu chí", "C8"),
                        "16",
                        "15"));
    }

    static List<SourceFileSummary> sources() {
        return List.of(
                new SourceFileSummary(POVERTY_FILE, "a".repeat(64), 18_432, "READ", null, 1, 14, 3, 0, 11),
                new SourceFileSummary("2025/hong-phong.xlsx", "b".repeat(64), 9_870, "READ", null, 1, 12, 3, 0, 9),
                new SourceFileSummary(CRITERIA_FILE, "c".repeat(64), 30_120, "READ", null, 2, 40, 3, 0, 37),
                new SourceFileSummary(
                        "ghi-chu.docx",
                        "d".repeat(64),
                        5_000,
                        "NO_TABLE",
                        "Không phải bảng tính / not a spreadsheet",
                        0,
                        0,
                        0,
                        0,
                        0));
    }

    static VillagePoverty village(
            String name,
            long households,
            long poor,
            long nearPoor,
            Double reportedPoor,
            Double reportedNear,
            PlannedReduction planned,
            SourceRef table,
            int row) {
        return new VillagePoverty(
                name,
                new PovertyFigures(households, poor, nearPoor),
                reportedPoor,
                reportedNear,
                planned,
                table.at("B" + row),
                row);
    }

    @SafeVarargs
    private static CommuneCriteria commune(
            String name, Integer reported, SourceRef source, int row, List<CriterionStatus>... parts) {
        List<CriterionStatus> statuses = new ArrayList<>();
        for (List<CriterionStatus> part : parts) statuses.addAll(part);
        return new CommuneCriteria(name, reported, statuses, source.at("B" + row), row, null, null);
    }

    private static List<CriterionStatus> met(int count) {
        return Collections.nCopies(count, new CriterionStatus(Kind.MET, null, "x"));
    }

    private static List<CriterionStatus> planned(int year, int count) {
        return Collections.nCopies(count, new CriterionStatus(Kind.PLANNED, year, String.valueOf(year)));
    }
}
