/**
 * The administrative unit as a value ({@link vn.ruralstat.unit.Unit}): level word, name as written,
 * official code, and the matching keys by which two mentions of one unit are joined. Imports only
 * {@code sheet} (name normalisation); every package above may import it.
 */
package vn.ruralstat.unit;
