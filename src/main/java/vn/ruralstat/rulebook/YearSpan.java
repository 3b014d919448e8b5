package vn.ruralstat.rulebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The years a period label covers: "2025" → 2025-2025, "giai đoạn 2021 - 2025" → 2021-2025. */
record YearSpan(int from, int to) {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    static Optional<YearSpan> parse(String period) {
        if (period == null) return Optional.empty();
        List<Integer> years = new ArrayList<>();
        Matcher m = YEAR.matcher(period);
        while (m.find()) years.add(Integer.parseInt(m.group(1)));
        if (years.size() == 1) return Optional.of(new YearSpan(years.get(0), years.get(0)));
        if (years.size() == 2 && years.get(0) <= years.get(1)) return Optional.of(new YearSpan(years.get(0), years.get(1)));
        return Optional.empty();
    }
}
