/**
 * Generates inputs of any size shaped like the samples (village poverty tables, target lists,
 * criteria matrices with criterion headers taken from the rulebook), with a manifest of what a
 * correct consolidation must find; for tests and the benchmark. Imports {@code rulebook} and
 * {@code period}.
 */
package vn.ruralstat.synthetic;
