/**
 * The NTM indicator datasets (one commune's indicator table, the commune × indicator matrix) and the
 * commune register of groups: reading, storing, and evaluating each commune against the targets of
 * the rulebook of its period. Imports {@code dataset}, {@code rulebook}, {@code finding},
 * {@code message}, {@code sheet}.
 */
package vn.ruralstat.indicators;
