/**
 * {@code serve}: runs the scheduled job definitions of {@code jobs/} by cron, each kind through
 * the {@code command} of its name, never two firings of one job at once across processes
 * ({@link vn.ruralstat.schedule.JobLock}). Imports {@code command}, {@code jobdef} and {@code job}
 * (to stop running executions on shutdown); only {@code cli} imports it.
 */
package vn.ruralstat.schedule;
