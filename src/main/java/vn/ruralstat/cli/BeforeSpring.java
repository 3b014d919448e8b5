package vn.ruralstat.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.OptionalInt;
import vn.ruralstat.message.Message;
import vn.ruralstat.message.MessageCatalogue;

/**
 * What the command line answers before Spring starts, in a few milliseconds and without opening the
 * database: the help text (exit 0) and arguments it cannot use (exit 2, one line and where to read
 * the help), in the asked language.
 */
public final class BeforeSpring {

    private BeforeSpring() {}

    /**
     * The exit code when the arguments were answered here (help, or an argument error); empty when
     * the command is to run.
     */
    public static OptionalInt answer(String[] args, PrintStream out, PrintStream err) {
        if (Usage.printIfAsked(args, out)) return OptionalInt.of(RuralstatCommandLine.COMPLETED);
        MessageCatalogue catalogue =
                MessageCatalogue.of(CommandArguments.language(args)).orElseThrow();
        try {
            CommandArguments parsed = CommandArguments.parse(args);
            if (parsed.config() != null && !Files.isReadable(parsed.config())) {
                throw new UsageException(
                        Message.of("cli.config.unreadable", parsed.config().toAbsolutePath()));
            }
            if (parsed.command().equals("consolidate")) {
                RuralstatCommandLine.checkFolders(
                        parsed.arguments().input(), parsed.arguments().output());
            }
            return OptionalInt.empty();
        } catch (UsageException e) {
            err.println(line(e, catalogue));
            err.flush();
            return OptionalInt.of(RuralstatCommandLine.BAD_ARGUMENTS);
        }
    }

    /** "ruralstat: the reason (see: java -jar ruralstat.jar --help)", in one line. */
    static String line(UsageException e, MessageCatalogue catalogue) {
        return "ruralstat: " + catalogue.render(e.reason()) + " (" + catalogue.render(Message.of("cli.seeHelp")) + ")";
    }
}
