package vn.ruralstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.ruralstat.ingest.Rows.percent;
import static vn.ruralstat.ingest.Rows.row;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ruralstat.dataset.TableInfo;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.rulebook.TestRulebooks;
import vn.ruralstat.sheet.HeaderBand;
import vn.ruralstat.sheet.SheetRow;

class IndicatorTableReaderTest {

    private static final String TITLE = "ĐÁNH GIÁ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2026 – XÃ BÌNH GIANG";
    // Indicator texts as seed 002's appendix prints them.
    private static final String I_1_1 = "1.1. Có quy hoạch chung xã hoặc quy hoạch đô thị được phê duyệt, được công bố"
            + " công khai đúng thời hạn và ban hành kế hoạch thực hiện quy hoạch";
    private static final String I_2_4 = "2.4. Tỷ lệ hộ có đăng ký trực tiếp và được sử dụng điện sinh hoạt, sản xuất"
            + " đảm bảo an toàn, tin cậy và ổn định";
    private static final String I_4_1 = "4.1. Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ";
    private static final String I_6_1 = "6.1. Tỷ lệ nghèo đa chiều";
    private static final String I_8_3 = "8.3. Tỷ lệ cơ sở sản xuất, kinh doanh, dịch vụ ² , làng nghề (nếu có) theo quy"
            + " hoạch và tuân thủ quy định của pháp luật về bảo vệ môi trường";

    /** Bình Giang's own assessment: seed 002's rows with a value and a self-assessment column. */
    private static List<SheetRow> binhGiang() {
        return List.of(
                row(1, TITLE),
                row(2),
                row(3, "TT", "Tên tiêu chí", "Nội dung tiêu chí", "Chỉ tiêu chung", "Kết quả thực hiện", "Tự đánh giá"),
                row(4, 1, "Quy hoạch", I_1_1, "Đạt", "Đã phê duyệt và công bố", "Đạt"),
                row(5, 2, "Hạ tầng kinh tế - xã hội"),
                row(6, null, null, I_2_4, "≥99%", "99,6%", "Đạt"),
                row(7, 4, "Đào tạo nguồn nhân lực nông thôn"),
                row(8, null, null, I_4_1, "≥40%", "38,5%", "Chưa đạt"),
                row(9, 6, "Giảm nghèo và An sinh xã hội"),
                row(10, null, null, I_6_1, "≤2%", "1,85%", "Đạt"),
                row(11, 8, "Môi trường và cảnh quan nông thôn"),
                row(12, null, null, I_8_3, "100%", 100, "Đạt"));
    }

    @Test
    void readsACommunesIndicatorTableWithItsCodesValuesAndCells() {
        Scan scan = Scan.of("binh-giang.xlsx", binhGiang());

        assertThat(scan.sink.tables).singleElement().satisfies(t -> {
            assertThat(t.dataset()).isEqualTo(IndicatorTableReader.DATASET);
            assertThat(t.columns().describe()).isEqualTo("tt=A;criterion=B;name=C;target=D;value=E;assessment=F");
            assertThat(t.period()).isEqualTo("2026");
        });
        assertThat(scan.sink.used(IndicatorEntry.class))
                .extracting(
                        IndicatorEntry::commune,
                        IndicatorEntry::code,
                        IndicatorEntry::value,
                        IndicatorEntry::assessment,
                        IndicatorEntry::valueCell,
                        IndicatorEntry::assessmentCell,
                        IndicatorEntry::row)
                .containsExactly(
                        tuple(null, "1.1", "Đã phê duyệt và công bố", "Đạt", "E4", "F4", 4),
                        tuple(null, "2.4", "99,6%", "Đạt", "E6", "F6", 6),
                        tuple(null, "4.1", "38,5%", "Chưa đạt", "E8", "F8", 8),
                        tuple(null, "6.1", "1,85%", "Đạt", "E10", "F10", 10),
                        tuple(null, "8.3", "100", "Đạt", "E12", "F12", 12));
        assertThat(scan.sink.used(IndicatorEntry.class))
                .allSatisfy(e -> assertThat(IndicatorCodes.ofIndicatorRulebooks(TestRulebooks.national())
                                .contains(e.code()))
                        .isTrue());
    }

    @Test
    void countsCriterionHeadingRowsAsHeadingsNotAsRejectedRows() {
        Scan scan = Scan.of("binh-giang.xlsx", binhGiang());

        // Rows 5, 7, 9 and 11 name a criterion and hold no figure: nothing of them is lost.
        assertThat(scan.sink.rejectedVi).isEmpty();
        assertThat(scan.sink.findings).isEmpty();
        assertThat(scan.counts.used()).isEqualTo(5);
        assertThat(scan.counts.rejected()).isZero();
        assertThat(scan.counts.other())
                .as("title, blank, header, 4 criterion headings")
                .isEqualTo(7);
        assertThat(scan.counts.balances()).isTrue();
    }

    @Test
    void takesTheCommuneNamedInTheTitleAsTheTablesUnit() {
        Scan scan = Scan.of("bieu-danh-gia.xlsx", binhGiang());

        // A one-commune table covers a commune (rank 1), as a village poverty table does.
        assertThat(scan.sink.tables)
                .singleElement()
                .extracting(TableInfo::unit)
                .as("TableUnitResolver must resolve INDICATOR_TABLE at commune level (rank 1), as VILLAGE_POVERTY")
                .isNotNull()
                .satisfies(unit -> assertThat(unit.describe()).isEqualTo("xã Bình Giang"));
        assertThat(scan.sink.findings).extracting(f -> f.code()).doesNotContain(FindingCode.UNIT_UNKNOWN);
    }

    @Test
    void doesNotTakeSeed002sAppendixAsPublishedForItIsAPlanWithoutFigures() {
        List<SheetRow> rows = new ArrayList<>(List.of(
                row(1, "Phụ lục: KẾ HOẠCH THỰC HIỆN BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2026 - 2030"),
                row(2, "(Kem theo Kế hoạch số /KH-UBND ngày tháng 6 năm 2026 của Ủy ban nhân dân xã Bình Giang)"),
                row(
                        3,
                        "TT",
                        "Tên tiêu chí",
                        "Nội dung tiêu chí",
                        "Chỉ tiêu chung",
                        "Giải pháp thực hiện",
                        "Đơn vị chủ trì thực hiện",
                        "Đơn vị phối hợp",
                        "Thời gian thực hiện",
                        "Ghi chú"),
                row(
                        4,
                        1,
                        "Quy hoạch",
                        I_1_1,
                        "Đạt",
                        "Rà soát, cập nhật quy hoạch chung/đô thị; công khai tại trụ sở,"
                                + " nhà văn hóa và trên cổng thông tin; lập kế hoạch thực hiện quy hoạch theo từng giai đoạn.",
                        "Phòng Kinh tế",
                        "Các cơ quan, đơn vị, các thôn",
                        "2026-2027",
                        "Theo hướng dẫn của Thông tư số 10/2026/TT BXD ngày 31/3/2026 của Bộ Xây dựng"),
                row(
                        5,
                        null,
                        null,
                        I_2_4,
                        "≥99%",
                        "Phối hợp ngành điện kiểm tra hành lang an toàn lưới điện",
                        "Phòng Kinh tế",
                        "Các đơn vị quản lý điện, các thôn",
                        "2026-2030",
                        "Theo Thông tư số 17/2026/TT-BCT ngày 31/3/2026 của Bộ Công Thương"),
                row(
                        6,
                        6,
                        "Giảm nghèo và An sinh xã hội",
                        I_6_1,
                        "≤ 2%",
                        "Rà soát hộ nghèo, cận nghèo",
                        "Phòng Kinh tế",
                        "UBMTTQ VN xã, Phòng VH&XH, các đoàn thể, các thôn",
                        "2026-2030",
                        "")));

        Scan scan = Scan.of("binh-giang/ke-hoach.xlsx", rows);

        assertThat(scan.sink.tables).isEmpty();
        assertThat(scan.sink.findings).extracting(f -> f.code()).containsExactly(FindingCode.SHEET_NO_TABLE);
        assertThat(new IndicatorTableReader().recognize(HeaderBand.compose(List.of(rows.get(2)), null)))
                .isEmpty();
    }

    @Test
    void readsTheCodeFromACodeColumnOrFromTheTtColumn() {
        Scan withCodeColumn = Scan.of(
                "a.xlsx",
                List.of(
                        row(1, "Mã", "Chỉ tiêu", "Hiện trạng"),
                        row(2, "4.1", "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", "41%"),
                        row(3, "03.10", "Có khu công nghiệp hoặc cụm công nghiệp", "Có")));
        Scan withTt = Scan.of(
                "b.xlsx",
                List.of(
                        row(1, "TT", "Nội dung", "Chỉ tiêu", "Đạt/Chưa đạt"),
                        row(2, "4", "Đào tạo nguồn nhân lực nông thôn"),
                        row(3, "4.1", "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", "≥ 40%", "Đạt")));

        assertThat(withCodeColumn.sink.used(IndicatorEntry.class))
                .extracting(IndicatorEntry::code, IndicatorEntry::value)
                .containsExactly(tuple("4.1", "41%"), tuple("3.10", "Có"));
        assertThat(withTt.sink.tables.get(0).columns().describe()).isEqualTo("tt=A;name=B;target=C;assessment=D");
        assertThat(withTt.sink.used(IndicatorEntry.class)).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("4.1");
            assertThat(e.value()).isEmpty();
            assertThat(e.valueCell()).isNull();
            assertThat(e.assessment()).isEqualTo("Đạt");
            assertThat(e.assessmentCell()).isEqualTo("D3");
        });
    }

    @Test
    void readsAPercentageCellInPercentUnits() {
        Scan scan = Scan.of("a.xlsx", List.of(row(1, "Nội dung tiêu chí", "Giá trị"), row(2, I_2_4, percent(0.995))));

        assertThat(scan.sink.used(IndicatorEntry.class))
                .extracting(IndicatorEntry::value)
                .containsExactly("99.5%");
    }

    @Test
    void rejectsAFigureWithoutAnIndicatorCodeNamingItsCell() {
        Scan scan = Scan.of(
                "a.xlsx", List.of(row(1, "Nội dung tiêu chí", "Số liệu"), row(2, "Tỷ lệ lao động qua đào tạo", "38%")));

        assertThat(scan.sink.rejectedVi)
                .singleElement()
                .asString()
                .startsWith("2: Ô B2 có số liệu")
                .contains("mã chỉ tiêu");
    }

    @Test
    void rejectsTheSameIndicatorWrittenTwice() {
        Scan scan = Scan.of(
                "a.xlsx",
                List.of(row(1, "Nội dung tiêu chí", "Hiện trạng"), row(2, I_4_1, "38%"), row(3, I_4_1, "40%")));

        assertThat(scan.sink.used(IndicatorEntry.class))
                .extracting(IndicatorEntry::value)
                .containsExactly("38%");
        assertThat(scan.sink.rejectedVi).containsExactly("3: Trùng đơn vị với dòng 2");
        assertThat(scan.sink.findings).extracting(f -> f.code()).contains(FindingCode.DUPLICATE_UNIT);
    }
}
