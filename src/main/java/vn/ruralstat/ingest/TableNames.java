package vn.ruralstat.ingest;

import java.util.HashMap;
import java.util.Map;
import vn.ruralstat.sheet.SimilarNames;
import vn.ruralstat.sheet.UnitNames;

/**
 * The unit names of one table, by group (the commune heading the villages below it; none before the
 * first heading): a name written again in the same group is a repeat, and only then ("Nà Hin" and
 * "Nà Hìn" are two villages, see {@link UnitNames#writtenKey}); a name like an earlier one of its group
 * is reported beside it ({@link SimilarNames}). Namesake villages of two communes are no repeat.
 */
final class TableNames {

    /** Where a name stood: its row and the cell of its name. */
    record Place(int row, String cell) {}

    /**
     * What a name is in its table.
     *
     * @param repeatOf where the same name stood earlier (the name is then not kept), or null
     * @param like     an earlier name like this new one, or null
     */
    record Seen(Place repeatOf, SimilarNames.Earlier<Place> like) {}

    private record Key(String group, String name) {}

    private final Map<Key, Place> written = new HashMap<>();
    private final Map<String, SimilarNames<Place>> similar = new HashMap<>();
    private String group = "";

    /** The rows that follow belong to the group headed {@code heading}. */
    void group(String heading) {
        group = UnitNames.writtenKey(heading);
    }

    /**
     * Remembers a new name and says whether it repeats or resembles an earlier one; {@code
     * compareAlike} is false for rows keyed by codes, alike by design ("1.1", "1.2").
     */
    Seen add(String name, Place place, boolean compareAlike) {
        String key = UnitNames.writtenKey(name);
        Place earlier = written.putIfAbsent(new Key(group, key), place);
        if (earlier != null || !compareAlike) return new Seen(earlier, null);
        SimilarNames.Earlier<Place> like = similar.computeIfAbsent(group, g -> new SimilarNames<>())
                .add(name, key, place)
                .orElse(null);
        return new Seen(null, like);
    }
}
