/**
 * The village poverty dataset: recognising its tables ({@link vn.ruralstat.poverty.PovertyTableReader}),
 * its records, its household-weighted figures and roll-ups, its checks ({@link
 * vn.ruralstat.poverty.PovertyChecks}): which cell of a disagreeing row is likeliest wrong ({@link
 * vn.ruralstat.poverty.CellSuspicion}, weighing rates, totals rows, the previous period and {@link
 * vn.ruralstat.poverty.Transpositions}) and what is plausible ({@link vn.ruralstat.poverty.PlausibilityLimits}),
 * and its rows in the database ({@link
 * vn.ruralstat.poverty.PovertyRows}). Plain calculations without Spring except the reader and rows
 * beans. Imports {@code dataset}, {@code rulebook}, {@code finding}, {@code message}, {@code sheet}.
 */
package vn.ruralstat.poverty;
