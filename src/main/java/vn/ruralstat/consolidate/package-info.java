/**
 * A run's consolidation: the run model, built once per run from what the datasets stored ({@link
 * vn.ruralstat.consolidate.RunModels}); duplicate submissions resolved; every table checked, each row against its previous stored
 * period ({@link vn.ruralstat.consolidate.PreviousPeriods}); counts the checks corrected used and
 * figures resting on a disputed cell marked ({@link vn.ruralstat.consolidate.DisputedCells}); poverty
 * rolled up to parent units and stamped with its standard; the {@link
 * vn.ruralstat.consolidate.Consolidation} the outputs are written from. Imports the dataset packages,
 * {@code dataset}, {@code store}, {@code rulebook}, {@code finding}, {@code sheet}, {@code period}.
 */
package vn.ruralstat.consolidate;
