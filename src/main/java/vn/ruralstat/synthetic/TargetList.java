package vn.ruralstat.synthetic;

import java.util.List;

/**
 * The list of communes with the year each aims to reach the NTM, advanced NTM and model NTM
 * standards, shaped like seed 004's "Danh sách các xã phấn đấu đạt chuẩn nông thôn mới giai
 * đoạn 2021-2025" (headers keep the seed's spelling "phấn đầu").
 *
 * @param titleLines the title lines above the table (title, period, "(Kèm theo …)")
 */
public record TargetList(List<String> titleLines, List<Target> rows) {

    public static final List<String> HEADERS = List.of(
            "TT",
            "Xã",
            "Năm phấn đầu đạt chuẩn NTM",
            "Năm phấn đầu đạt chuẩn nông thôn mới nâng cao",
            "Năm phấn đầu đạt chuẩn NTM kiểu mẫu",
            "Ghi chú");
    /** Written instead of a year for a commune that already met the standard. */
    public static final String MAINTAIN = "Duy trì xã NTM";

    public TargetList {
        titleLines = List.copyOf(titleLines);
        rows = List.copyOf(rows);
    }

    /**
     * One commune's targets.
     *
     * @param ntm a year ("2025") or a text such as {@link #MAINTAIN}
     */
    public record Target(String commune, String ntm, Integer advancedYear, Integer modelYear, String note) {}
}
