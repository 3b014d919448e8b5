package vn.ruralstat.period;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as the data names it: a year ("2025"), a span ("2022-2025", "giai đoạn
 * 2021 - 2025") or other words ("6 tháng đầu năm 2025"), with the years it covers when they can
 * be read. The label is kept as written, so outputs show what the source said.
 *
 * @param label as written (cleaned of surrounding spaces)
 * @param first the first year covered, 0 when no year could be read
 * @param last  the last year covered, 0 when no year could be read
 */
public record Period(String label, int first, int last) {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern PLAIN_YEAR = Pattern.compile("\\d{4}");

    public Period {
        Objects.requireNonNull(label, "label");
    }

    /**
     * The period a label names: one year read → that year; two years in order → the span
     * between them; anything else → no years. Null or blank text gives null.
     */
    public static Period parse(String text) {
        if (text == null || text.isBlank()) return null;
        String label = text.strip();
        List<Integer> years = new ArrayList<>();
        Matcher m = YEAR.matcher(label);
        while (m.find()) years.add(Integer.parseInt(m.group(1)));
        if (years.size() == 1) return new Period(label, years.get(0), years.get(0));
        if (years.size() == 2 && years.get(0) <= years.get(1)) return new Period(label, years.get(0), years.get(1));
        return new Period(label, 0, 0);
    }

    /** One calendar year. */
    public static Period year(int year) {
        return new Period(Integer.toString(year), year, year);
    }

    /** Whether the years it covers could be read from the label. */
    public boolean hasYears() {
        return first > 0;
    }

    /** Exactly one year. */
    public boolean isYear() {
        return hasYears() && first == last;
    }

    /** Whether {@code year} lies within the period. */
    public boolean contains(int year) {
        return hasYears() && year >= first && year <= last;
    }

    /** Whether every year of {@code other} lies within this period ("2022-2025" contains "2023"). */
    public boolean contains(Period other) {
        return other != null && hasYears() && other.hasYears() && other.first >= first && other.last <= last;
    }

    /** Whether the period lies within the years {@code from} to {@code to}, both included (a rulebook's phase). */
    public boolean fallsIn(int from, int to) {
        return hasYears() && first >= from && last <= to;
    }

    /** Whether the two share at least one year. */
    public boolean overlaps(int from, int to) {
        return hasYears() && first <= to && last >= from;
    }

    /** As an officer reads it: "năm 2025" for a year written as one, otherwise the label as written. */
    public String shown() {
        return PLAIN_YEAR.matcher(label).matches() ? "năm " + label : label;
    }

    /** Same label, ignoring case and spaces around a dash: "2022 - 2025" and "2022-2025". */
    public boolean sameLabel(Period other) {
        return other != null && normalised(label).equals(normalised(other.label));
    }

    private static String normalised(String label) {
        return label.replaceAll("\\s*[-–—]\\s*", "-").toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label;
    }
}
