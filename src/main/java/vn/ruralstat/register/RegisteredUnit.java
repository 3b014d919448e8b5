package vn.ruralstat.register;

import vn.ruralstat.unit.Unit;

/**
 * A commune-level unit of the register: one of today's communes (code, name, province), or a
 * commune as it was before 1 July 2025 (code, name, district, province).
 *
 * @param code         the GSO five-digit code
 * @param name         the name without its kind word ("Ngân Sơn")
 * @param fullName     the official name with its kind word ("Xã Ngân Sơn")
 * @param district     the district's official name before the reform ("Huyện Ngân Sơn"); null for today's units
 * @param provinceCode the province's two-digit code; null for a province before the reform (the sources give none)
 * @param province     the province's official name ("Tỉnh Thái Nguyên", "Thành phố Hà Nội")
 * @param today        true for today's units, false for the units before 1 July 2025
 */
public record RegisteredUnit(
        String code,
        String name,
        String fullName,
        String district,
        String provinceCode,
        String province,
        boolean today) {

    /** The unit as a value: level word in lower case, name, code. */
    public Unit unit() {
        Unit parsed = Unit.parse(fullName);
        return new Unit(parsed.level(), parsed.name(), code);
    }

    /** The unit it sits under: its province today, its district before the reform. */
    public Unit parent() {
        Unit parsed = Unit.parse(today ? province : district);
        return new Unit(parsed.level(), parsed.name(), today ? provinceCode : null);
    }

    /** The province as a value ("tỉnh", "Thái Nguyên", "19"). */
    public Unit provinceUnit() {
        Unit parsed = Unit.parse(province);
        return new Unit(parsed.level(), parsed.name(), provinceCode);
    }

    /** "Xã Ngân Sơn (01954), Tỉnh Thái Nguyên", or with the district before the reform. */
    public String describe() {
        return fullName + " (" + code + "), " + (district == null ? "" : district + ", ") + province;
    }
}
