/**
 * The NTM criteria datasets: the commune × criteria matrix, read by the header words of the rulebook's
 * criteria ({@link vn.ruralstat.criteria.CriteriaMatrixReader}), and the commune target list; their
 * records, recounts, checks and rows in the database. Imports {@code dataset}, {@code rulebook},
 * {@code finding}, {@code message}, {@code sheet}.
 */
package vn.ruralstat.criteria;
