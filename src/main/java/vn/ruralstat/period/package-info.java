/**
 * The reporting period as a value ({@link vn.ruralstat.period.Period}): one parser for "2025",
 * "2022-2025" and "giai đoạn 2021 - 2025", its label as written, the years it covers and whether
 * it lies within another period or a rulebook's phase. Imports nothing of ruralstat.
 */
package vn.ruralstat.period;
