package vn.ruralstat.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.poverty.PovertyRollup;
import vn.ruralstat.sheet.UnitNames;

/**
 * How parent units are named in titles: with the level their tables give ("tỉnh Thái Nguyên"
 * since the districts were abolished in July 2025, "huyện Quảng Hòa" before), from a poverty
 * roll-up or the title of a criteria matrix. A unit whose level no table named is shown by its
 * name alone: never assumed a district. Namesake districts of two provinces in one report (two
 * "huyện Châu Thành") are told apart by their province: "huyện Châu Thành, tỉnh Đồng Tháp".
 */
final class ParentUnitLabels {

    private final Map<String, String> levelsByKey = new HashMap<>();
    /** Name keys of the parents that stand in the report under two provinces (or one and none). */
    private final Set<String> namesakes = new HashSet<>();

    ParentUnitLabels(List<PovertyRollup> rollups) {
        this(rollups, List.of());
    }

    ParentUnitLabels(List<PovertyRollup> rollups, List<DistrictCriteria> criteria) {
        // A level a title named wins over the stand-in of a roll-up whose titles did not say.
        rollups.stream()
                .filter(r -> !PovertyGroups.isWholeRun(r) && !ConsolidationService.PARENT.equals(r.level()))
                .forEach(r -> levelsByKey.putIfAbsent(UnitNames.key(r.unit()), r.level()));
        criteria.stream()
                .filter(d -> d.level() != null && !d.level().isBlank())
                .forEach(d -> levelsByKey.putIfAbsent(UnitNames.key(d.unit()), d.level()));
        rollups.stream()
                .filter(r -> !PovertyGroups.isWholeRun(r))
                .forEach(r -> levelsByKey.putIfAbsent(UnitNames.key(r.unit()), r.level()));
        Map<String, Set<String>> provinces = new HashMap<>();
        rollups.stream().filter(r -> !PovertyGroups.isWholeRun(r)).forEach(r -> provinces
                .computeIfAbsent(UnitNames.key(r.unit()), k -> new HashSet<>())
                .add(provinceKey(r.province())));
        criteria.forEach(d -> provinces
                .computeIfAbsent(UnitNames.key(d.unit()), k -> new HashSet<>())
                .add(provinceKey(d.province())));
        provinces.forEach((unit, of) -> {
            if (of.size() > 1) namesakes.add(unit);
        });
    }

    private static String provinceKey(String province) {
        return province == null ? "" : UnitNames.key(province);
    }

    /** The level of the unit ("huyện", "tỉnh", …); "đơn vị cấp trên" when no table names it. */
    String level(String unit) {
        return levelsByKey.getOrDefault(UnitNames.key(unit), ConsolidationService.PARENT);
    }

    /** "huyện Quảng Hòa", "tỉnh Cao Bằng"; as written when the source already names the kind or no level is known. */
    String label(String unit) {
        return VietnameseLabels.withKind(levelsByKey.get(UnitNames.key(unit)), unit);
    }

    String labelCapitalised(String unit) {
        return VietnameseLabels.capitalise(label(unit));
    }

    /** As {@link #label(String)}, with its province when a namesake of another province is in the report. */
    String label(String unit, String province) {
        return label(unit) + inProvince(unit, province);
    }

    String labelCapitalised(String unit, String province) {
        return labelCapitalised(unit) + inProvince(unit, province);
    }

    /** True when units of this name stand in the report under two provinces (or one and none). */
    boolean hasNamesakes(String unit) {
        return unit != null && namesakes.contains(UnitNames.key(unit));
    }

    /** ", tỉnh Đồng Tháp" for a namesake district placed in its province; empty otherwise. */
    String inProvince(String unit, String province) {
        return province != null && unit != null && namesakes.contains(UnitNames.key(unit))
                ? ", " + Objects.requireNonNull(province)
                : "";
    }
}
