/**
 * The command line: parses the arguments ({@code CommandArguments}, with a did-you-mean for an
 * unknown command or option), answers help and unusable arguments before Spring starts
 * ({@code BeforeSpring}), runs the command of that name among the {@code command} beans, and turns
 * its outcome into one-line errors, in the console's language, and exit codes 0, 1 and 2;
 * {@code restart} and {@code serve} are its own. Imports {@code command}, {@code job} (the restart),
 * {@code jobdef} (its word suggestions), {@code schedule}, {@code output} (office-readable folders)
 * and {@code message}; only the entry point imports it.
 */
package vn.ruralstat.cli;
