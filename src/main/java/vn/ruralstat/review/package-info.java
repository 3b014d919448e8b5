/**
 * The {@code review} command: the stored years of a unit ({@code StoredHistory}), restated on
 * today's units through the crosswalk and computed into a {@link vn.ruralstat.review.Review}
 * ({@link vn.ruralstat.review.ReviewCalculator}, plain), then written as a workbook, trend charts
 * and JSON by its own writers ({@link vn.ruralstat.review.ReviewReportWriter}). Imports
 * {@code command}, {@code output}, {@code boundary}, {@code consolidate} and the dataset and value
 * packages; never {@code report} or {@code job}.
 */
package vn.ruralstat.review;
