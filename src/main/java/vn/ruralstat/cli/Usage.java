package vn.ruralstat.cli;

import java.io.PrintStream;
import vn.ruralstat.message.Message;
import vn.ruralstat.message.MessageCatalogue;

/**
 * {@code --help}, {@code -h} or the command {@code help}: the usage text from the message catalogue,
 * every command and option with an example. The entry point asks before Spring starts, so help
 * opens no database and runs no job.
 */
public final class Usage {

    static final String HELP_COMMAND = "help";

    private Usage() {}

    /** Whether the arguments ask for help rather than a command. */
    public static boolean asked(String[] args) {
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h")) return true;
        }
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            CommandArguments.OptionValue kind = CommandArguments.OPTIONS.get(a);
            if (kind != null && kind != CommandArguments.OptionValue.NONE) {
                i++; // its value: "--unit help" names a unit, not the command
            } else if (!a.startsWith("-")) {
                return a.equals(HELP_COMMAND); // the first free argument is the command
            }
        }
        return false;
    }

    /** The usage text in Vietnamese. */
    public static String text() {
        return text(MessageCatalogue.VIETNAMESE);
    }

    /** The usage text in the catalogue's language, one line per command and option, each with an example. */
    static String text(MessageCatalogue catalogue) {
        return catalogue.render(Message.of("cli.usage"));
    }

    /** Prints the usage text in the asked language when the arguments ask for it; true when they did. */
    public static boolean printIfAsked(String[] args, PrintStream out) {
        if (!asked(args)) return false;
        out.println(text(MessageCatalogue.of(CommandArguments.language(args)).orElseThrow()));
        out.flush();
        return true;
    }
}
