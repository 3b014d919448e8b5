/**
 * The output kit shared by the consolidated report and the review: official-style table sheets
 * ({@link vn.ruralstat.output.TableSheet}, {@link vn.ruralstat.output.TableRow},
 * {@link vn.ruralstat.output.WorkbookStyles}), the charts sheet, the chart look
 * ({@link vn.ruralstat.output.ChartStyle}) and file names, the staging folder that publishes a
 * report whole or not at all, and the one JSON mapper. It knows no dataset and no report: it
 * imports only {@code sheet} (name folding); {@code report} and {@code review} import it.
 */
package vn.ruralstat.output;
