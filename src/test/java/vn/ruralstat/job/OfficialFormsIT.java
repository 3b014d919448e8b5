package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.forms.OfficialForm;
import vn.ruralstat.forms.OfficialForm.Percent;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.PovertyFigures;
import vn.ruralstat.poverty.VillagePoverty;

/**
 * Five official report forms, each laid out differently (official-forms.md), run through the real
 * job on H2 in one folder. Each file's name names no unit and no period unless said: the sheet
 * must. Every expected figure is the sum or ratio of the rows written below.
 */
@SpringBootTest(
        properties = {
            "ruralstat.cli.enabled=false",
            "spring.datasource.url=jdbc:h2:file:./target/it-h2/ruralstat;DB_CLOSE_ON_EXIT=FALSE"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialFormsIT {

    @Autowired
    ConsolidationLauncher launcher;

    @Autowired
    ConsolidationService consolidation;

    @TempDir
    static Path in;

    @TempDir
    static Path out;

    private Consolidation c;

    @BeforeAll
    void runTheJobOverFiveForms() throws Exception {
        communeReportWithMergedTitleBlock(in.resolve("nop-2026/bao-cao-01.xlsx"));
        statisticalFormWithReportingUnit(in.resolve("nop-2026/bieu-thong-ke.xlsx"));
        provinceTableOfCommunes(in.resolve("nop-2026/tong-hop-so.xlsx"));
        legacyXlsWithRightOnlyMotto(in.resolve("nop-2026/danh-sach.xls"));
        sheetNamingNoUnit(in.resolve("tuyen-quang/xa-hong-quang/ho-ngheo-2025.xlsx"));
        JobExecution run = launcher.run(in, out);
        c = consolidation.build(run.getId());
    }

    /**
     * (a) A commune's report: the two-column title block merged (chủ quản and issuing body left,
     * state title and motto right, "Số" and the date line under them), title, "Kỳ báo cáo", "Đơn
     * vị tính" on the right, a two-row merged header, a code row, totals and, with no blank row
     * between, the signature block whose right column stands in the village-name column.
     */
    private static void communeReportWithMergedTitleBlock(Path file) throws Exception {
        OfficialForm form = OfficialForm.xlsx().sheet("Biểu 01").width(7);
        form.titleBlock(
                        3,
                        List.of("UBND TỈNH THÁI NGUYÊN", "UBND XÃ NGÂN SƠN", "Số: 12/BC-UBND"),
                        List.of(
                                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                "Độc lập - Tự do - Hạnh phúc",
                                "Ngân Sơn, ngày 05 tháng 01 năm 2026"))
                .blank()
                .centred("BÁO CÁO KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2025")
                .centred("Kỳ báo cáo: Năm 2025")
                .text(6, "Đơn vị tính: hộ");
        int header = form.row();
        form.cells("STT", "Tên thôn", "Tổng số hộ", "Hộ nghèo", null, "Hộ cận nghèo", null)
                .cells(null, null, null, "Số hộ", "Tỷ lệ (%)", "Số hộ", "Tỷ lệ (%)")
                .merge(header, header + 1, 0, 0)
                .merge(header, header + 1, 1, 1)
                .merge(header, header + 1, 2, 2)
                .merge(header, header, 3, 4)
                .merge(header, header, 5, 6)
                .cells("A", "B", "1", "2", "3=2/1*100", "4", "5=4/1*100")
                // 12 / 120 = 10 %, 6 / 120 = 5 %; 4 / 80 = 5 %, 2 / 80 = 2.5 %; 10 / 200 = 5 %, 8 / 200 = 4 %.
                .cells(1, "Nà Phặc", 120, 12, 10.0, 6, 5.0)
                .cells(2, "Bản Lạn", 80, 4, 5.0, 2, 2.5)
                .cells(3, "Khuổi Mạ", 200, 10, 5.0, 8, 4.0)
                // 120 + 80 + 200 = 400; 12 + 4 + 10 = 26, 26 / 400 = 6.5 %; 6 + 2 + 8 = 16, 16 / 400 = 4 %.
                .cells(null, "Cộng", 400, 26, 6.5, 16, 4.0)
                .signature(
                        1,
                        List.of("NGƯỜI LẬP BIỂU", "(Ký, họ tên)", "", "Trần Thị Bình"),
                        List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Nguyễn Văn An"))
                .save(file);
    }

    /**
     * (b) A statistical form: "Biểu số" and "Ban hành theo" top left, "Đơn vị báo cáo" and "Đơn
     * vị nhận báo cáo" top right on the same rows, a one-row header, rates as real percentages
     * (0.10 shown 10.00 %), the near-poor rate column hidden, a two-column signature.
     */
    private static void statisticalFormWithReportingUnit(Path file) throws Exception {
        OfficialForm.xlsx()
                .sheet("01-GN")
                .width(7)
                .cells("Biểu số 01/BC-GN", null, null, null, "Đơn vị báo cáo: UBND xã Bằng Vân")
                .cells(
                        "Ban hành theo Quyết định số 51/2025/QĐ-TTg",
                        null,
                        null,
                        null,
                        "Đơn vị nhận báo cáo: UBND tỉnh Thái Nguyên")
                .cells("Ngày nhận báo cáo: ngày 15 tháng 01 năm sau")
                .blank()
                .centred("DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO THEO THÔN")
                .centred("Năm 2025")
                .text(6, "Đơn vị tính: hộ")
                .cells(
                        "TT",
                        "Thôn",
                        "Tổng số hộ",
                        "Số hộ nghèo",
                        "Tỷ lệ hộ nghèo (%)",
                        "Số hộ cận nghèo",
                        "Tỷ lệ hộ cận nghèo (%)")
                // 15 / 150 = 10 %, 9 / 150 = 6 %; 5 / 100 = 5 %, 4 / 100 = 4 %; 1 / 50 = 2 %, 2 / 50 = 4 %.
                .cells(1, "Nà Tồng", 150, 15, new Percent(0.10), 9, new Percent(0.06))
                .cells(2, "Khuổi Hẻo", 100, 5, new Percent(0.05), 4, new Percent(0.04))
                .cells(3, "Bó Lếch", 50, 1, new Percent(0.02), 2, new Percent(0.04))
                // 150 + 100 + 50 = 300; 15 + 5 + 1 = 21, 21 / 300 = 7 %; 9 + 4 + 2 = 15, 15 / 300 = 5 %.
                .cells(null, "Tổng số", 300, 21, new Percent(0.07), 15, new Percent(0.05))
                .blank()
                .cells(null, "Người lập biểu", null, null, "Thủ trưởng đơn vị")
                .cells(null, "(Ký, họ tên)", null, null, "(Ký, đóng dấu, họ tên)")
                .blank()
                .cells(null, "Lò Văn Tâm", null, null, "Hoàng Văn Hải")
                .hideColumn(6)
                .save(file);
    }

    /**
     * (c) A province's table whose rows are communes: chủ quản and issuing body (a department)
     * left, motto right, a title naming the year and a subtitle naming the poverty standard, a
     * three-row header, rates as text with decimal commas, "Nơi nhận" and the signer.
     */
    private static void provinceTableOfCommunes(Path file) throws Exception {
        OfficialForm form = OfficialForm.xlsx().sheet("Tổng hợp").width(7);
        form.titleBlock(
                        3,
                        List.of("UBND TỈNH THÁI NGUYÊN", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 45/BC-SNNMT"),
                        List.of(
                                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                "Độc lập - Tự do - Hạnh phúc",
                                "Thái Nguyên, ngày 10 tháng 01 năm 2026"))
                .blank()
                .centred("TỔNG HỢP KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2025 CỦA CÁC XÃ, PHƯỜNG")
                .centred("(Theo chuẩn nghèo đa chiều giai đoạn 2022-2025 quy định tại Nghị định 07/2021/NĐ-CP)")
                .blank();
        int header = form.row();
        form.cells("STT", "Xã, phường", "Tổng số hộ dân", "Kết quả rà soát", null, null, null)
                .cells(null, null, null, "Hộ nghèo", null, "Hộ cận nghèo", null)
                .cells(null, null, null, "Số hộ", "Tỷ lệ (%)", "Số hộ", "Tỷ lệ (%)")
                .merge(header, header + 2, 0, 0)
                .merge(header, header + 2, 1, 1)
                .merge(header, header + 2, 2, 2)
                .merge(header, header, 3, 6)
                .merge(header + 1, header + 1, 3, 4)
                .merge(header + 1, header + 1, 5, 6)
                // 27 / 625 = 4.32 %, 15 / 625 = 2.4 %; 10 / 1000 = 1 %, 15 / 1000 = 1.5 %; 36 / 400 = 9 %, 20 / 400 = 5
                // %.
                .cells(1, "Xã Cốc Đán", 625, 27, "4,32", 15, "2,40")
                .cells(2, "Phường Đức Xuân", 1000, 10, "1,00", 15, "1,50")
                .cells(3, "Xã Bằng Thành", 400, 36, "9,00", 20, "5,00")
                // 625 + 1000 + 400 = 2025; 27 + 10 + 36 = 73, 73 / 2025 = 3.60 %; 15 + 15 + 20 = 50, 50 / 2025 = 2.47
                // %.
                .cells(null, "Tổng cộng", 2025, 73, "3,60", 50, "2,47")
                .blank()
                .signature(
                        3,
                        List.of("Nơi nhận:", "- Bộ Nông nghiệp và Môi trường;", "- UBND xã Thượng Quan;", "- Lưu: VT."),
                        List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Đinh Văn Tuấn"))
                .save(file);
    }

    /**
     * (d) An .xls with the motto alone on the right (no issuing body), the unit named only in the
     * title, the header straight under the title, and the signature block right under the totals,
     * with no blank row and no "Người lập biểu" to announce it.
     */
    private static void legacyXlsWithRightOnlyMotto(Path file) throws Exception {
        OfficialForm.xls()
                .sheet("DS")
                .width(5)
                .cellsFrom(2, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .cellsFrom(2, "Độc lập - Tự do - Hạnh phúc")
                .blank()
                .centred("DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO THEO THÔN NĂM 2025 CỦA UBND XÃ LÂM BÌNH, TỈNH TUYÊN QUANG")
                .cells("STT", "Tên thôn, bản", "Tổng số hộ", "Hộ nghèo", "Hộ cận nghèo")
                .cells(1, "Nà Thôm", 90, 18, 9)
                .cells(2, "Khuổi Củng", 110, 22, 11)
                // 90 + 110 = 200; 18 + 22 = 40; 9 + 11 = 20.
                .cells(null, "Cộng", 200, 40, 20)
                // The signer's block from the households column on, right under the totals; the
                // names of the drafter and the signer on one row, in the name and households columns.
                .cellsFrom(2, "KT. CHỦ TỊCH")
                .cellsFrom(2, "PHÓ CHỦ TỊCH")
                .cells(null, "Ma Thị Hoa", "Ma Văn Khánh")
                .save(file);
    }

    /** (e) A sheet naming neither unit nor period: both are taken from the folder and file names, and said. */
    private static void sheetNamingNoUnit(Path file) throws Exception {
        OfficialForm.xlsx()
                .sheet("Sheet1")
                .width(5)
                .centred("DANH SÁCH HỘ NGHÈO THEO THÔN")
                .blank()
                .cells("TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Số hộ cận nghèo")
                .cells(1, "Nà Ta", 60, 6, 3)
                .cells(2, "Phiêng Lùng", 40, 2, 1)
                .save(file);
    }

    private CommunePoverty commune(String name) {
        return c.poverty().stream()
                .filter(p -> p.commune().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + names()));
    }

    private List<String> names() {
        List<String> all = new ArrayList<>();
        c.poverty().forEach(p -> {
            all.add(p.commune());
            p.villages().forEach(v -> all.add(v.name()));
        });
        return all;
    }

    private List<Finding> findingsOf(String file) {
        return c.findings().stream()
                .filter(f -> f.source() != null && file.equals(f.source().file()))
                .toList();
    }

    /** The codes of the findings on {@code file}. */
    private List<FindingCode> codesOf(String file) {
        return findingsOf(file).stream().map(Finding::code).toList();
    }

    /** The commune's villages, in order, with their figures, and its totals. */
    private static void assertVillages(CommunePoverty commune, PovertyFigures totals, Tuple... villages) {
        assertThat(commune.villages())
                .extracting(VillagePoverty::name, VillagePoverty::figures)
                .containsExactly(villages);
        assertThat(commune.totals()).isEqualTo(totals);
    }

    @Test
    void readsTheCommuneAndItsProvinceFromTheMergedTitleBlockAndTheYearFromTheTitle() {
        CommunePoverty nganSon = commune("Ngân Sơn");
        assertThat(nganSon.parent()).isEqualTo("Thái Nguyên");
        // "NĂM 2025" and "Kỳ báo cáo: Năm 2025", not the date line's 2026.
        assertThat(nganSon.period()).isEqualTo("2025");
        assertVillages(
                nganSon,
                new PovertyFigures(400, 26, 16),
                tuple("Nà Phặc", new PovertyFigures(120, 12, 6)),
                tuple("Bản Lạn", new PovertyFigures(80, 4, 2)),
                tuple("Khuổi Mạ", new PovertyFigures(200, 10, 8)));
        assertThat(codesOf("nop-2026/bao-cao-01.xlsx"))
                .doesNotContain(
                        FindingCode.UNIT_UNKNOWN,
                        FindingCode.UNIT_FROM_FILE_NAME,
                        FindingCode.PERIOD_FROM_FILE_NAME,
                        FindingCode.TOTAL_MISMATCH,
                        FindingCode.RATE_MISMATCH,
                        FindingCode.ROW_REJECTED);
    }

    @Test
    void readsTheStatisticalFormsReportingUnitItsReceivingProvinceAndItsPercentCells() {
        CommunePoverty bangVan = commune("Bằng Vân");
        assertThat(bangVan.parent()).isEqualTo("Thái Nguyên");
        // "Năm 2025" under the title; not 51/2025 of the decision the form was issued by.
        assertThat(bangVan.period()).isEqualTo("2025");
        assertThat(bangVan.villages())
                .extracting(VillagePoverty::name, VillagePoverty::figures, VillagePoverty::reportedPoorRate)
                .containsExactly(
                        tuple("Nà Tồng", new PovertyFigures(150, 15, 9), 10.0),
                        tuple("Khuổi Hẻo", new PovertyFigures(100, 5, 4), 5.0),
                        tuple("Bó Lếch", new PovertyFigures(50, 1, 2), 2.0));
        assertThat(bangVan.totals()).isEqualTo(new PovertyFigures(300, 21, 15));
        List<Finding> findings = findingsOf("nop-2026/bieu-thong-ke.xlsx");
        assertThat(findings)
                .filteredOn(f -> f.code() == FindingCode.HIDDEN_COLUMNS_READ)
                .singleElement()
                .satisfies(f -> assertThat(f.arguments()).containsExactly("G"));
        assertThat(codesOf("nop-2026/bieu-thong-ke.xlsx"))
                .doesNotContain(
                        FindingCode.UNIT_FROM_FILE_NAME,
                        FindingCode.TOTAL_MISMATCH,
                        FindingCode.RATE_MISMATCH,
                        FindingCode.ROW_REJECTED);
    }

    @Test
    void readsTheProvincesCommunesAsRowsForTheReportingYearNotTheStandardsPeriod() {
        assertThat(c.poverty())
                .filteredOn(CommunePoverty::readAsRow)
                .extracting(
                        CommunePoverty::commune,
                        CommunePoverty::parent,
                        CommunePoverty::period,
                        CommunePoverty::totals,
                        p -> p.ownRow().reportedPoorRate())
                .containsExactly(
                        tuple("Cốc Đán", "Thái Nguyên", "2025", new PovertyFigures(625, 27, 15), 4.32),
                        tuple("Đức Xuân", "Thái Nguyên", "2025", new PovertyFigures(1000, 10, 15), 1.0),
                        tuple("Bằng Thành", "Thái Nguyên", "2025", new PovertyFigures(400, 36, 20), 9.0));
        assertThat(codesOf("nop-2026/tong-hop-so.xlsx"))
                .doesNotContain(
                        FindingCode.UNIT_FROM_FILE_NAME,
                        FindingCode.PERIOD_FROM_FILE_NAME,
                        FindingCode.TOTAL_MISMATCH,
                        FindingCode.RATE_MISMATCH,
                        FindingCode.ROW_REJECTED);
    }

    @Test
    void readsTheUnitOnlyNamedInTheTitleOfAnXlsWithTheMottoAlone() {
        CommunePoverty lamBinh = commune("Lâm Bình");
        assertThat(lamBinh.parent()).isEqualTo("Tuyên Quang");
        assertThat(lamBinh.period()).isEqualTo("2025");
        assertVillages(
                lamBinh,
                new PovertyFigures(200, 40, 20),
                tuple("Nà Thôm", new PovertyFigures(90, 18, 9)),
                tuple("Khuổi Củng", new PovertyFigures(110, 22, 11)));
        assertThat(codesOf("nop-2026/danh-sach.xls"))
                .doesNotContain(FindingCode.TOTAL_MISMATCH, FindingCode.ROW_REJECTED, FindingCode.VALUE_NOT_NUMERIC);
    }

    @Test
    void takesTheUnitAndPeriodFromTheFileNameOnlyWhenTheSheetNamesNeitherAndSaysSo() {
        CommunePoverty hongQuang = commune("Hong Quang");
        assertThat(hongQuang.period()).isEqualTo("2025");
        // 60 + 40 = 100; 6 + 2 = 8; 3 + 1 = 4.
        assertThat(hongQuang.totals()).isEqualTo(new PovertyFigures(100, 8, 4));
        String file = "tuyen-quang/xa-hong-quang/ho-ngheo-2025.xlsx";
        assertThat(findingsOf(file))
                .filteredOn(f ->
                        f.code() == FindingCode.UNIT_FROM_FILE_NAME || f.code() == FindingCode.PERIOD_FROM_FILE_NAME)
                .extracting(Finding::code, Finding::arguments, f -> f.source().cell())
                .containsExactlyInAnyOrder(
                        tuple(FindingCode.UNIT_FROM_FILE_NAME, List.of("Sheet1", file, "xã Hong Quang"), "A3"),
                        tuple(FindingCode.PERIOD_FROM_FILE_NAME, List.of("Sheet1", file, "2025"), "A3"));
        // The other four forms name their unit and period in the sheet: no fallback is reported for them.
        assertThat(c.findings())
                .filteredOn(f ->
                        f.code() == FindingCode.UNIT_FROM_FILE_NAME || f.code() == FindingCode.PERIOD_FROM_FILE_NAME)
                .allSatisfy(f -> assertThat(f.source().file()).isEqualTo(file));
    }

    @Test
    void readsNoSignerTitleOrPersonsNameAsAUnit() {
        assertThat(names())
                .containsExactlyInAnyOrder(
                        "Ngân Sơn",
                        "Nà Phặc",
                        "Bản Lạn",
                        "Khuổi Mạ",
                        "Bằng Vân",
                        "Nà Tồng",
                        "Khuổi Hẻo",
                        "Bó Lếch",
                        "Cốc Đán",
                        "Đức Xuân",
                        "Bằng Thành",
                        "Lâm Bình",
                        "Nà Thôm",
                        "Khuổi Củng",
                        "Hong Quang",
                        "Nà Ta",
                        "Phiêng Lùng");
        assertThat(c.poverty())
                .extracting(CommunePoverty::parent)
                .noneMatch(p -> p != null && (p.contains("Thượng Quan") || p.contains("Bạch Thông")));
        // Nor a signer's title or name read as a figure in a count column.
        assertThat(c.findings())
                .extracting(Finding::code)
                .doesNotContain(FindingCode.ROW_REJECTED, FindingCode.VALUE_NOT_NUMERIC);
    }
}
