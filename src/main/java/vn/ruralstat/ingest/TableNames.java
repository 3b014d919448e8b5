package vn.ruralstat.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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

    private record Key(String group, String name) {}

    private final Map<Key, Place> written = new HashMap<>();
    private final Map<String, SimilarNames<Place>> similar = new HashMap<>();
    private String group = "";

    /** The rows that follow belong to the group headed {@code heading}. */
    void group(String heading) {
        group = UnitNames.writtenKey(heading);
    }

    /** The place of the same name met earlier in the group, or empty: the name is new and now remembered. */
    Optional<Place> repeatOf(String name, Place place) {
        return Optional.ofNullable(written.putIfAbsent(new Key(group, UnitNames.writtenKey(name)), place));
    }

    /** A name met earlier in the group that looks like {@code name} without being it. */
    Optional<SimilarNames.Earlier<Place>> likeEarlier(String name, Place place) {
        return similar.computeIfAbsent(group, g -> new SimilarNames<>()).add(name, place);
    }
}
