/**
 * The command line: parses the arguments ({@code CommandArguments}), runs the command of that name
 * among the {@code command} beans, and turns its outcome into one-line errors and exit codes 0, 1
 * and 2; {@code restart} and {@code serve} are its own. Imports {@code command}, {@code job} (the
 * restart), {@code jobdef}, {@code schedule} and {@code message} (the usage text); only the entry point imports
 * it, for {@code --help} before Spring starts.
 */
package vn.ruralstat.cli;
