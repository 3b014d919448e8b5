package vn.ruralstat.office;

/**
 * The printable reports ruralstat writes, each with its default form number and title. An office
 * sets its own numbers in {@code ruralstat.office.form-numbers.<name in lower case>}.
 */
public enum ReportForm {
    SUMMARY("Biểu số 01", "BÁO CÁO TỔNG HỢP SỐ LIỆU HỘ NGHÈO VÀ TIÊU CHÍ NÔNG THÔN MỚI"),
    VILLAGE_POVERTY("Biểu số 02", "TỔNG HỢP HỘ NGHÈO, HỘ CẬN NGHÈO THEO THÔN"),
    COMMUNE_POVERTY("Biểu số 03", "TỔNG HỢP HỘ NGHÈO, HỘ CẬN NGHÈO THEO XÃ"),
    CRITERIA("Biểu số 04", "TỔNG HỢP KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI"),
    CRITERIA_GROUPS("Biểu số 05", "TỔNG HỢP TIÊU CHÍ NÔNG THÔN MỚI THEO NHÓM XÃ"),
    PLANNED_BY_YEAR("Biểu số 06", "KẾ HOẠCH ĐẠT TIÊU CHÍ NÔNG THÔN MỚI THEO NĂM"),
    GAP_TO_TARGET("Biểu số 07", "KHOẢNG CÁCH CÁC CHỈ TIÊU TỚI CHUẨN"),
    REVIEW("Biểu số 08", "BÁO CÁO ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỀU NĂM");

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
