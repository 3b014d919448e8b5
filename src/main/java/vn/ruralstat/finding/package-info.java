/**
 * Data-quality findings: a stable code with its severity, where it was found ({@link
 * vn.ruralstat.finding.SourceRef}), the catalogue message built from code and arguments, and the
 * reported and expected figures; {@link vn.ruralstat.finding.Rounding} decides when a written figure
 * agrees with the exact one. Imports only {@code message}.
 */
package vn.ruralstat.finding;
