/**
 * What the command line and the scheduler run by name: the {@link vn.ruralstat.command.Command}
 * interface, its {@link vn.ruralstat.command.Arguments} and its one
 * {@link vn.ruralstat.command.Outcome} (exit status, files written, console lines, the reason of
 * a refusal), and the console ({@link vn.ruralstat.command.RunProgress}), which words every line
 * from the message catalogue in the console's language (Vietnamese, or English with {@code --lang en}).
 * The commands live with their feature (consolidation in {@code job}, summary in {@code summary},
 * review in {@code review}, the stored units in {@code units}) and import this package; it imports
 * only {@code message}.
 */
package vn.ruralstat.command;
