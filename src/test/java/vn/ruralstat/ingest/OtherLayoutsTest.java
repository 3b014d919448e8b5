package vn.ruralstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ruralstat.ingest.Rows.row;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ruralstat.criteria.CommuneCriteria;
import vn.ruralstat.criteria.CommuneTargetReader;
import vn.ruralstat.criteria.CriteriaMatrixReader;
import vn.ruralstat.dataset.ReportedValue;
import vn.ruralstat.dataset.RowCounts;
import vn.ruralstat.poverty.PovertyTableReader;
import vn.ruralstat.poverty.VillagePoverty;
import vn.ruralstat.rulebook.TestRulebooks;
import vn.ruralstat.sheet.SheetRow;

/** Layouts other than the seeds': the family of forms officers make, not the samples. */
class OtherLayoutsTest {

    private final RecordingSink sink = new RecordingSink();

    private RowCounts scan(String file, List<SheetRow> rows) {
        return sink.scan(
                List.of(
                        new PovertyTableReader(),
                        new CriteriaMatrixReader(TestRulebooks.national()),
                        new CommuneTargetReader()),
                file,
                rows);
    }

    @Test
    void readsAOneRowHeaderWithoutDiacriticsStartingInColumnC() {
        RowCounts counts = scan(
                "bieu.csv",
                List.of(
                        row(2, null, null, "BIEU TONG HOP HO NGHEO, HO CAN NGHEO XA PHUC SEN NAM 2024"),
                        row(
                                4,
                                null,
                                null,
                                "TT",
                                "Ten thon",
                                "Tong so ho",
                                "So ho ngheo",
                                "Ty le ho ngheo (%)",
                                "So ho can ngheo",
                                "Ty le ho can ngheo (%)",
                                "Ghi chu"),
                        row(5, null, null, 1, "Xom 1", "120", "6", "5", "10", "8,33"),
                        row(6, null, null, 2, "Xom 2", "80", "-", "0", "4", "5", "moi tach"),
                        row(7, null, null, null, "Toan xa", "200", "6", "3", "14", "7")));

        assertThat(sink.tables).singleElement().satisfies(t -> {
            assertThat(t.columns().describe())
                    .isEqualTo("name=D;households=E;poor=F;poor_rate=G;near_poor=H;near_poor_rate=I");
            assertThat(t.unit().describe()).isEqualTo("xã Phuc Sen");
            assertThat(t.period()).isEqualTo("2024");
        });
        assertThat(sink.used)
                .extracting(r -> ((VillagePoverty) r).figures().poor())
                .containsExactly(6L, 0L);
        assertThat(sink.reported).extracting(ReportedValue::field).contains("households", "poor_rate");
        assertThat(counts.balances()).isTrue();
    }

    @Test
    void takesAPlainSoHoColumnForTotalHouseholdsButNotAPopulationColumn() {
        scan(
                "bieu.xlsx",
                List.of(
                        row(1, "BÁO CÁO HỘ NGHÈO XÃ YÊN LẠC NĂM 2025"),
                        row(2, "STT", "Thôn, xóm", "Số nhân khẩu", "Số hộ", "Hộ nghèo"),
                        row(3, 1, "Xóm 8", 812, 203, 11)));

        assertThat(sink.tables)
                .singleElement()
                .satisfies(t -> assertThat(t.columns().describe()).isEqualTo("name=B;households=D;poor=E"));
        assertThat(sink.used)
                .extracting(r -> ((VillagePoverty) r).figures().households())
                .containsExactly(203L);
    }

    @Test
    void findsCriteriaColumnsNumberedTc1ToTc19() {
        List<Object> header = new ArrayList<>(List.of("STT", "Tên xã", "Số tiêu chí đạt"));
        List<Object> cells = new ArrayList<>(List.of(1, "Xã Minh Khai", 17));
        for (int n = 1; n <= 19; n++) {
            header.add("TC" + n);
            cells.add(n <= 17 ? "Đạt" : "Chưa đạt");
        }
        scan(
                "ntm.xlsx",
                List.of(
                        row(1, "TỔNG HỢP TIÊU CHÍ NTM HUYỆN VĂN LÂM NĂM 2024"),
                        row(3, header.toArray()),
                        row(4, cells.toArray())));

        assertThat(sink.tables).singleElement().satisfies(t -> {
            assertThat(t.dataset()).isEqualTo(CriteriaMatrixReader.DATASET);
            assertThat(t.columns().column("c19")).isEqualTo(21);
            assertThat(t.unit().describe()).isEqualTo("huyện Văn Lâm");
        });
        assertThat(sink.used).singleElement().satisfies(r -> {
            CommuneCriteria c = (CommuneCriteria) r;
            assertThat(c.metCount()).isEqualTo(17).isEqualTo(c.reportedMet());
        });
    }

    /** A district table: villages under commune headings, a subtotal per commune, a grand total. */
    private static final class GroupingSink extends RecordingSink {
        final List<String> groupOfRow = new ArrayList<>();
        private String group;

        @Override
        public void group(long tableId, String name) {
            group = name;
        }

        @Override
        public void used(long tableId, Object record) {
            super.used(tableId, record);
            groupOfRow.add(group + ":" + ((VillagePoverty) record).name());
        }
    }

    @Test
    void readsCommuneHeadingsAndSubtotalsInADistrictTable() {
        GroupingSink grouping = new GroupingSink();
        RowCounts counts = grouping.scan(
                List.of(new PovertyTableReader()),
                "huyen.xlsx",
                List.of(
                        row(1, "TỔNG HỢP HỘ NGHÈO HUYỆN NGÂN SƠN NĂM 2025"),
                        row(2, "STT", "Đơn vị", "Tổng số hộ", "Hộ nghèo"),
                        row(3, "I", "Xã Vân Tùng"),
                        row(4, 1, "Thôn Nà Kha", 100, 5),
                        row(5, 2, "Thôn Khuổi Mạ", 50, 2),
                        row(6, null, "Cộng xã Vân Tùng", 150, 7),
                        row(7, "II", "THỊ TRẤN NÀ PHẶC"),
                        row(8, 1, "Khu 1", 70, 1),
                        row(9, null, "Cộng thị trấn", 70, 1),
                        row(10, null, "Tổng cộng", 220, 8)));

        assertThat(grouping.groupOfRow)
                .containsExactly("Xã Vân Tùng:Thôn Nà Kha", "Xã Vân Tùng:Thôn Khuổi Mạ", "THỊ TRẤN NÀ PHẶC:Khu 1");
        assertThat(grouping.reported)
                .filteredOn(v -> v.field().equals("households"))
                .extracting(ReportedValue::cell, ReportedValue::coveredFrom, ReportedValue::coveredTo)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("C6", 4, 5),
                        org.assertj.core.groups.Tuple.tuple("C9", 8, 8),
                        org.assertj.core.groups.Tuple.tuple("C10", 0, 0));
        assertThat(counts.balances()).isTrue();
        assertThat(counts.used()).isEqualTo(3);
    }

    @Test
    void findsASecondTableBelowTheFirstOnTheSameSheet() {
        RowCounts counts = scan(
                "hai-bang.xlsx",
                List.of(
                        row(1, "BIỂU HỘ NGHÈO XÃ AN BÌNH NĂM 2025"),
                        row(2, "STT", "Thôn", "Tổng số hộ", "Hộ nghèo"),
                        row(3, 1, "Thôn Đông", 100, 5),
                        row(4, null, "Cộng", 100, 5),
                        row(5, "Ghi chú: số liệu rà soát tháng 11"),
                        row(6),
                        row(7, "BIỂU HỘ NGHÈO XÃ AN HÒA NĂM 2025"),
                        row(8, "STT", "Thôn", "Tổng số hộ", "Hộ nghèo"),
                        row(9, 1, "Thôn Tây", 200, 9)));

        assertThat(sink.tables).extracting(t -> t.unit().describe()).containsExactly("xã An Bình", "xã An Hòa");
        assertThat(sink.used).extracting(r -> ((VillagePoverty) r).name()).containsExactly("Thôn Đông", "Thôn Tây");
        assertThat(counts.balances()).isTrue();
    }
}
