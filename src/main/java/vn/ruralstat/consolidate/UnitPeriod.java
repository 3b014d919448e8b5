package vn.ruralstat.consolidate;

/**
 * A unit in one period, the key under which the tables of a run are put together.
 *
 * @param unit   the unit's name key ({@link vn.ruralstat.sheet.UnitNames#key}) or name, or a stand-in for an unnamed unit
 * @param period the period as stored; null when the sources did not say
 */
record UnitPeriod(String unit, String period) {}
