package vn.ruralstat.register;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.text.similarity.LevenshteinDistance;
import vn.ruralstat.period.Period;
import vn.ruralstat.sheet.UnitNames;
import vn.ruralstat.unit.Unit;

/**
 * The register in memory, indexed by matching key (3,321 communes of today and about 10,000 of
 * before: a few maps, built once). Matches a commune's name as written, with the province (and,
 * before the reform, the district) the source names as context and the period the data are of;
 * also recognises provinces and the districts of before. Pure: no I/O, no Spring.
 */
public final class NationalRegister {

    /** At most this many closest names are offered for a name not in the register. */
    private static final int CLOSEST = 3;

    private static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private final String id;
    private final Map<String, RegisteredUnit> todayByCode = new LinkedHashMap<>();
    private final Map<String, List<RegisteredUnit>> todayByKey = new HashMap<>();
    private final Map<String, Set<String>> formerProvinces = new HashMap<>();
    private final Map<String, RegisteredUnit> beforeByCode = new LinkedHashMap<>();
    private final Map<String, List<RegisteredUnit>> beforeByKey = new HashMap<>();
    private final Map<String, List<String>> successors = new HashMap<>();
    private final Map<String, Unit> provinces = new HashMap<>();
    private final Map<String, Unit> formerProvinceUnits = new HashMap<>();
    private final Map<String, List<District>> districts = new HashMap<>();

    /** A district of before 1 July 2025 and its province. */
    public record District(Unit district, Unit province) {}

    /**
     * @param id     the register's id in its manifest, for the outputs' provenance
     * @param today  today's communes
     * @param before the crosswalk's rows: a commune of before and one commune it became
     */
    NationalRegister(String id, List<RegisteredUnit> today, List<Succession> before) {
        this.id = id;
        for (RegisteredUnit u : today) {
            todayByCode.put(u.code(), u);
            todayByKey
                    .computeIfAbsent(RegisterKeys.folded(u.name()), k -> new ArrayList<>())
                    .add(u);
            provinces.putIfAbsent(RegisterKeys.key(u.province()), u.provinceUnit());
        }
        Set<District> seenDistricts = new java.util.HashSet<>();
        for (Succession s : before) {
            RegisteredUnit old = s.old();
            if (beforeByCode.putIfAbsent(old.code(), old) == null) {
                beforeByKey
                        .computeIfAbsent(RegisterKeys.folded(old.name()), k -> new ArrayList<>())
                        .add(old);
            }
            successors.computeIfAbsent(old.code(), k -> new ArrayList<>()).add(s.todayCode());
            formerProvinces
                    .computeIfAbsent(s.todayCode(), k -> new java.util.HashSet<>())
                    .add(RegisterKeys.key(old.province()));
            formerProvinceUnits.putIfAbsent(RegisterKeys.key(old.province()), Unit.parse(old.province()));
            District district = new District(Unit.parse(old.district()), Unit.parse(old.province()));
            if (seenDistricts.add(district)) {
                districts
                        .computeIfAbsent(RegisterKeys.key(old.district()), k -> new ArrayList<>())
                        .add(district);
            }
        }
    }

    /** A row of the crosswalk: a commune of before and the code of one commune it became. */
    record Succession(RegisteredUnit old, String todayCode) {}

    public String id() {
        return id;
    }

    /** Today's communes, in the register's order. */
    public Collection<RegisteredUnit> today() {
        return todayByCode.values();
    }

    /** A unit by its code: today's first, else the commune of before. */
    public Optional<RegisteredUnit> byCode(String code) {
        if (code == null) return Optional.empty();
        return Optional.ofNullable(todayByCode.get(code)).or(() -> Optional.ofNullable(beforeByCode.get(code)));
    }

    /**
     * The commune a written name stands for.
     *
     * @param written  the name as written, with or without its kind word ("xa tan lap", "Xã Tân Lập")
     * @param province the province the source names, or null
     * @param district the district the source names (for data of before the reform), or null
     * @param period   the period of the data: today's units after 1 July 2025, the units of then before
     */
    public RegisterMatch commune(String written, String province, String district, Period period) {
        if (written == null || written.isBlank()) return RegisterMatch.notFound(List.of());
        Era era = Era.of(period);
        List<String> keys = RegisterKeys.lookups(written);
        String provinceKey = knownProvince(province);
        if (era != Era.BEFORE) {
            List<RegisteredUnit> now = narrowed(
                    lookup(todayByKey, keys), written, provinceKey, u -> inProvince(u, provinceKey), u -> true);
            if (!now.isEmpty()) return decided(now);
        }
        List<RegisteredUnit> then = narrowed(
                lookup(beforeByKey, keys),
                written,
                provinceKey,
                u -> RegisterKeys.key(u.province()).equals(provinceKey),
                u -> district == null || RegisterKeys.sameUnit(u.district(), district));
        if (!then.isEmpty()) return era == Era.TODAY ? successorOf(then) : decided(then);
        return RegisterMatch.notFound(closest(keys.get(keys.size() - 1), provinceKey, era));
    }

    /** A province by its name as written: today's (with its code) or one of before (without: the sources give none). */
    public Optional<Unit> province(String written) {
        if (written == null) return Optional.empty();
        String key = knownProvince(written);
        Optional<Unit> found = key == null
                ? Optional.empty()
                : Optional.ofNullable(provinces.get(key)).or(() -> Optional.ofNullable(formerProvinceUnits.get(key)));
        // "thành phố Thái Nguyên" was a city of tỉnh Thái Nguyên, not the province: a kind word written must fit.
        String kind = RegisterKeys.kind(written);
        if (kind == null) return found;
        String wanted = kind.equals("tp") ? "thanh pho" : kind;
        return found.filter(p -> wanted.equals(RegisterKeys.kind(p.label())));
    }

    /** A district of before 1 July 2025 by its name, told apart from namesakes by the province when given. */
    public Optional<District> district(String written, String province) {
        if (written == null) return Optional.empty();
        List<District> found = lookup(districts, RegisterKeys.lookups(written));
        String provinceKey = knownProvince(province);
        if (provinceKey != null) {
            found = found.stream()
                    .filter(d -> RegisterKeys.key(d.province().label()).equals(provinceKey))
                    .toList();
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The key of a province the register knows, or null for none named or an unknown one (then not used). */
    private String knownProvince(String province) {
        if (province == null || province.isBlank()) return null;
        for (String key : RegisterKeys.lookups(province)) {
            if (provinces.containsKey(key) || formerProvinceUnits.containsKey(key)) return key;
        }
        return null;
    }

    /** Today's unit in the province named: the province it is in, or one its communes were in before. */
    private boolean inProvince(RegisteredUnit u, String provinceKey) {
        return RegisterKeys.key(u.province()).equals(provinceKey)
                || formerProvinces.getOrDefault(u.code(), Set.of()).contains(provinceKey);
    }

    private static <T> List<T> lookup(Map<String, List<T>> index, List<String> keys) {
        for (String key : keys) {
            List<T> found = index.get(key);
            if (found != null) return found;
        }
        return List.of();
    }

    /**
     * The namesakes the context leaves: a province the register knows must fit (another
     * province's namesake is not this unit); a district narrows when it can; the kind word
     * tells a xã from a phường of one name, the diacritics "Văn Lang" from "Văn Lăng".
     */
    private static List<RegisteredUnit> narrowed(
            List<RegisteredUnit> found,
            String written,
            String provinceKey,
            Predicate<RegisteredUnit> inProvince,
            Predicate<RegisteredUnit> inDistrict) {
        List<RegisteredUnit> left =
                provinceKey == null ? found : found.stream().filter(inProvince).toList();
        left = narrowedIfAny(left, inDistrict);
        String kind = RegisterKeys.kind(written);
        if (kind != null && left.size() > 1) {
            left = narrowedIfAny(left, u -> kind.equals(RegisterKeys.kind(u.fullName())));
        }
        if (left.size() > 1 && !written.chars().allMatch(c -> c < 128)) {
            String shown = UnitNames.clean(written).toLowerCase(VI);
            left = narrowedIfAny(
                    left,
                    u -> shown.equals(u.name().toLowerCase(VI))
                            || shown.equals(u.fullName().toLowerCase(VI)));
        }
        return left;
    }

    private static List<RegisteredUnit> narrowedIfAny(List<RegisteredUnit> units, Predicate<RegisteredUnit> test) {
        List<RegisteredUnit> left = units.stream().filter(test).toList();
        return left.isEmpty() ? units : left;
    }

    private static RegisterMatch decided(List<RegisteredUnit> units) {
        return units.size() == 1 ? RegisterMatch.found(units.get(0)) : RegisterMatch.ambiguous(units);
    }

    /**
     * An old name in data of today's period: the commune it became when that is one commune;
     * namesakes or a commune divided between several give the candidates instead.
     */
    private RegisterMatch successorOf(List<RegisteredUnit> old) {
        Set<RegisteredUnit> now = new LinkedHashSet<>();
        for (RegisteredUnit o : old) {
            for (String code : successors.getOrDefault(o.code(), List.of())) {
                RegisteredUnit u = todayByCode.get(code);
                if (u != null) now.add(u);
            }
        }
        if (now.isEmpty()) return RegisterMatch.notFound(List.of());
        if (now.size() == 1) return RegisterMatch.byOldName(now.iterator().next(), old.get(0));
        return RegisterMatch.ambiguous(List.copyOf(now));
    }

    /** The register names closest to a key, in the province when it is known, nearest first. */
    private List<String> closest(String key, String provinceKey, Era era) {
        Collection<RegisteredUnit> pool = era == Era.BEFORE ? beforeByCode.values() : todayByCode.values();
        List<RegisteredUnit> scoped = provinceKey == null
                ? List.copyOf(pool)
                : pool.stream()
                        .filter(u -> RegisterKeys.key(u.province()).equals(provinceKey))
                        .toList();
        if (scoped.isEmpty()) scoped = List.copyOf(pool);
        int allowed = Math.max(2, key.length() / 2);
        record Near(RegisteredUnit unit, int distance) {}
        return scoped.stream()
                .map(u -> new Near(u, DISTANCE.apply(key, RegisterKeys.folded(u.name()))))
                .filter(n -> n.distance() <= allowed)
                .sorted(Comparator.comparingInt(Near::distance))
                .limit(CLOSEST)
                .map(n -> shown(n.unit()))
                .toList();
    }

    /** "Xã Tân Lập (Tỉnh Phú Thọ)", or with the district for a unit of before. */
    static String shown(RegisteredUnit u) {
        return u.fullName() + " (" + (u.district() == null ? "" : u.district() + ", ") + u.province() + ")";
    }
}
