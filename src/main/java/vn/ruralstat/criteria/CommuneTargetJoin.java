package vn.ruralstat.criteria;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ruralstat.sheet.UnitNames;

/**
 * The registered targets of one matrix joined to its communes ({@link CommuneTarget#isOf}) through
 * maps built once, so that matching every commune costs as much as reading the two lists, not the
 * product of their lengths (3,301 communes nationally).
 */
public final class CommuneTargetJoin {

    /** Of two targets of one commune (a name given twice): a code match first, then the list's first row. */
    private static final Comparator<CommuneTarget> PREFERRED = Comparator.comparing(
                    (CommuneTarget t) -> t.code() == null)
            .thenComparing(t -> t.source() == null ? "" : t.source().describe())
            .thenComparingInt(CommuneTarget::row);

    private final Map<String, List<CommuneTarget>> targetsByCode = new HashMap<>();
    private final Map<String, List<CommuneTarget>> uncodedTargetsByKey = new HashMap<>();
    private final Map<String, List<CommuneTarget>> targetsByKey = new HashMap<>();
    private final Set<String> communeCodes = new HashSet<>();
    private final Set<String> uncodedCommuneKeys = new HashSet<>();
    private final Set<String> communeKeys = new HashSet<>();

    private CommuneTargetJoin(DistrictCriteria d) {
        if (d.targets().isEmpty()) return;
        for (CommuneTarget t : d.targets().values()) {
            String key = UnitNames.key(t.commune());
            targetsByKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(t);
            if (t.code() != null)
                targetsByCode.computeIfAbsent(t.code(), k -> new ArrayList<>(1)).add(t);
            else
                uncodedTargetsByKey
                        .computeIfAbsent(key, k -> new ArrayList<>(1))
                        .add(t);
        }
        for (CommuneCriteria c : d.communes()) {
            String key = UnitNames.key(c.commune());
            communeKeys.add(key);
            if (c.code() != null) communeCodes.add(c.code());
            else uncodedCommuneKeys.add(key);
        }
    }

    /** The join of {@code district}'s targets and communes. */
    public static CommuneTargetJoin of(DistrictCriteria district) {
        return new CommuneTargetJoin(district);
    }

    /**
     * The registered target of one of the matrix's communes, or null: matched by code when both the
     * matrix row and the target list row have one, else by name. A coded commune's code match wins
     * over a name match, which only a target without code can give it.
     */
    public CommuneTarget targetOf(CommuneCriteria c) {
        if (targetsByKey.isEmpty()) return null;
        if (c.code() != null) {
            CommuneTarget coded = preferred(targetsByCode.get(c.code()));
            return coded != null ? coded : preferred(uncodedTargetsByKey.get(UnitNames.key(c.commune())));
        }
        return preferred(targetsByKey.get(UnitNames.key(c.commune())));
    }

    /** Whether some commune of the matrix is the one this target registers. */
    public boolean hasCommuneFor(CommuneTarget t) {
        String key = UnitNames.key(t.commune());
        return t.code() != null
                ? communeCodes.contains(t.code()) || uncodedCommuneKeys.contains(key)
                : communeKeys.contains(key);
    }

    /** The first of the least by {@link #PREFERRED}, as {@code Stream.min} picks it. */
    private static CommuneTarget preferred(List<CommuneTarget> targets) {
        if (targets == null) return null;
        CommuneTarget best = null;
        for (CommuneTarget t : targets) {
            if (best == null || PREFERRED.compare(t, best) < 0) best = t;
        }
        return best;
    }
}
