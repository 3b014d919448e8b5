package vn.ruralstat.sheet;

import java.text.Normalizer;
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
 * <p>Linear in the names: a name is looked up by its form without marks and by each of its
 * one-letter deletions (two names one edit apart share one), not compared with every earlier name.
 * Names one letter apart are sought among the first {@value #MAX_INDEXED} names only: real lists
 * are far shorter, and a generated table of 300,000 rows must neither hold millions of keys nor
 * spend its time on them. Names apart only by their marks are found in lists of any length.
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

    private final Map<String, Entry<T>> byBareKey = new HashMap<>();
    private final Map<String, List<Entry<T>>> byDeletion = new HashMap<>();
    private int indexed;

    /**
     * Remembers {@code name} and returns an earlier name like it, if any. Names whose {@link
     * UnitNames#writtenKey} is the same are one unit, not alike: the caller finds those first.
     */
    public Optional<Earlier<T>> add(String name, T value) {
        return add(name, UnitNames.writtenKey(name), value);
    }

    /** As {@link #add(String, Object)}, with the name's {@link UnitNames#writtenKey} at hand. */
    public Optional<Earlier<T>> add(String name, String writtenKey, T value) {
        Entry<T> entry = new Entry<>(writtenKey, new Earlier<>(name, value));
        Entry<T> sameLetters = byBareKey.putIfAbsent(withoutMarks(writtenKey), entry);
        if (sameLetters != null && !sameLetters.key().equals(writtenKey)) return Optional.of(sameLetters.earlier());
        if (indexed >= MAX_INDEXED || writtenKey.length() > MAX_INDEXED_LENGTH) return Optional.empty();
        indexed++;
        List<String> deletions = deletions(writtenKey);
        Earlier<T> found = oneEditFrom(writtenKey, deletions);
        for (String d : deletions)
            byDeletion.computeIfAbsent(d, k -> new ArrayList<>(1)).add(entry);
        return Optional.ofNullable(found);
    }

    private Earlier<T> oneEditFrom(String key, List<String> deletions) {
        for (String d : deletions) {
            for (Entry<T> e : byDeletion.getOrDefault(d, List.of())) {
                if (e.key().equals(key) || ONE_EDIT.apply(e.key(), key) != 1) continue;
                if (!NearNames.numberedSiblings(e.key(), key)) return e.earlier();
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

    /** A written key (lower case, NFC) without its marks: "nà hìn" → "na hin", "đông" → "dong". */
    private static String withoutMarks(String key) {
        String decomposed = Normalizer.normalize(key, Normalizer.Form.NFD);
        StringBuilder bare = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
            if (!mark) bare.append(c == 'đ' ? 'd' : c);
        }
        return bare.toString();
    }
}
