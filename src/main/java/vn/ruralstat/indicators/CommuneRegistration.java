package vn.ruralstat.indicators;

/**
 * A commune of the register: its group under the 2026-2030 rulebook (key "group-1", "group-2",
 * "group-3") or its region under 2021-2025, and its parent unit.
 *
 * @param groupKey the rulebook key, or null when the register does not say
 * @param cell     A1 reference of the commune's name cell
 */
public record CommuneRegistration(String commune, String groupKey, String parent, String cell, int row) {}
