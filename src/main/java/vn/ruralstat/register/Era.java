package vn.ruralstat.register;

import vn.ruralstat.period.Period;

/**
 * Which units a period's data are about. Communes have reported straight to their province
 * since 1 July 2025: data of 2026 on name today's units, data of 2024 and before the communes
 * of then, with their district. A year of 2025 (or a period nobody named) may be either: today's
 * unit is taken when the name is one, else the unit of before.
 */
enum Era {
    TODAY,
    BEFORE,
    EITHER;

    /** The first year of today's units only. */
    static final int FIRST_YEAR_AFTER_REFORM = 2026;

    static Era of(Period period) {
        if (period == null || !period.hasYears()) return EITHER;
        if (period.first() >= FIRST_YEAR_AFTER_REFORM) return TODAY;
        if (period.first() < FIRST_YEAR_AFTER_REFORM - 1) return BEFORE;
        return EITHER;
    }
}
