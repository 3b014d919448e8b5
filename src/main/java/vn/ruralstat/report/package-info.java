/**
 * The consolidated report of a run: the workbook's sheets, the meeting charts and the JSON
 * summary for the next level up ({@link vn.ruralstat.report.ReportWriter}), built on the shared
 * {@code output} kit. Imports {@code output}, {@code consolidate} and the dataset, rulebook and
 * value packages; never {@code review}, {@code summary} or {@code job}, which import it.
 */
package vn.ruralstat.report;
