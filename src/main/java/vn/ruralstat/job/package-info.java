/**
 * The Spring Batch consolidation job, only wired here: ingest (one file per chunk, restartable) →
 * nothing-new decision → check → consolidate → annotate → report, its launcher, the {@code consolidate}
 * command, and the injected {@code Rulebooks} bean. It runs no SQL of its own ({@code store} does).
 * Imports the feature packages it wires; nothing imports it but {@code cli} and {@code schedule}.
 */
package vn.ruralstat.job;
