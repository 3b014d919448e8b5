/**
 * The {@code summary} command: one unit and period cut out of the latest completed run that holds
 * it ({@link vn.ruralstat.summary.UnitSummary}, plain) and written as the consolidated report
 * would write it ({@link vn.ruralstat.summary.UnitSummaryWriter}), published as one set. Imports
 * {@code command}, {@code consolidate}, {@code report}, {@code output} and the dataset and value packages below them; nothing
 * imports it but the application's wiring.
 */
package vn.ruralstat.summary;
