package vn.ruralstat.cli;

import java.io.PrintStream;
import java.util.List;
import vn.ruralstat.message.Message;
import vn.ruralstat.message.MessageCatalogue;

/**
 * {@code --help}, {@code -h} or the command {@code help}: the usage text from the message catalogue.
 * The entry point asks before Spring starts, so help opens no database and runs no job.
 */
public final class Usage {

    static final String HELP_COMMAND = "help";
    /** Options whose value is the next argument: a value "help" ({@code --unit help}) is not the command. */
    private static final List<String> TAKES_VALUE =
            List.of("--input", "--output", "--unit", "--period", "--from", "--to", "--crosswalk");

    private Usage() {}

    /** Whether the arguments ask for help rather than a command. */
    public static boolean asked(String[] args) {
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h")) return true;
        }
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (TAKES_VALUE.contains(a)) {
                i++;
            } else if (!a.startsWith("-")) {
                return a.equals(HELP_COMMAND); // the first free argument is the command
            }
        }
        return false;
    }

    /** The usage text in Vietnamese, one line per command and option. */
    public static String text() {
        return MessageCatalogue.VIETNAMESE.render(Message.of("cli.usage"));
    }

    /** Prints the usage text when the arguments ask for it; true when they did. */
    public static boolean printIfAsked(String[] args, PrintStream out) {
        if (!asked(args)) return false;
        out.println(text());
        out.flush();
        return true;
    }
}
