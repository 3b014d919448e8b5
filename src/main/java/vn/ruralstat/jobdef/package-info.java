/**
 * Job definitions: the YAML files of {@code jobs/}, one job a file (nightly consolidation, unit
 * summary, multi-year review), read and validated before anything runs.
 *
 * <p>{@link vn.ruralstat.jobdef.JobDefinitions#load} reads a folder into
 * {@link vn.ruralstat.jobdef.JobDefinition}s, or throws one
 * {@link vn.ruralstat.jobdef.InvalidJobDefinitionException} listing every
 * {@link vn.ruralstat.jobdef.JobDefinitionProblem} of every file (file, line, key, what was found and
 * what is expected, a {@code jobdef.*} sentence of the message catalogue, printed in English and
 * Vietnamese). YAML is only composed into nodes, never into objects
 * named by tags, so a definition file cannot make the loader build anything but text, numbers and
 * booleans. The keys are documented in {@code jobs/README.md}.
 *
 * <p>No Spring wiring, no scheduler, no database: a plain loader that the command line and the
 * scheduler call at start-up (Spring is used only for {@code CronExpression}). It imports
 * {@code message} for its texts.
 */
package vn.ruralstat.jobdef;
