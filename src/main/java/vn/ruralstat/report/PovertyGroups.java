package vn.ruralstat.report;

import java.util.ArrayList;
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
        List<CommunePoverty> orphans = new ArrayList<>();
        for (CommunePoverty commune : communes) {
            // The parent the source names wins over a roll-up that merely lists a commune of the same name.
            byParent.keySet().stream()
                    .filter(parent -> samePeriod(commune, parent) && named(commune, parent))
                    .findFirst()
                    .or(() -> byParent.keySet().stream()
                            .filter(parent -> samePeriod(commune, parent) && listed(commune, parent))
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

    private static boolean named(CommunePoverty commune, PovertyRollup parent) {
        // A namesake district of another province is another parent.
        return commune.parent() != null
                && UnitNames.key(commune.parent()).equals(UnitNames.key(parent.unit()))
                && Objects.equals(provinceKey(commune.parentProvince()), provinceKey(parent.province()));
    }

    private static String provinceKey(String province) {
        return province == null ? null : UnitNames.key(province);
    }

    private static boolean listed(CommunePoverty commune, PovertyRollup parent) {
        String key = UnitNames.key(commune.commune());
        return parent.communes() != null
                && parent.communes().stream()
                        .anyMatch(name -> UnitNames.key(name).equals(key));
    }
}
