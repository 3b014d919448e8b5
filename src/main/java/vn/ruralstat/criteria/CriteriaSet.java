package vn.ruralstat.criteria;

import java.util.List;

/**
 * A national set of commune NTM criteria, with the criteria in their published order.
 * Names are those of the criteria table in the seed plans (Decision 318/QĐ-TTg for 2021-2025).
 */
public enum CriteriaSet {
    NTM_2021_2025("NTM-2021-2025", "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025 (QĐ 318/QĐ-TTg)",
            List.of("Quy hoạch", "Giao thông", "Thủy lợi và phòng, chống thiên tai", "Điện", "Trường học",
                    "Cơ sở vật chất văn hóa", "Cơ sở hạ tầng thương mại nông thôn", "Thông tin và truyền thông",
                    "Nhà ở dân cư", "Thu nhập", "Nghèo đa chiều", "Lao động",
                    "Tổ chức sản xuất và phát triển kinh tế nông thôn", "Giáo dục và đào tạo", "Y tế", "Văn hóa",
                    "Môi trường và an toàn thực phẩm", "Hệ thống chính trị và tiếp cận pháp luật",
                    "Quốc phòng và an ninh"));

    private final String id;
    private final String title;
    private final List<String> criteria;

    CriteriaSet(String id, String title, List<String> criteria) {
        this.id = id;
        this.title = title;
        this.criteria = criteria;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** Criterion names; criterion n is at index n - 1. */
    public List<String> criteria() {
        return criteria;
    }

    public int size() {
        return criteria.size();
    }
}
