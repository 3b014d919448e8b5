package vn.ruralstat.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.PovertyRollup;
import vn.ruralstat.sheet.UnitNames;

/**
 * The communes' poverty tables grouped under the parent units of the run's roll-ups, in the
 * roll-ups' order; communes whose parent no roll-up names come last, in a group without parent.
 */
final class PovertyGroups {

    /** A parent unit (null for communes without one) and its communes. */
    record Group(PovertyRollup parent, List<CommunePoverty> communes) {}

    private PovertyGroups() {}

    /** The roll-up of the whole run (level "toàn bộ"), or null when the run has none. */
    static PovertyRollup wholeRun(List<PovertyRollup> rollups) {
        PovertyRollup whole = null;
        for (PovertyRollup rollup : rollups) {
            if (isWholeRun(rollup)) whole = rollup;
        }
        return whole;
    }

    static boolean isWholeRun(PovertyRollup rollup) {
        return isWholeRunLevel(rollup.level());
    }

    /** The level word of the whole run's roll-up, "toàn bộ", which is no unit's level. */
    static boolean isWholeRunLevel(String level) {
        return UnitNames.fold(level).equals("toan bo");
    }

    static List<Group> of(List<CommunePoverty> communes, List<PovertyRollup> rollups) {
        Map<PovertyRollup, List<CommunePoverty>> byParent = new LinkedHashMap<>();
        rollups.stream().filter(r -> !isWholeRun(r)).forEach(r -> byParent.put(r, new ArrayList<>()));
        // Parents by the name they go by and by the communes they list, each list in the roll-ups'
        // order: a commune looks up its parent instead of asking every roll-up.
        Map<NamedParent, List<PovertyRollup>> byName = new HashMap<>();
        Map<String, List<PovertyRollup>> byListedCommune = new HashMap<>();
        for (PovertyRollup parent : byParent.keySet()) {
            byName.computeIfAbsent(
                            new NamedParent(UnitNames.key(parent.unit()), provinceKey(parent.province())),
                            k -> new ArrayList<>(1))
                    .add(parent);
            if (parent.communes() == null) continue;
            for (String name : parent.communes()) {
                List<PovertyRollup> listing =
                        byListedCommune.computeIfAbsent(UnitNames.key(name), k -> new ArrayList<>(1));
                if (listing.isEmpty() || listing.get(listing.size() - 1) != parent) listing.add(parent);
            }
        }
        List<CommunePoverty> orphans = new ArrayList<>();
        for (CommunePoverty commune : communes) {
            // The parent the source names wins over a roll-up that merely lists a commune of the same name.
            List<PovertyRollup> named = commune.parent() == null
                    ? List.of()
                    : byName.getOrDefault(
                            new NamedParent(UnitNames.key(commune.parent()), provinceKey(commune.parentProvince())),
                            List.of());
            named.stream()
                    .filter(parent -> samePeriod(commune, parent))
                    .findFirst()
                    .or(() -> byListedCommune.getOrDefault(UnitNames.key(commune.commune()), List.of()).stream()
                            .filter(parent -> samePeriod(commune, parent))
                            .findFirst())
                    .ifPresentOrElse(parent -> byParent.get(parent).add(commune), () -> orphans.add(commune));
        }
        List<Group> groups = new ArrayList<>();
        byParent.forEach((parent, members) -> {
            if (!members.isEmpty()) groups.add(new Group(parent, List.copyOf(members)));
        });
        if (!orphans.isEmpty()) groups.add(new Group(null, List.copyOf(orphans)));
        return groups;
    }

    private static boolean samePeriod(CommunePoverty commune, PovertyRollup parent) {
        return commune.period() == null
                || parent.period() == null
                || Objects.equals(UnitNames.clean(commune.period()), UnitNames.clean(parent.period()));
    }

    /** A parent unit's name key and its province's (null when not known): namesake districts of two provinces are two parents. */
    private record NamedParent(String unit, String province) {}

    private static String provinceKey(String province) {
        return province == null ? null : UnitNames.key(province);
    }
}
