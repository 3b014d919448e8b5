/**
 * The command {@code units} (also {@code don-vi}): which units and periods the database holds
 * figures for, read from the stored tables of completed runs and shown as a table on the console,
 * so that an officer knows what to ask {@code summary} and {@code review} for. Imports
 * {@code command}, {@code store}, {@code unit} and {@code message}; nothing imports it.
 */
package vn.ruralstat.units;
