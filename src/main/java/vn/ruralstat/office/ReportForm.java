package vn.ruralstat.office;

/**
 * The printable reports ruralstat writes, each with its default form number and title (the titles
 * the workbook's sheets have always carried). An office sets its own numbers in
 * {@code ruralstat.office.form-numbers.<name in lower case, "-" for "_">}, e.g. {@code village-poverty}.
 */
public enum ReportForm {
    SUMMARY("Biểu số 01", "BÁO CÁO TỔNG HỢP SỐ LIỆU HỘ NGHÈO VÀ TIÊU CHÍ NÔNG THÔN MỚI"),
    VILLAGE_POVERTY("Biểu số 02", "TỔNG HỢP HỘ NGHÈO, HỘ CẬN NGHÈO THEO THÔN"),
    COMMUNE_POVERTY("Biểu số 03", "TỔNG HỢP HỘ NGHÈO, HỘ CẬN NGHÈO THEO XÃ"),
    CRITERIA("Biểu số 04", "TỔNG HỢP KẾT QUẢ THỰC HIỆN TIÊU CHÍ NÔNG THÔN MỚI THEO XÃ"),
    CRITERIA_GROUPS("Biểu số 05", "TỔNG HỢP KẾT QUẢ THỰC HIỆN TIÊU CHÍ NÔNG THÔN MỚI THEO NHÓM XÃ"),
    PLANNED_BY_YEAR("Biểu số 06", "SỐ TIÊU CHÍ NÔNG THÔN MỚI DỰ KIẾN ĐẠT THEO NĂM"),
    GAP_TO_TARGET("Biểu số 07", "KHOẢNG CÁCH TỚI CHUẨN NÔNG THÔN MỚI THEO CHỈ TIÊU"),
    REVIEW("Biểu số 08", "ĐÁNH GIÁ KẾT QUẢ GIẢM NGHÈO VÀ XÂY DỰNG NÔNG THÔN MỚI");

    private final String defaultNumber;
    private final String defaultTitle;

    ReportForm(String defaultNumber, String defaultTitle) {
        this.defaultNumber = defaultNumber;
        this.defaultTitle = defaultTitle;
    }

    public String defaultNumber() {
        return defaultNumber;
    }

    public String defaultTitle() {
        return defaultTitle;
    }
}
