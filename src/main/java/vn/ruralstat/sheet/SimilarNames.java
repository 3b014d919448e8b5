package vn.ruralstat.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The names of one list (the villages of a commune's table) met so far, to find a new name that
 * looks like an earlier one without being it: the same once tone marks are taken away ("Nà Hin",
 * "Nà Hìn"), or one letter apart ("Nà Hin", "Nà Hinh"). Such names are two units and both are
 * counted; an officer is told, in case one is a typing slip. Numbered units ("Xóm 1", "Xóm 2") are
 * never alike.
 *
 * <p>Linear in the names: a name is looked up by its folded form and by each of its one-letter
 * deletions (two names one edit apart share one), not compared with every earlier name. The
 * deletions of the first {@value #MAX_INDEXED} names only are kept: real lists are far shorter,
 * and a generated table of 300,000 rows must not hold millions of keys.
 *
 * @param <T> what the caller keeps of each name (its row, its cell)
 */
public final class SimilarNames<T> {

    static final int MAX_INDEXED = 5_000;
    private static final int MAX_INDEXED_LENGTH = 60;
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

    /** A name met earlier, with what the caller keeps of it. */
    public record Earlier<T>(String name, T value) {}

    private record Entry<T>(String key, Earlier<T> earlier) {}

    private final Map<String, Earlier<T>> byFolded = new HashMap<>();
    private final Map<String, List<Entry<T>>> byDeletion = new HashMap<>();
    private int indexed;

    /**
     * Remembers {@code name} and returns an earlier name like it, if any. Names whose {@link
     * UnitNames#writtenKey} is the same are one unit, not alike: the caller finds those first.
     */
    public Optional<Earlier<T>> add(String name, T value) {
        String key = UnitNames.writtenKey(name);
        Earlier<T> self = new Earlier<>(UnitNames.clean(name), value);
        Earlier<T> found = null;
        String folded = UnitNames.fold(key);
        Earlier<T> sameLetters = byFolded.putIfAbsent(folded, self);
        if (sameLetters != null && !UnitNames.writtenKey(sameLetters.name()).equals(key)) found = sameLetters;
        if (key.length() > MAX_INDEXED_LENGTH) return Optional.ofNullable(found);
        List<String> deletions = deletions(key);
        if (found == null) found = oneEditFrom(key, deletions);
        if (indexed < MAX_INDEXED) {
            indexed++;
            Entry<T> entry = new Entry<>(key, self);
            for (String d : deletions)
                byDeletion.computeIfAbsent(d, k -> new ArrayList<>(1)).add(entry);
        }
        return Optional.ofNullable(found);
    }

    private Earlier<T> oneEditFrom(String key, List<String> deletions) {
        for (String d : deletions) {
            for (Entry<T> e : byDeletion.getOrDefault(d, List.of())) {
                if (e.key().equals(key) || NearNames.numberedSiblings(e.key(), key)) continue;
                if (ONE_EDIT.apply(e.key(), key) == 1) return e.earlier();
            }
        }
        return null;
    }

    /** The key itself and the key without each one of its characters. */
    private static List<String> deletions(String key) {
        List<String> out = new ArrayList<>(key.length() + 1);
        out.add(key);
        for (int i = 0; i < key.length(); i++) out.add(key.substring(0, i) + key.substring(i + 1));
        return out;
    }
}
