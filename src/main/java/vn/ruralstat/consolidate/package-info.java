/**
 * A run's consolidation: the run model, built once per run from what the datasets stored ({@link
 * vn.ruralstat.consolidate.RunModels}); duplicate submissions resolved; every table checked; poverty
 * rolled up to parent units and stamped with its standard; the {@link
 * vn.ruralstat.consolidate.Consolidation} the outputs are written from. Imports the dataset packages,
 * {@code dataset}, {@code store}, {@code rulebook}, {@code finding}, {@code sheet}, {@code period}.
 */
package vn.ruralstat.consolidate;
