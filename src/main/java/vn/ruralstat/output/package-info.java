/**
 * The output kit shared by the consolidated report and the review: official-style table sheets
 * ({@link vn.ruralstat.output.TableSheet}, {@link vn.ruralstat.output.TableRow},
 * {@link vn.ruralstat.output.WorkbookStyles}), the charts sheet, the chart look
 * ({@link vn.ruralstat.output.ChartStyle}) and file names, the staging folder that publishes a
 * report whole or not at all, the one JSON mapper, and the layout of the official form elements
 * around a table ({@link vn.ruralstat.output.FormLayout}: heading, signatures, recipients) with print
 * scales that keep type at 10 pt or more on paper. It knows no dataset and no report: it imports only
 * {@code sheet} (name folding), {@code office} (the resolved form) and {@code message}'s
 * {@code VisibleText} (control characters in a name shown, never written raw into a cell); {@code report} and {@code review}
 * import it.
 */
package vn.ruralstat.output;
