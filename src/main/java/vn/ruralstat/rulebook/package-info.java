/**
 * Versioned rulebooks as reference data and the pure evaluation of indicator values against them.
 *
 * <p>They are the only source of criteria, indicators, targets, poverty lines and the matrix
 * columns of a criteria set: no other class lists them. {@link vn.ruralstat.rulebook.RulebookLoader}
 * reads the national NTM criteria sets (2021-2025, 2026-2030) and poverty standards from
 * {@code rulebooks/} on the classpath (format in its README.md) into
 * {@link vn.ruralstat.rulebook.Rulebooks}, which the application holds as one bean and passes on
 * by constructor; it chooses a rulebook for a {@link vn.ruralstat.period.Period} and applies a
 * province's overrides. Figure groups carry a {@link vn.ruralstat.rulebook.RulebookStamp}.
 * {@link vn.ruralstat.rulebook.IndicatorEvaluator} compares an
 * {@link vn.ruralstat.rulebook.IndicatorValue} with an indicator's
 * {@link vn.ruralstat.rulebook.Target} and gives a {@link vn.ruralstat.rulebook.Verdict} with its
 * reason and {@link vn.ruralstat.rulebook.Gap}; {@link vn.ruralstat.rulebook.CommuneStanding}
 * rolls verdicts up to criteria and the NTM standard. No Spring, no database, no I/O beyond the
 * classpath resources; imports only {@code period}.
 */
package vn.ruralstat.rulebook;
