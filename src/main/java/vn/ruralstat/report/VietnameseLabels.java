package vn.ruralstat.report;

import java.util.List;
import java.util.Locale;
import vn.ruralstat.finding.Severity;
import vn.ruralstat.message.Message;
import vn.ruralstat.message.MessageCatalogue;
import vn.ruralstat.period.Period;
import vn.ruralstat.sheet.UnitNames;

/** The Vietnamese words the report puts around names and codes. */
final class VietnameseLabels {

    // Folded kind words a name may already start with ("Xã Ngân Sơn", "Thôn Tân Lập").
    private static final List<String> KIND_WORDS = List.of(
            "thon",
            "xom",
            "ban",
            "ap",
            "khu",
            "to dan pho",
            "lang",
            "xa",
            "phuong",
            "thi tran",
            "huyen",
            "quan",
            "thi xa",
            "thanh pho",
            "tinh");

    private VietnameseLabels() {}

    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "Lỗi";
            case WARNING -> "Cảnh báo";
            case INFO -> "Thông tin";
        };
    }

    /** The status of a source file (see SourceFileSummary) as an officer reads it, from the catalogue. */
    static String sourceStatus(String status) {
        if (status == null) return "";
        String key =
                switch (status) {
                    case "READ" -> "source.status.READ";
                    case "FAILED" -> "source.status.FAILED";
                    case "NO_TABLE" -> "source.status.NO_TABLE";
                    case "SUPERSEDED" -> "source.status.SUPERSEDED";
                    case "SKIPPED" -> "source.status.SKIPPED";
                    case "ARCHIVE" -> "source.status.ARCHIVE";
                    // A status added later must not reach an officer as a code.
                    default -> "source.status.other";
                };
        return Message.of(key).vi();
    }

    /**
     * The name preceded by its kind ("xã" + "Ngân Sơn" gives "xã Ngân Sơn"), unless the source
     * already wrote the kind ("Xã Ngân Sơn" stays as it is).
     */
    static String withKind(String kind, String name) {
        String shown = UnitNames.clean(name);
        String folded = UnitNames.fold(shown);
        boolean hasKind = KIND_WORDS.stream().anyMatch(word -> folded.startsWith(word + " "));
        if (hasKind || kind == null || kind.isBlank()) return shown;
        return kind + " " + shown;
    }

    /** As {@link #withKind}, with a capital first letter, for the start of a line. */
    static String withKindCapitalised(String kind, String name) {
        return capitalise(withKind(kind, name));
    }

    /** "2025" reads "năm 2025"; other periods ("6 tháng đầu năm 2025") as written; null as "". */
    static String period(String period) {
        if (period == null || period.isBlank()) return "";
        Period shown = Period.parse(UnitNames.clean(period));
        return shown == null ? "" : shown.shown();
    }

    /** The text followed by ", năm 2025" when a period is known. */
    static String withPeriod(String text, String period) {
        String shown = period(period);
        return shown.isEmpty() ? text : text + ", " + shown;
    }

    /**
     * What a commune's targets were chosen by, as officers say it: "nhóm 2" for a commune group of
     * 2026-2030, the region's name for 2021-2025 ("vùng Trung du và miền núi phía Bắc"), never the
     * key of the rulebook files ("group-2", "tdmnpb").
     */
    static String targetKey(String key) {
        if (key == null) return Message.of("rulebook.key.unknown").vi();
        if (key.startsWith("group-")) return "nhóm " + key.substring("group-".length());
        // The keys are the rulebook files' (rulebooks.csv); their names are the catalogue's.
        String name = "rulebook.key." + key;
        return MessageCatalogue.VIETNAMESE.texts().containsKey(name)
                ? Message.of(name).vi()
                : Message.of("rulebook.key.unknown").vi();
    }

    /**
     * The label of a section's total: "Tổng cộng" when the sheet holds one period, else "Tổng cộng
     * kỳ 2023" ("Tổng cộng (chưa rõ kỳ)" when nobody named it), so that no total reads as if it
     * covered every period of the sheet.
     */
    static String totalOfPeriod(String period, boolean severalPeriods) {
        if (!severalPeriods) return "Tổng cộng";
        return period == null || period.isBlank() ? "Tổng cộng (chưa rõ kỳ)" : "Tổng cộng kỳ " + period;
    }

    /** Whether the sections of a sheet, of which these are the periods, cover more than one period. */
    static boolean severalPeriods(java.util.Collection<String> periods) {
        return periods.stream().map(p -> p == null ? "" : p).distinct().count() > 1;
    }

    static String capitalise(String text) {
        if (text == null || text.isEmpty()) return "";
        return text.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi")) + text.substring(1);
    }
}
