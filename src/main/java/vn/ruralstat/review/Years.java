package vn.ruralstat.review;

import java.time.LocalDate;

/** Years of data periods: "2025" is one year, "2022-2025" a span; figures of a year stand at its end. */
final class Years {

    private Years() {}

    /** {from, to} of "2025" or "2022-2025" (spaces and dashes of any kind allowed); null otherwise. */
    static int[] span(String period) {
        if (period == null) return null;
        String[] parts = period.strip().split("\\s*[-–—]\\s*");
        try {
            int from = Integer.parseInt(parts[0]);
            int to = parts.length > 1 ? Integer.parseInt(parts[1]) : from;
            return parts.length <= 2 && from >= 1900 && to >= from && to < 2200 ? new int[] {from, to} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The year of a one-year period, else null. */
    static Integer single(String period) {
        int[] span = span(period);
        return span != null && span[0] == span[1] ? span[0] : null;
    }

    /** The date a year's figures stand at: its last day (reviews are "cuối năm"). */
    static LocalDate end(int year) {
        return LocalDate.of(year, 12, 31);
    }
}
