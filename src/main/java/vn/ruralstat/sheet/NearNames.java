package vn.ruralstat.sheet;

import java.util.Collection;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds a unit name that is almost, but not exactly, another. Names that differ only in case,
 * diacritics, kind prefix or spacing ("Thôn Tân Lập", "TAN LAP") share a key and are the same
 * unit; names whose keys differ by one or two letters ("Phúc Sen" and "Phúc Sơn", "Cốc Moông" and
 * "Cốc Mông") may be one unit misspelled, and an officer must judge: we report them, never merge
 * them. Numbered units ("Hợp Tiến I" and "Hợp Tiến II", "Xóm 1" and "Xóm 2") are different units.
 */
public final class NearNames {

    /** At most this many letters may differ between the keys of two near names. */
    private static final int MAX_EDITS = 2;

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(MAX_EDITS);

    private NearNames() {}

    /** "Xóm 1" and "Xóm 2", "Hợp Tiến I" and "Hợp Tiến II": numbered units, one edit apart yet different. */
    static boolean numberedSiblings(String a, String b) {
        String lastA = a.substring(a.lastIndexOf(' ') + 1);
        String lastB = b.substring(b.lastIndexOf(' ') + 1);
        return !lastA.equals(lastB)
                && NUMBER.matcher(lastA).matches()
                && NUMBER.matcher(lastB).matches();
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+|[ivxlc]+|[a-z]");

    /** The closest name among {@code candidates} whose key differs from {@code name}'s by 1-2 edits. */
    public static Optional<String> closest(String name, Collection<String> candidates) {
        String key = UnitNames.key(name);
        if (key.length() < 4) return Optional.empty();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String other = UnitNames.key(candidate);
            if (other.equals(key)) return Optional.empty();
            if (numberedSiblings(key, other)) continue;
            int d = DISTANCE.apply(key, other);
            // Short names differ by one letter at most; two are allowed only in long names, where
            // "Quang Trung" and "Quảng Hưng" would otherwise pass for one misspelled commune.
            int allowed = Math.min(key.length(), other.length()) >= 16 ? MAX_EDITS : 1;
            if (d > 0 && d <= allowed && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
