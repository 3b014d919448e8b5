package vn.ruralstat.unit;

import vn.ruralstat.sheet.UnitNames;

/**
 * An administrative unit as the data names it: its level word as written ("xã", "huyện",
 * "tỉnh", "thôn"; null when the source did not say), its name as written ("Ngân Sơn"), and its
 * official code from the national register when known (null until then).
 *
 * <p>Two mentions of one unit are rarely written alike ("Xã Ngân  Sơn", "xa Ngan Son"): compare
 * and key maps by {@link #key()} or {@link #nameKey()}, never by the record itself.
 */
public record Unit(String level, String name, String code) {

    public Unit {
        level = level == null || level.isBlank() ? null : UnitNames.clean(level);
        name = UnitNames.clean(name);
    }

    public static Unit of(String level, String name) {
        return new Unit(level, name, null);
    }

    /** A unit named with its level word in front ("xã Ngân Sơn"), or without one ("Ngân Sơn": level null). */
    public static Unit parse(String text) {
        String shown = UnitNames.clean(text);
        String name = UnitNames.withoutKind(shown);
        if (name.equals(shown)) return new Unit(null, shown, null);
        String level = shown.substring(0, shown.length() - name.length()).trim();
        return new Unit(level.toLowerCase(java.util.Locale.forLanguageTag("vi")), name, null);
    }

    /** Matching key of level and name: "Xã Ngân Sơn" and "xa ngan son" have the same key. */
    public Key key() {
        return new Key(level == null ? "" : UnitNames.fold(level), nameKey());
    }

    /** Matching key of the name alone, for sources that do not all say the level. */
    public String nameKey() {
        return UnitNames.key(name);
    }

    /** 1 for communes (xã, phường, thị trấn), 2 for districts, 3 for provinces, 0 for villages or unknown. */
    public int rank() {
        return level == null ? 0 : UnitNames.kindRank(level + " " + name);
    }

    /** "xã Ngân Sơn", or the name alone when the level is not known. */
    public String label() {
        return level == null ? name : level + " " + name;
    }

    @Override
    public String toString() {
        return label();
    }

    /** What two mentions of one unit share: folded level word and name key. */
    public record Key(String level, String name) {}
}
