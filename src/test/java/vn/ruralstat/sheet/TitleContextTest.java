package vn.ruralstat.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleContextTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "(Kèm theo Kế hoạch số /KH-UBND ngày /10/2022 của UBND huyện Quảng Hòa)|huyện Quảng Hòa",
                "ỦY BAN NHÂN DÂN XÃ NGÂN SƠN|xã Ngân Sơn",
                "Kế hoạch thực hiện trên địa bàn xã Hồng Phong năm 2026|xã Hồng Phong",
                "DANH SÁCH CÁC XÃ PHẤN ĐẦU ĐẠT CHUẨN NÔNG THÔN MỚI; của Ủy ban nhân dân huyện Quảng Hòa)|huyện Quảng Hòa",
                "UBND thị trấn Hòa Thuận|thị trấn Hòa Thuận",
                "BIỂU TIÊU CHÍ XÃ BẾ VĂN ĐÀN|xã Bế Văn Đàn",
                "Kế hoạch của UBND xã Chí Thảo năm 2025|xã Chí Thảo",
                "XÃ TỰ DO NĂM 2025|xã Tự Do",
                "ỦY BAN NHÂN DÂN XÃ NAM SƠN 2026|xã Nam Sơn",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM; UBND XÃ HỒNG PHONG|xã Hồng Phong",
                "BIEU TONG HOP HO NGHEO XA PHUC SEN NAM 2024|xã Phuc Sen",
                // names whose words are also words of titles: a title word ends a name only where it
                // is one (NÔNG THÔN, ĐỊA BÀN, KỲ 2024, QUÝ IV, NĂM 2025), and never in mixed case
                "KẾT QUẢ RÀ SOÁT XÃ TÂN KỲ NĂM 2024|xã Tân Kỳ",
                "UBND XÃ VINH QUÝ|xã Vinh Quý",
                "BÁO CÁO QUÝ IV XÃ ĐỊA LINH|xã Địa Linh",
                "UBND XÃ NÔNG THƯỢNG|xã Nông Thượng",
                "KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI XÃ NÔNG HẠ NĂM 2025|xã Nông Hạ",
                "UBND XÃ TÂN HỢP|xã Tân Hợp",
                "Ủy ban nhân dân xã Tân Hợp|xã Tân Hợp",
                "UBND THỊ TRẤN NĂM CĂN NĂM 2025|thị trấn Năm Căn",
                "Thị trấn Năm Căn|thị trấn Năm Căn",
                "UBND XÃ BÀN ĐẠT|xã Bàn Đạt",
                "Xã Bàn Đạt phấn đấu đạt chuẩn|xã Bàn Đạt",
                "XÃ TÂN KỲ ĐẠT CHUẨN NÔNG THÔN MỚI|xã Tân Kỳ",
            })
    void findsTheUnitNamedInATitle(String title, String expected) {
        assertThat(TitleContext.units(title)).extracting(UnitMention::describe).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "BIỂU KẾ HOẠCH DỰ KIẾN THỰC HIỆN TIÊU CHÍ NÔNG THÔN MỚI GIAI ĐOẠN 2022-2025|2022-2025",
                "giai đoạn 2021 – 2025|2021-2025",
                "KẾ HOẠCH PHẤN ĐẤU GIẢM TỶ LỆ HỘ NGHÈO NĂM 2026|2026",
                "Tổng số hộ dân cuối năm 2025|2025",
                "(Kèm theo Kế hoạch số 12/KH-UBND ngày 3/5/2026)|2026",
            })
    void findsThePeriodNamedInATitle(String title, String expected) {
        assertThat(TitleContext.period(title)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "quang-hoa/xa-ngan-son-2025.xlsx|xã Ngan Son",
                "huyen_quang_hoa/bieu.xlsx|huyện Quang Hoa",
                "Xã Phúc Sen/biểu hộ nghèo.xlsx|xã Phúc Sen",
            })
    void fallsBackOnFolderAndFileNames(String path, String expected) {
        assertThat(TitleContext.unitsInPath(path))
                .extracting(UnitMention::describe)
                .contains(expected);
    }
}
