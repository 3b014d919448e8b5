/**
 * The command line: parses the arguments ({@code CommandArguments}), runs the command of that name
 * among the {@code command} beans, and turns its outcome into one-line errors and exit codes 0, 1
 * and 2; {@code restart} and {@code serve} are its own. Imports {@code command}, {@code job} (the
 * restart), {@code jobdef} and {@code schedule}; nothing imports it.
 */
package vn.ruralstat.cli;
