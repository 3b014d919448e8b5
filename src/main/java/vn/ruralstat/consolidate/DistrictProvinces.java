package vn.ruralstat.consolidate;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ruralstat.dataset.StoredTable;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.register.NationalRegister;
import vn.ruralstat.sheet.TitleContext;
import vn.ruralstat.sheet.UnitNames;
import vn.ruralstat.unit.Unit;

/**
 * The provinces of the run's districts of before 1/7/2025, as their tables' titles name them.
 * Districts had no code and their names repeat ("huyện Châu Thành" of tỉnh Đồng Tháp, of tỉnh Sóc
 * Trăng, …): a district is its name and its province. A table whose title names no province joins
 * the only namesake district placed in a province in the run; with several it cannot be told which,
 * and it stays apart under its name.
 */
final class DistrictProvinces {

    private final NationalRegister register;
    /** District name key → its provinces named in the run, by province key. */
    private final Map<String, Map<String, String>> byDistrict = new HashMap<>();

    DistrictProvinces(NationalRegister register, List<StoredTable> tables) {
        this.register = register;
        for (StoredTable t : tables) {
            String province = named(t);
            if (province != null) {
                byDistrict
                        .computeIfAbsent(UnitNames.key(t.unitName()), k -> new LinkedHashMap<>())
                        .putIfAbsent(UnitNames.key(province), province);
            }
        }
    }

    /**
     * The province of a table's unit when that unit is a district whose title names its province
     * ("HUYỆN CHÂU THÀNH, TỈNH ĐỒNG THÁP" → "tỉnh Đồng Tháp"), else null.
     */
    String named(StoredTable t) {
        if (!isDistrict(t) || t.parentName() == null || t.parentLevel() == null) return null;
        Unit parent = new Unit(t.parentLevel(), t.parentName(), null);
        boolean province = TitleContext.rank(parent.level()) == 3
                || register.province(parent.label()).isPresent();
        return province ? shown(parent) : null;
    }

    /** The province of a table's district: named by its title, else the only one its namesakes have. */
    String of(StoredTable t) {
        if (!isDistrict(t)) return null;
        String named = named(t);
        return named != null ? named : sole(t.unitName());
    }

    /** True when the table's unit is a district ("thành phố Hà Nội" is a province, though its kind word reads as a district's). */
    private boolean isDistrict(StoredTable t) {
        if (t.unitName() == null || t.unitLevel() == null) return false;
        Unit unit = new Unit(t.unitLevel(), t.unitName(), null);
        return TitleContext.rank(unit.level()) == 2
                && register.province(unit.label()).isEmpty();
    }

    /**
     * A district table whose title names no province, while namesakes of several provinces are in the
     * run: it cannot be told which it is, and stays apart under its name. The finding lists them.
     */
    java.util.Optional<Finding> unplaced(StoredTable t) {
        if (!isDistrict(t) || named(t) != null) return java.util.Optional.empty();
        Map<String, String> provinces = byDistrict.get(UnitNames.key(t.unitName()));
        if (provinces == null || provinces.size() < 2) return java.util.Optional.empty();
        String district = new Unit(t.unitLevel(), t.unitName(), null).label();
        return java.util.Optional.of(Finding.of(
                FindingCode.UNIT_NOT_IN_REGISTER,
                "ambiguous",
                t.source(),
                district,
                provinces.values().stream().map(p -> district + ", " + p).collect(Collectors.joining("; "))));
    }

    /** The only province a district of this name has in the run, or null (none, or several). */
    String sole(String district) {
        Map<String, String> provinces = byDistrict.get(UnitNames.key(district));
        return provinces != null && provinces.size() == 1
                ? provinces.values().iterator().next()
                : null;
    }

    /** The province as the register writes it ("tỉnh Đồng Tháp"), or as the title did. */
    String shown(Unit province) {
        return register.province(province.label())
                .map(p -> new Unit(p.level(), p.name(), null).label())
                .orElse(province.label());
    }

    /** A district's key: its name key, and its province's when known ("chau thanh", "dong thap"). */
    record Key(String district, String province) {

        static Key of(String district, String province) {
            return new Key(
                    district == null ? "" : UnitNames.key(district), province == null ? null : UnitNames.key(province));
        }
    }
}
