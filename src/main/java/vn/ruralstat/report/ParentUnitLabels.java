package vn.ruralstat.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ruralstat.poverty.PovertyRollup;
import vn.ruralstat.sheet.UnitNames;

/**
 * How parent units are named in titles: with the level their roll-up gives ("tỉnh Cao Bằng"
 * since the districts were abolished in July 2025), else as a district ("huyện Quảng Hòa"),
 * the parent of the 2021-2025 criteria forms.
 */
final class ParentUnitLabels {

    static final String DISTRICT = "huyện";

    private final Map<String, String> levelsByKey = new HashMap<>();

    ParentUnitLabels(List<PovertyRollup> rollups) {
        rollups.stream()
                .filter(r -> !PovertyGroups.isWholeRun(r))
                .forEach(r -> levelsByKey.putIfAbsent(UnitNames.key(r.unit()), r.level()));
    }

    /** The level of the unit ("huyện", "tỉnh", …), "huyện" when no roll-up names it. */
    String level(String unit) {
        return levelsByKey.getOrDefault(UnitNames.key(unit), DISTRICT);
    }

    /** "huyện Quảng Hòa", "tỉnh Cao Bằng"; as written when the source already names the kind. */
    String label(String unit) {
        return VietnameseLabels.withKind(level(unit), unit);
    }

    String labelCapitalised(String unit) {
        return VietnameseLabels.capitalise(label(unit));
    }
}
