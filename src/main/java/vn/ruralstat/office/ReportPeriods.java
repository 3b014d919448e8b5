package vn.ruralstat.office;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.ruralstat.period.Period;

/**
 * The "Kỳ báo cáo" of a report from the periods its table covers: "Năm 2025", "Giai đoạn
 * 2022-2025", several joined in the order of their years ("Giai đoạn 2022-2025; năm 2023").
 */
public final class ReportPeriods {

    private ReportPeriods() {}

    /** The line's text, "" when the table names no period (the line is then left out). */
    public static String label(Collection<String> periods) {
        List<Period> distinct = new ArrayList<>();
        periods.stream()
                .map(Period::parse)
                .filter(Objects::nonNull)
                .filter(p -> distinct.stream().noneMatch(p::sameLabel)) // a handful of periods per table
                .forEach(distinct::add);
        List<String> shown = distinct.stream()
                .sorted(Comparator.comparingInt(Period::first).thenComparingInt(Period::last))
                .map(ReportPeriods::shown)
                .toList();
        if (shown.isEmpty()) return "";
        String joined = String.join("; ", shown);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    private static String shown(Period period) {
        if (period.isYear() && period.label().matches("\\d{4}")) return "năm " + period.first();
        if (period.hasYears() && period.label().matches("\\d{4}\\s*[-–—]\\s*\\d{4}")) {
            return "giai đoạn " + period.first() + "-" + period.last();
        }
        return period.label();
    }
}
