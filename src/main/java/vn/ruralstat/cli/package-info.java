/**
 * The command line: parses the arguments ({@code CommandArguments}, with a did-you-mean for an
 * unknown command or option), answers help and unusable arguments before Spring starts
 * ({@code BeforeSpring}), runs the command of that name among the {@code command} beans, and turns
 * its outcome into one-line errors, in the console's language, and exit codes 0, 1 and 2; any
 * other failure, start-up included, is one line too ({@code OneLineFailureReporter}, {@code FailureLine}:
 * exit code 3 when the database cannot be used), its stack trace only with {@code --debug};
 * {@code restart} and {@code serve} are its own. Imports {@code command}, {@code job} (the restart, an unusable targets file),
 * {@code jobdef} (its word suggestions), {@code schedule}, {@code output} (office-readable folders)
 * and {@code message}; only the entry point imports it.
 */
package vn.ruralstat.cli;
