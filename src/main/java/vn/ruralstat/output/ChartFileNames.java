package vn.ruralstat.output;

import java.util.HashSet;
import java.util.Set;
import vn.ruralstat.sheet.UnitNames;

/**
 * ASCII file names for charts, unique within one report: the chart kind and the unit's matching
 * key ("Xã Ngân Sơn" gives "ngan-son"); the period, then a number, is added when a name repeats.
 */
public final class ChartFileNames {

    private final Set<String> used = new HashSet<>();

    public String next(String kind, String unit, String period) {
        String base = kind + "-" + orDefault(slug(UnitNames.key(unit)), "khong-ten");
        String name = base;
        if (used.contains(name) && !slug(period).isEmpty()) name = base + "-" + slug(period);
        for (int n = 2; used.contains(name); n++) name = base + "-" + n;
        used.add(name);
        return name + ".png";
    }

    /** Folded text (no diacritics, lower case) with every run of other characters made one "-". */
    public static String slug(String text) {
        if (text == null) return "";
        return UnitNames.fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String orDefault(String slug, String fallback) {
        return slug.isEmpty() ? fallback : slug;
    }
}
