package vn.ruralstat.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ruralstat.sheet.FormFurniture.Kind;

class FormFurnitureTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM                       | STATE_TITLE
            Độc lập - Tự do - Hạnh phúc                              | STATE_TITLE
            Độc lập – Tự do – Hạnh phúc                              | STATE_TITLE
            UBND TỈNH THÁI NGUYÊN                                    | ISSUING_BODY
            ỦY BAN NHÂN DÂN XÃ NGÂN SƠN                              | ISSUING_BODY
            SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG                             | ISSUING_BODY
            Biểu số 01/BC-GN                                         | FORM_NUMBER
            Mẫu số 02                                                | FORM_NUMBER
            Biểu số: 0601.N/BNV-TĐKT                                 | FORM_NUMBER
            Biểu số 01 Phụ lục III                                   | FORM_NUMBER
            001.N/BCC-TKQG                                           | FORM_NUMBER
            Ban hành theo Thông tư số 2/2023/TT-BNV ngày 23/3/2023   | FORM_NUMBER
            Ngày nhận báo cáo: Ngày 15 tháng 12 năm báo cáo          | FORM_NUMBER
            Số: 12/BC-UBND                                           | DOCUMENT_NUMBER
            Số:    /BC-UBND                                          | DOCUMENT_NUMBER
            'Ngân Sơn, ngày 05 tháng 01 năm 2026'                    | DATE_LINE
            Ngày … tháng … năm 2025                                  | DATE_LINE
            'Thái Nguyên, ngày    tháng    năm 2025'                 | DATE_LINE
            Kỳ báo cáo: Năm 2025                                     | REPORTING_PERIOD
            Đơn vị tính: hộ                                          | MEASURE
            (Đơn vị tính: %)                                         | MEASURE
            Đơn vị báo cáo: UBND xã Bằng Vân                         | REPORTING_UNIT
            Đơn vị nhận báo cáo: UBND tỉnh Thái Nguyên               | RECEIVING_UNIT
            (Kèm theo Báo cáo số 12/BC-UBND ngày 05/01/2026 của UBND xã Ngân Sơn) | ENCLOSURE
            'Ghi chú: Thôn Nà Phặc sáp nhập từ tháng 3'              | NOTE
            NGƯỜI LẬP BIỂU                                           | SIGNATURE
            Người lập biểu                                           | SIGNATURE
            '(Ký, họ tên)'                                           | SIGNATURE
            '(Ký, đóng dấu, họ tên)'                                 | SIGNATURE
            TM. ỦY BAN NHÂN DÂN                                      | SIGNATURE
            KT. CHỦ TỊCH                                             | SIGNATURE
            PHÓ CHỦ TỊCH                                             | SIGNATURE
            CHỦ TỊCH                                                 | SIGNATURE
            THỦ TRƯỞNG ĐƠN VỊ                                        | SIGNATURE
            Nơi nhận:                                                | RECIPIENTS
            - UBND tỉnh Thái Nguyên;                                 | RECIPIENT
            '- Lưu: VT, KT.'                                         | RECIPIENT
            """)
    void recognisesEachLineOfAnOfficialForm(String text, Kind expected) {
        assertThat(FormFurniture.of(text)).isEqualTo(expected);
    }

    /** Titles, header labels and data stay what they are: a label alone is not its form line. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "BÁO CÁO KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2025",
                "KẾ HOẠCH PHẤN ĐẤU GIẢM TỶ LỆ HỘ NGHÈO NĂM 2026",
                "BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2026-2030",
                "SỐ HỘ NGHÈO",
                "Đơn vị tính",
                "Ghi chú",
                "Kỳ báo cáo",
                "Tổng số hộ dân cuối năm 2025",
                "Tên thôn",
                "Nà Phặc",
                "Bế Văn Đàn",
                "Cộng",
                "BÁO CÁO ĐẾN NGÀY 30 THÁNG 9 NĂM 2025",
                "Biểu số 01: DANH SÁCH HỘ NGHÈO NĂM 2025 CỦA XÃ NGÂN SƠN",
                "Ngày tháng năm sinh",
                "UBND xã"
            })
    void leavesTitlesLabelsAndDataAlone(String text) {
        assertThat(FormFurniture.of(text)).isEqualTo(Kind.NONE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            Nguyễn Văn An       | true
            Trần Thị Bình       | true
            Hoàng Thị Mai Hương | true
            Nà Phặc             | false
            NGUYỄN VĂN AN       | false
            Thôn Bản Lạn        | false
            Nguyễn              | false
            """)
    void tellsASignersNameInMixedCase(String text, boolean expected) {
        assertThat(FormFurniture.personName(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2025 (theo chuẩn nghèo đa chiều giai đoạn 2022-2025) | 2025
            Theo Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026-2030                 | -
            Đánh giá theo Quyết định 51/2025/QĐ-TTg                                            | -
            Chuẩn nghèo theo Nghị định 07/2021/NĐ-CP                                           | -
            BIỂU KẾ HOẠCH THỰC HIỆN TIÊU CHÍ NÔNG THÔN MỚI GIAI ĐOẠN 2022-2025                 | 2022-2025
            GIAI ĐOẠN 2021-2025                                                                | 2021-2025
            """)
    void dropsTheNamesOfStandardsAndLegalDocumentsBeforeAPeriodIsRead(String title, String period) {
        assertThat(TitleContext.period(FormFurniture.withoutNamedDocuments(title))
                        .orElse("-"))
                .isEqualTo(period);
    }
}
