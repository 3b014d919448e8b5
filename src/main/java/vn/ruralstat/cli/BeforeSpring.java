package vn.ruralstat.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import vn.ruralstat.command.RunProgress;
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
        MessageCatalogue catalogue = catalogue(args);
        try {
            CommandArguments parsed = CommandArguments.parse(args);
            // An unreadable --config file is refused by the entry point through config.ConfigFile, once.
            if (parsed.command().equals("consolidate")) {
                RuralstatCommandLine.checkInput(parsed.arguments().input());
            }
            if (RuralstatCommandLine.WRITING_COMMANDS.contains(parsed.command())) {
                checkOutputCanBeMade(parsed.arguments().output());
            }
            return OptionalInt.empty();
        } catch (UsageException e) {
            err.println(line(e, catalogue));
            err.flush();
            return OptionalInt.of(RuralstatCommandLine.BAD_ARGUMENTS);
        }
    }

    /** The catalogue of the console's language asked by {@code --lang} (Vietnamese by default). */
    public static MessageCatalogue catalogue(String[] args) {
        return MessageCatalogue.of(CommandArguments.language(args)).orElseThrow();
    }

    /**
     * Sets the console's language asked by {@code --lang} as the system property Spring's beans read,
     * and which a start-up failure is reported in when Spring could not start.
     */
    public static void useLanguage(String[] args) {
        System.setProperty(RunProgress.LANGUAGE_PROPERTY, CommandArguments.language(args));
    }

    /**
     * The output folder is writable, or can be made in its nearest existing parent; nothing is made
     * here, so a run that never starts leaves no folder behind.
     */
    static void checkOutputCanBeMade(Path output) throws UsageException {
        Path existing = output.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null || !Files.isDirectory(existing)) {
            throw new UsageException(Message.of("cli.output.cannotCreate", output.toAbsolutePath()));
        }
        if (!Files.isWritable(existing)) {
            throw new UsageException(Message.of(
                    existing.equals(output.toAbsolutePath().normalize())
                            ? "cli.output.notWritable"
                            : "cli.output.cannotCreate",
                    output.toAbsolutePath()));
        }
    }

    /** "ruralstat: the reason (see: java -jar ruralstat.jar --help)", in one line. */
    static String line(UsageException e, MessageCatalogue catalogue) {
        return "ruralstat: " + catalogue.render(e.reason()) + " (" + catalogue.render(Message.of("cli.seeHelp")) + ")";
    }
}
