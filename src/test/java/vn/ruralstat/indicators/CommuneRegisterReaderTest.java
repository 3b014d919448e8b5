package vn.ruralstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.ruralstat.ingest.Rows.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ruralstat.sheet.HeaderBand;
import vn.ruralstat.sheet.SheetRow;

class CommuneRegisterReaderTest {

    private static List<SheetRow> register() {
        return List.of(
                row(1, "DANH SÁCH PHÂN NHÓM XÃ THEO BỘ TIÊU CHÍ GIAI ĐOẠN 2026-2030 CỦA THÀNH PHỐ HẢI PHÒNG"),
                row(2, "STT", "Tên xã", "Nhóm", "Đơn vị cấp trên", "Ghi chú"),
                row(3, 1, "Bình Giang", 1, "Thành phố Hải Phòng"),
                row(4, 2, "Kiến Thụy", 2, "Thành phố Hải Phòng", "Xã mới sau sắp xếp"),
                row(5, 3, "Tân Trào", "Nhóm 3", "Thành phố Hải Phòng"),
                row(6, 4, "Đông Sơn", "Đặc thù", null),
                row(7, 5, null, 2, "Thành phố Hải Phòng"));
    }

    @Test
    void readsEachCommunesGroupAndParent() {
        Scan scan = Scan.of("phan-nhom.xlsx", register());

        assertThat(scan.sink.tables).singleElement().satisfies(t -> {
            assertThat(t.dataset()).isEqualTo(CommuneRegisterReader.DATASET);
            assertThat(t.columns().describe()).isEqualTo("name=B;group=C;parent=D;note=E");
            assertThat(t.unit().describe()).isEqualTo("thành phố Hải Phòng");
        });
        assertThat(scan.sink.used(CommuneRegistration.class))
                .extracting(
                        CommuneRegistration::commune,
                        CommuneRegistration::groupKey,
                        CommuneRegistration::parent,
                        CommuneRegistration::cell,
                        CommuneRegistration::row)
                .containsExactly(
                        tuple("Bình Giang", "group-1", "Thành phố Hải Phòng", "B3", 3),
                        tuple("Kiến Thụy", "group-2", "Thành phố Hải Phòng", "B4", 4),
                        tuple("Tân Trào", "group-3", "Thành phố Hải Phòng", "B5", 5),
                        tuple("Đông Sơn", null, null, "B6", 6));
        assertThat(scan.sink.rejectedVi).containsExactly("7: Thiếu tên xã ở ô B7");
        assertThat(scan.sink.findings)
                .extracting(f -> f.code(), f -> f.source().cell())
                .containsExactly(tuple(vn.ruralstat.finding.FindingCode.ROW_REJECTED, "B7"));
        assertThat(scan.counts.balances()).isTrue();
    }

    @Test
    void readsARegionWhenTheRegisterHasNoGroup() {
        Scan scan = Scan.of(
                "vung.xlsx",
                List.of(
                        row(1, "TT", "Đơn vị hành chính", "Vùng", "Huyện"),
                        row(2, 1, "Xã Phúc Sen", "Trung du và miền núi phía Bắc", "Quảng Hòa"),
                        row(3, 2, "Xã Tân Phú", "Vùng ĐBSCL", "Châu Thành")));

        assertThat(scan.sink.used(CommuneRegistration.class))
                .extracting(CommuneRegistration::commune, CommuneRegistration::groupKey, CommuneRegistration::parent)
                .containsExactly(
                        tuple("Xã Phúc Sen", "tdmnpb", "Quảng Hòa"), tuple("Xã Tân Phú", "dbscl", "Châu Thành"));
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "none",
            value = {
                "1, group-1",
                "2, group-2",
                "3, group-3",
                "Nhóm 1, group-1",
                "nhóm xã 2, group-2",
                "NHÓM III, group-3",
                "II, group-2",
                "I, group-1",
                "4, none",
                "Nhóm đặc thù, none",
                "'', none"
            })
    void readsGroupsWrittenAsNumbersOrRomanNumerals(String written, String key) {
        assertThat(CommuneRegisterReader.groupKey(written).orElse(null)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "none",
            value = {
                "Trung du và miền núi phía Bắc, tdmnpb",
                "Đồng bằng sông Hồng, dbsh",
                "ĐBSH, dbsh",
                "Bắc Trung Bộ, btb",
                "Duyên hải Nam Trung Bộ, dhntb",
                "Tây Nguyên, tn",
                "Vùng Đông Nam Bộ, dnb",
                "Đồng bằng sông Cửu Long, dbscl",
                "Miền Trung, none",
                "'', none"
            })
    void readsRegionsByNameOrInitials(String written, String key) {
        assertThat(CommuneRegisterReader.regionKey(written).orElse(null)).isEqualTo(key);
    }

    @Test
    void doesNotClaimTheCommuneTargetListNorTheCriteriaMatrix() {
        CommuneRegisterReader reader = new CommuneRegisterReader();
        HeaderBand targets = HeaderBand.compose(
                List.of(row(
                        1,
                        "TT",
                        "Xã",
                        "Năm phấn đầu đạt chuẩn NTM",
                        "Năm phấn đầu đạt chuẩn nông thôn mới nâng cao",
                        "Năm phấn đầu đạt chuẩn NTM kiểu mẫu",
                        "Ghi chú")),
                null);
        HeaderBand targetsWithGroup = HeaderBand.compose(
                List.of(row(1, "TT", "Xã", "Nhóm", "Năm phấn đấu đạt chuẩn NTM", "Năm đạt chuẩn NTM nâng cao")), null);
        HeaderBand criteria =
                HeaderBand.compose(List.of(row(1, "TT", "Xã", "KQ Đạt số tiêu chí", "Quy hoạch", "Giao thông")), null);
        HeaderBand groupNamedAfterTheSet =
                HeaderBand.compose(List.of(row(1, "TT", "Tên xã", "Nhóm xã (theo Bộ tiêu chí NTM 2026-2030)")), null);

        assertThat(reader.recognize(targets)).isEmpty();
        assertThat(reader.recognize(targetsWithGroup)).isEmpty();
        assertThat(reader.recognize(criteria)).isEmpty();
        assertThat(reader.recognize(groupNamedAfterTheSet)).isPresent();
    }
}
