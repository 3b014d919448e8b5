package vn.ruralstat.poverty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ruralstat.sheet.UnitNames;

/**
 * A run's commune poverty tables looked up by commune through maps built once: each table's name key
 * is computed once, not again for every commune that asks (3,301 communes asking of 3,301 tables).
 */
public final class PovertyByCommune {

    /** A table with its place in the run's list, to give back a code and a name match in list order. */
    private record Placed(int position, CommunePoverty poverty) {}

    private final Map<String, List<Placed>> byCode = new HashMap<>();
    private final Map<String, List<Placed>> uncodedByKey = new HashMap<>();
    private final Map<String, List<Placed>> byKey = new HashMap<>();

    private PovertyByCommune(List<CommunePoverty> poverty) {
        for (int i = 0; i < poverty.size(); i++) {
            CommunePoverty p = poverty.get(i);
            Placed placed = new Placed(i, p);
            String key = UnitNames.key(p.commune());
            byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(placed);
            if (p.code() != null)
                byCode.computeIfAbsent(p.code(), k -> new ArrayList<>(1)).add(placed);
            else uncodedByKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(placed);
        }
    }

    /** The index of {@code poverty}. */
    public static PovertyByCommune of(List<CommunePoverty> poverty) {
        return new PovertyByCommune(poverty);
    }

    /**
     * The tables of one commune, in the run's order: by code when both it and the table have one (a
     * namesake elsewhere is another commune), else by name key.
     *
     * @param code the commune's official code, or null when unknown
     */
    public List<CommunePoverty> of(String commune, String code) {
        if (code == null) return tables(byKey.get(UnitNames.key(commune)), null);
        return tables(byCode.get(code), uncodedByKey.get(UnitNames.key(commune)));
    }

    /** Two lists in the run's order merged into one in that order. */
    private static List<CommunePoverty> tables(List<Placed> a, List<Placed> b) {
        List<Placed> left = a == null ? List.of() : a;
        List<Placed> right = b == null ? List.of() : b;
        List<CommunePoverty> out = new ArrayList<>(left.size() + right.size());
        int i = 0;
        int j = 0;
        while (i < left.size() || j < right.size()) {
            boolean takeLeft = j >= right.size()
                    || i < left.size() && left.get(i).position() < right.get(j).position();
            out.add(takeLeft ? left.get(i++).poverty() : right.get(j++).poverty());
        }
        return out;
    }
}
