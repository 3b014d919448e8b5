/**
 * What the command line and the scheduler run by name: the {@link vn.ruralstat.command.Command}
 * interface, its {@link vn.ruralstat.command.Arguments} and its one
 * {@link vn.ruralstat.command.Outcome} (exit status, files written, console lines, the reason of
 * a refusal), and the console progress printer. The commands live with their feature
 * (consolidation in {@code job}, summary in {@code summary}, review in {@code review}) and import
 * this package; it imports no other ruralstat package.
 */
package vn.ruralstat.command;
