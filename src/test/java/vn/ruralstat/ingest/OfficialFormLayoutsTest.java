package vn.ruralstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ruralstat.ingest.Rows.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ruralstat.indicators.IndicatorTableReader;
import vn.ruralstat.poverty.PovertyTableReader;
import vn.ruralstat.poverty.VillagePoverty;
import vn.ruralstat.sheet.SheetRow;

/** The scanner over the lines of official forms: the title block and title never join the header. */
class OfficialFormLayoutsTest {

    private final RecordingSink sink = new RecordingSink();

    private void scan(String file, List<SheetRow> rows) {
        sink.scan(List.of(new PovertyTableReader(), new IndicatorTableReader()), file, rows);
    }

    @Test
    void neverTakesTheFormTitleIntoTheHeaderSoTheNumberingColumnIsNotTheSelfAssessment() {
        // The title, merged across and so standing in column A, touches the title block above and the header below.
        scan(
                "bao-cao.xlsx",
                List.of(
                        row(1, "UBND XÃ NGÂN SƠN", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                        row(2, "BÁO CÁO KẾT QUẢ TỰ ĐÁNH GIÁ CÁC CHỈ TIÊU XÃ NÔNG THÔN MỚI NĂM 2026"),
                        row(3, "TT", "Nội dung chỉ tiêu", "Kết quả thực hiện", "Tự đánh giá"),
                        row(4, "1.1", "Có quy hoạch chung xã", "Có", "Đạt"),
                        row(5, "1.2", "Có quy hoạch chi tiết", "Chưa có", "Chưa đạt")));

        assertThat(sink.tables).singleElement().satisfies(t -> {
            assertThat(t.dataset()).isEqualTo(IndicatorTableReader.DATASET);
            assertThat(t.header().firstRow()).isEqualTo(3);
            assertThat(t.columns().column("assessment")).isEqualTo(3);
            assertThat(t.unit().describe()).isEqualTo("xã Ngân Sơn");
            assertThat(t.period()).isEqualTo("2026");
        });
    }

    @Test
    void readsAStatisticalFormWhoseReportingUnitStandsBesideTheFormNumber() {
        scan(
                "bieu.xlsx",
                List.of(
                        row(1, "Biểu số 01/BC-GN", null, null, "Đơn vị báo cáo: UBND xã Bằng Vân"),
                        row(
                                2,
                                "Ban hành theo Quyết định số 51/2025/QĐ-TTg",
                                null,
                                null,
                                "Đơn vị nhận báo cáo: UBND tỉnh Thái Nguyên"),
                        row(3, "DANH SÁCH HỘ NGHÈO THEO THÔN"),
                        row(4, "Kỳ báo cáo: Năm 2025", null, null, "Đơn vị tính: hộ"),
                        row(5, "TT", "Thôn", "Tổng số hộ", "Hộ nghèo", "Hộ cận nghèo"),
                        row(6, 1, "Nà Tồng", 150, 15, 9),
                        row(7, null, "Người lập biểu", null, "Thủ trưởng đơn vị"),
                        row(8, null, "Lò Văn Tâm", null, "Hoàng Văn Hải")));

        assertThat(sink.tables).singleElement().satisfies(t -> {
            assertThat(t.header().firstRow()).isEqualTo(5);
            assertThat(t.unit().describe()).isEqualTo("xã Bằng Vân");
            assertThat(t.parent().describe()).isEqualTo("tỉnh Thái Nguyên");
            assertThat(t.period()).isEqualTo("2025");
        });
        assertThat(sink.used(VillagePoverty.class))
                .extracting(VillagePoverty::name)
                .containsExactly("Nà Tồng");
        assertThat(sink.rejected).isEmpty();
    }

    @Test
    void readsAStackedTitleBlockAndTakesNoUnitFromTheNoiNhanListOfATableAbove() {
        scan(
                "bao-cao.xlsx",
                List.of(
                        row(1, "UBND TỈNH BẮC NINH"),
                        row(2, "UBND XÃ YÊN THẾ"),
                        row(3, "Số: 07/BC-UBND"),
                        row(4, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                        row(5, "Độc lập - Tự do - Hạnh phúc"),
                        row(6, "Yên Thế, ngày 08 tháng 01 năm 2026"),
                        row(7, "DANH SÁCH HỘ NGHÈO THEO THÔN NĂM 2025"),
                        row(8, "TT", "Thôn", "Tổng số hộ", "Hộ nghèo", "Hộ cận nghèo"),
                        row(9, 1, "Đồng Kỳ", 300, 9, 12),
                        row(10, null, "Nơi nhận:", null, "TM. ỦY BAN NHÂN DÂN"),
                        row(11, null, "- UBND xã Tam Tiến;", null, "CHỦ TỊCH"),
                        row(12, null, "- Lưu: VT.", null, "Nguyễn Văn An"),
                        row(13),
                        // A second table below, with a title naming no unit: not xã Tam Tiến of the list above.
                        row(14, "BIỂU BỔ SUNG"),
                        row(15, "TT", "Thôn", "Tổng số hộ", "Hộ nghèo", "Hộ cận nghèo"),
                        row(16, 1, "Phồn Xương", 200, 4, 6)));

        assertThat(sink.tables).hasSize(2);
        assertThat(sink.tables.get(0)).satisfies(t -> {
            assertThat(t.unit().describe()).isEqualTo("xã Yên Thế");
            assertThat(t.parent().describe()).isEqualTo("tỉnh Bắc Ninh");
            assertThat(t.period()).isEqualTo("2025");
        });
        assertThat(sink.tables.get(1).unit()).isNull();
        assertThat(sink.used(VillagePoverty.class))
                .extracting(VillagePoverty::name)
                .containsExactly("Đồng Kỳ", "Phồn Xương");
        assertThat(sink.rejected).isEmpty();
    }

    @Test
    void keepsReadingAfterAVillageNamedAfterAPersonWhoseFiguresAreMissing() {
        scan(
                "xa-hoa-an-2025.xlsx",
                List.of(
                        row(1, "TT", "Thôn", "Tổng số hộ", "Hộ nghèo", "Hộ cận nghèo"),
                        row(2, null, "Hoàng Văn Thụ"),
                        row(3, 2, "Nà Lẹng", 80, 4, 2)));

        assertThat(sink.used(VillagePoverty.class))
                .extracting(VillagePoverty::name)
                .containsExactly("Nà Lẹng");
    }
}
