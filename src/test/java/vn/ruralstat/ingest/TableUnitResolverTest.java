package vn.ruralstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ruralstat.ingest.Rows.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ruralstat.dataset.ColumnMap;
import vn.ruralstat.dataset.TableInfo;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.poverty.PovertyTableReader;
import vn.ruralstat.sheet.FormLines;
import vn.ruralstat.sheet.HeaderBand;
import vn.ruralstat.sheet.UnitMention;

class TableUnitResolverTest {

    private final PovertyTableReader villages = new PovertyTableReader();
    /** A village poverty header naming no year, on row 12. */
    private final HeaderBand header =
            HeaderBand.compose(List.of(row(12, "STT", "Tên thôn", "Tổng số hộ", "Hộ nghèo", "Hộ cận nghèo")), null);

    private final ColumnMap columns = villages.recognize(header).orElseThrow();

    private TableUnitResolver.Resolution resolve(String file, String... lines) {
        FormLines form = new FormLines();
        for (String line : lines) form.add(line);
        return new TableUnitResolver().resolve("Biểu 01", villages, columns, header, form, SourceRef.file(file));
    }

    private static String describe(UnitMention unit) {
        return unit == null ? null : unit.describe();
    }

    @Test
    void takesTheLowestIssuingBodyAsTheUnitAndTheOneAboveAsItsParentNeverTheMotto() {
        TableUnitResolver.Resolution r = resolve(
                "bao-cao.xlsx",
                "UBND TỈNH THÁI NGUYÊN",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "UBND XÃ NGÂN SƠN",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 12/BC-UBND",
                "Ngân Sơn, ngày 05 tháng 01 năm 2026",
                "BÁO CÁO KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2025");

        TableInfo info = r.info();
        assertThat(describe(info.unit())).isEqualTo("xã Ngân Sơn");
        assertThat(describe(info.parent())).isEqualTo("tỉnh Thái Nguyên");
        // The title's year, not the date line's 2026.
        assertThat(info.period()).isEqualTo("2025");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void takesTheUnitFromDonViBaoCaoItsParentFromTheReceivingUnitAndThePeriodFromKyBaoCao() {
        TableUnitResolver.Resolution r = resolve(
                "bieu-01.xlsx",
                "Biểu số 01/BC-GN",
                "Đơn vị báo cáo: UBND xã Bằng Vân",
                "Đơn vị nhận báo cáo: UBND tỉnh Thái Nguyên",
                "DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO THEO THÔN",
                "Kỳ báo cáo: Năm 2025",
                "Đơn vị tính: hộ");

        assertThat(describe(r.info().unit())).isEqualTo("xã Bằng Vân");
        assertThat(describe(r.info().parent())).isEqualTo("tỉnh Thái Nguyên");
        assertThat(r.info().period()).isEqualTo("2025");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void readsThePeriodFromTheTitleNotFromTheStandardTheSubtitleNames() {
        TableUnitResolver.Resolution r = resolve(
                "bao-cao.xlsx",
                "UBND XÃ NGÂN SƠN",
                "KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2025",
                "(Theo chuẩn nghèo đa chiều giai đoạn 2022-2025 tại Nghị định 07/2021/NĐ-CP)");

        assertThat(r.info().period()).isEqualTo("2025");
    }

    @Test
    void neverReadsThePeriodFromTheEnclosedDocumentsDateButFromKyBaoCao() {
        TableUnitResolver.Resolution r = resolve(
                "bao-cao.xlsx",
                "DANH SÁCH HỘ NGHÈO THEO THÔN",
                "(Kèm theo Kế hoạch số 30/KH-UBND ngày 10/10/2024 của UBND xã Ngân Sơn)",
                "Kỳ báo cáo: Năm 2025");

        assertThat(r.info().period()).isEqualTo("2025");
        assertThat(describe(r.info().unit())).isEqualTo("xã Ngân Sơn");
    }

    @Test
    void takesTheDateLinesYearLastOfAll() {
        TableUnitResolver.Resolution r = resolve(
                "bao-cao.xlsx", "UBND XÃ NGÂN SƠN", "Ngân Sơn, ngày 05 tháng 01 năm 2026", "DANH SÁCH HỘ NGHÈO");

        assertThat(r.info().period()).isEqualTo("2026");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void neverTakesTheUnitFromASignerOrTheAddresseesAndSaysWhenTheFileNameWasUsed() {
        TableUnitResolver.Resolution r = resolve(
                "xa-ngan-son/bieu-2025.xlsx",
                "DANH SÁCH HỘ NGHÈO THEO THÔN",
                "Nơi nhận:",
                "- UBND huyện Bạch Thông;",
                "- Lưu: VT.",
                "TM. ỦY BAN NHÂN DÂN XÃ CỐC ĐÁN",
                "CHỦ TỊCH",
                "Nguyễn Văn An");

        assertThat(describe(r.info().unit())).isEqualTo("xã Ngan Son");
        assertThat(r.info().parent()).isNull();
        assertThat(r.info().period()).isEqualTo("2025");
        assertThat(r.findings())
                .extracting(Finding::code, Finding::arguments)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                FindingCode.UNIT_FROM_FILE_NAME,
                                List.of("Biểu 01", "xa-ngan-son/bieu-2025.xlsx", "xã Ngan Son")),
                        org.assertj.core.groups.Tuple.tuple(
                                FindingCode.PERIOD_FROM_FILE_NAME,
                                List.of("Biểu 01", "xa-ngan-son/bieu-2025.xlsx", "2025")));
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.source().cell()).isEqualTo("A12"));
    }

    @Test
    void saysWhenOnlyTheParentWasTakenFromTheFolderName() {
        TableUnitResolver.Resolution r =
                resolve("huyen-bach-thong/bieu.xlsx", "DANH SÁCH HỘ NGHÈO XÃ CẨM GIÀNG NĂM 2025");

        assertThat(describe(r.info().unit())).isEqualTo("xã Cẩm Giàng");
        assertThat(describe(r.info().parent())).isEqualTo("huyện Bach Thong");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.UNIT_FROM_FILE_NAME);
            assertThat(f.key()).isEqualTo("UNIT_FROM_FILE_NAME.parent");
            assertThat(f.arguments()).containsExactly("Biểu 01", "huyen-bach-thong/bieu.xlsx", "huyện Bach Thong");
        });
    }
}
