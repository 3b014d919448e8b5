/**
 * Versioned rulebooks as reference data and the pure evaluation of indicator values against them.
 *
 * <p>{@link vn.ruralstat.rulebook.Rulebooks} loads the national NTM criteria sets (2021-2025,
 * 2026-2030) and poverty standards from {@code rulebooks/} on the classpath (format in its
 * README.md), chooses one for a data period, and applies a province's overrides.
 * {@link vn.ruralstat.rulebook.IndicatorEvaluator} compares an
 * {@link vn.ruralstat.rulebook.IndicatorValue} with an indicator's
 * {@link vn.ruralstat.rulebook.Target} and gives a {@link vn.ruralstat.rulebook.Verdict} with its
 * reason and {@link vn.ruralstat.rulebook.Gap}; {@link vn.ruralstat.rulebook.CommuneStanding}
 * rolls verdicts up to criteria and the NTM standard. No Spring, no database, no I/O beyond the
 * classpath resources.
 */
package vn.ruralstat.rulebook;
