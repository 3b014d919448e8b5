package vn.ruralstat.sheet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds a unit name that is almost, but not exactly, another. Names that differ only in case,
 * diacritics, kind prefix or spacing ("Thôn Tân Lập", "TAN LAP") share a key and are the same
 * unit; names whose keys differ by one or two letters ("Phúc Sen" and "Phúc Sơn", "Cốc Moông" and
 * "Cốc Mông") may be one unit misspelled, and an officer must judge: we report them, never merge
 * them. Numbered units ("Hợp Tiến I" and "Hợp Tiến II", "Xóm 1" and "Xóm 2") are different units.
 *
 * <p>The names are indexed, not compared all with all: two keys at most one edit apart share a
 * form with at most one letter deleted from each (an insertion deletes on one side, a substitution
 * on both), and two keys two edits apart share one with at most two letters deleted from each. So
 * a name is looked up by its deletions and only the names found there are measured. Two edits are
 * allowed only between long keys, so only those are indexed by their two-letter deletions.
 */
public final class NearNames {

    /** At most this many letters may differ between the keys of two near names. */
    private static final int MAX_EDITS = 2;

    /** Keys at least this long may differ by two letters; shorter ones by one. */
    private static final int LONG_KEY = 16;

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(MAX_EDITS);

    private static final Pattern NUMBER = Pattern.compile("\\d+|[ivxlc]+|[a-z]");

    /** The first name met with each key, and the position it was met at (earlier wins a tie). */
    private record Entry(String name, String key, int position) {}

    private final Map<String, Entry> byKey = new HashMap<>();
    private final Map<String, List<Entry>> byOneDeletion = new HashMap<>();
    private final Map<String, List<Entry>> byTwoDeletions = new HashMap<>();
    private int added;

    /** An empty index; {@link #add} the names to search among. */
    public NearNames() {}

    /** An index of {@code names}, in their order. */
    public static NearNames of(Collection<String> names) {
        NearNames index = new NearNames();
        names.forEach(index::add);
        return index;
    }

    /** Adds a name to search among; a later name with an earlier name's key adds nothing new. */
    public void add(String name) {
        int position = added++;
        String key = UnitNames.key(name);
        if (byKey.containsKey(key)) return;
        Entry entry = new Entry(name, key, position);
        byKey.put(key, entry);
        for (String d : deletions(key, 1))
            byOneDeletion.computeIfAbsent(d, k -> new ArrayList<>(1)).add(entry);
        if (key.length() >= LONG_KEY) {
            for (String d : deletions(key, 2))
                byTwoDeletions.computeIfAbsent(d, k -> new ArrayList<>(1)).add(entry);
        }
    }

    /**
     * The closest name added whose key differs from {@code name}'s by 1-2 edits, the earliest added
     * among equally close ones; none when a name with the same key was added (it is the same unit).
     */
    public Optional<String> closest(String name) {
        String key = UnitNames.key(name);
        if (key.length() < 4 || byKey.containsKey(key)) return Optional.empty();
        Entry best = null;
        int bestDistance = Integer.MAX_VALUE;
        List<List<Entry>> found = new ArrayList<>();
        for (String d : deletions(key, 1)) found.add(byOneDeletion.get(d));
        if (key.length() >= LONG_KEY) {
            for (String d : deletions(key, 2)) found.add(byTwoDeletions.get(d));
        }
        for (List<Entry> entries : found) {
            if (entries == null) continue;
            for (Entry e : entries) {
                int d = distance(key, e.key());
                if (d < 0) continue;
                if (d < bestDistance || d == bestDistance && e.position() < best.position()) {
                    best = e;
                    bestDistance = d;
                }
            }
        }
        return Optional.ofNullable(best).map(Entry::name);
    }

    /** The closest name among {@code candidates} whose key differs from {@code name}'s by 1-2 edits. */
    public static Optional<String> closest(String name, Collection<String> candidates) {
        return of(candidates).closest(name);
    }

    /**
     * The edits between two different keys when they count as near names, else -1: short names differ
     * by one letter at most; two are allowed only in long names, where "Quang Trung" and "Quảng Hưng"
     * would otherwise pass for one misspelled commune.
     */
    static int distance(String key, String other) {
        if (numberedSiblings(key, other)) return -1;
        int d = DISTANCE.apply(key, other);
        int allowed = Math.min(key.length(), other.length()) >= LONG_KEY ? MAX_EDITS : 1;
        return d > 0 && d <= allowed ? d : -1;
    }

    /** "Xóm 1" and "Xóm 2", "Hợp Tiến I" and "Hợp Tiến II": numbered units, one edit apart yet different. */
    static boolean numberedSiblings(String a, String b) {
        String lastA = a.substring(a.lastIndexOf(' ') + 1);
        String lastB = b.substring(b.lastIndexOf(' ') + 1);
        return !lastA.equals(lastB)
                && NUMBER.matcher(lastA).matches()
                && NUMBER.matcher(lastB).matches();
    }

    /** The key and every form of it with at most {@code most} of its characters deleted. */
    private static Set<String> deletions(String key, int most) {
        Set<String> out = new HashSet<>();
        out.add(key);
        Set<String> last = Set.of(key);
        for (int round = 0; round < most; round++) {
            Set<String> next = new HashSet<>();
            for (String s : last) {
                for (int i = 0; i < s.length(); i++) next.add(s.substring(0, i) + s.substring(i + 1));
            }
            out.addAll(next);
            last = next;
        }
        return out;
    }
}
