package vn.ruralstat.boundary;

import java.time.LocalDate;
import vn.ruralstat.sheet.UnitNames;

/**
 * One line of the administrative crosswalk: from {@code effective} on, (the {@code share} of) the
 * old unit belongs to the new unit. A merger is several old units each with share 1 into one new
 * unit; a split is one old unit on several lines whose shares add up to 1; a rename is one line.
 *
 * @param oldParent   the old unit's parent as written ("huyện Quảng Hòa"); blank when any parent matches
 * @param share       the part of the old unit's households that went to the new unit, 0 &lt; share ≤ 1
 * @param confidence  how the line is known: verbatim, secondary or illustrative
 * @param where       file and line, for messages
 * @param oldProvince the old unit's province when the line gives it besides its district ("tỉnh Bắc Kạn"), else blank
 * @param oldCode     the old unit's official code when known ("01954"), else blank
 * @param newCode     the new unit's official code when known, else blank
 */
public record BoundaryChange(
        LocalDate effective,
        String oldUnit,
        String oldParent,
        String newUnit,
        String newParent,
        double share,
        String confidence,
        String legalBasis,
        String source,
        String note,
        String where,
        String oldProvince,
        String oldCode,
        String newCode) {

    /**
     * True for one line of a commune divided between several new communes when the source gives no
     * shares (the national crosswalk): its figures cannot be split, so they are never restated by
     * guessing; an office's line with the shares replaces it.
     */
    public boolean withoutShare() {
        return Double.isNaN(share);
    }

    /**
     * True when the old unit is a parent ("huyện Ngân Sơn → tỉnh Thái Nguyên"): the line moves the
     * communes under it that have no line of their own, never a commune of the same name.
     */
    public boolean movesParent() {
        return UnitNames.kindRank(oldUnit) >= 2;
    }

    /** True when this line moves the parent unit named {@code parent}. */
    boolean movesParent(String parent) {
        return movesParent() && parent != null && UnitNames.key(oldUnit).equals(UnitNames.key(parent));
    }

    /** True when this line moves the unit named {@code unit} under {@code parent} (null parent: any). */
    boolean moves(String unit, String parent) {
        if (movesParent() || !UnitNames.key(oldUnit).equals(UnitNames.key(unit))) return false;
        return oldParent.isBlank() || parent == null || parent.isBlank() || parentMatches(parent);
    }

    /** True when {@code parent} names the old unit's parent or, when the line gives it, its province. */
    boolean parentMatches(String parent) {
        String key = UnitNames.key(parent);
        return UnitNames.key(oldParent).equals(key)
                || !oldProvince.isBlank() && UnitNames.key(oldProvince).equals(key);
    }

    /** True when this line creates (or continues) {@code unit}, under {@code parent} when that is given. */
    boolean creates(String unit, String parent) {
        if (!UnitNames.key(newUnit).equals(UnitNames.key(unit))) return false;
        return parent == null
                || parent.isBlank()
                || newParent.isBlank()
                || UnitNames.key(newParent).equals(UnitNames.key(parent));
    }

    /** "Xã Cốc Đán (huyện Ngân Sơn) → Xã Ngân Sơn (tỉnh Thái Nguyên), 01/07/2025". */
    public String describe() {
        return oldUnit + (oldParent.isBlank() ? "" : " (" + oldParent + ")") + " → " + newUnit
                + (newParent.isBlank() ? "" : " (" + newParent + ")")
                + (share < 1 ? " [" + Math.round(share * 1000) / 10.0 + " %]" : "")
                + (withoutShare() ? " [?]" : "")
                + ", "
                + String.format(
                        "%02d/%02d/%d", effective.getDayOfMonth(), effective.getMonthValue(), effective.getYear());
    }
}
