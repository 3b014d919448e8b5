package vn.ruralstat.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.ruralstat.command.Arguments;

/**
 * The command and its options, from the raw arguments. Options take their value as the next
 * argument ({@code --input DIR}) or after '=' ({@code --input=DIR}). Other {@code --key=value}
 * arguments are Spring Boot properties (e.g. {@code --spring.datasource.url=…}) and are left to
 * Spring.
 *
 * @param arguments what the command named by {@code command} reads
 */
record CommandArguments(String command, Arguments arguments) {

    static final String DEFAULT_COMMAND = "consolidate";
    static final List<String> COMMANDS = List.of("consolidate", "restart", "summary", "review", "serve");
    static final String USAGE = "usage: ruralstat [consolidate] [--input DIR] [--output DIR] [--incremental]"
            + " | ruralstat summary --unit NAME [--period P] [--output DIR]"
            + " | ruralstat review --unit NAME --from YEAR --to YEAR [--output DIR] [--crosswalk FILE]"
            + " | ruralstat restart | ruralstat serve";

    static CommandArguments parse(String[] args) throws UsageException {
        String command = null;
        Path input = Path.of("input");
        Path output = Path.of("output");
        boolean incremental = false;
        String unit = null;
        String period = null;
        Integer from = null;
        Integer to = null;
        Path crosswalk = null;
        List<String> rest = new ArrayList<>(List.of(args));
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            if (a.equals("--input") || a.equals("--output")) {
                if (i + 1 >= rest.size() || rest.get(i + 1).startsWith("--")) {
                    throw new UsageException(a + " cần một thư mục / needs a folder. " + USAGE);
                }
                Path value = Path.of(rest.get(++i));
                if (a.equals("--input")) input = value;
                else output = value;
            } else if (a.equals("--unit") || a.equals("--period")) {
                if (i + 1 >= rest.size() || rest.get(i + 1).startsWith("--")) {
                    throw new UsageException(a + " cần một giá trị / needs a value. " + USAGE);
                }
                if (a.equals("--unit")) unit = rest.get(++i);
                else period = rest.get(++i);
            } else if (a.equals("--from") || a.equals("--to")) {
                if (i + 1 >= rest.size() || rest.get(i + 1).startsWith("--")) {
                    throw new UsageException(a + " cần một năm / needs a year. " + USAGE);
                }
                int year = year(a, rest.get(++i));
                if (a.equals("--from")) from = year;
                else to = year;
            } else if (a.equals("--crosswalk")) {
                if (i + 1 >= rest.size() || rest.get(i + 1).startsWith("--")) {
                    throw new UsageException(a + " cần một tệp / needs a file. " + USAGE);
                }
                crosswalk = Path.of(rest.get(++i));
            } else if (a.equals("--incremental")) {
                incremental = true;
            } else if (a.startsWith("--input=")) {
                input = Path.of(a.substring("--input=".length()));
            } else if (a.startsWith("--output=")) {
                output = Path.of(a.substring("--output=".length()));
            } else if (a.startsWith("--") && a.contains("=")) {
                continue; // a Spring Boot property
            } else if (a.equals("--help") || a.equals("-h")) {
                throw new UsageException(USAGE);
            } else if (a.startsWith("-")) {
                throw new UsageException("Tùy chọn không rõ / unknown option: " + a + ". " + USAGE);
            } else if (command == null) {
                command = a;
            } else {
                throw new UsageException("Thừa tham số / unexpected argument: " + a + ". " + USAGE);
            }
        }
        command = command == null ? DEFAULT_COMMAND : command;
        if (!COMMANDS.contains(command)) {
            throw new UsageException("Lệnh không rõ / unknown command: " + command + ". " + USAGE);
        }
        if (command.equals("summary") && (unit == null || unit.isBlank())) {
            throw new UsageException("summary cần --unit / summary needs --unit NAME. " + USAGE);
        }
        if (command.equals("review")) {
            if (unit == null || unit.isBlank() || from == null || to == null) {
                throw new UsageException(
                        "review cần --unit, --from và --to / review needs --unit, --from and --to. " + USAGE);
            }
            if (from > to) {
                throw new UsageException("--from " + from + " sau --to " + to + " / --from is after --to. " + USAGE);
            }
        }
        return new CommandArguments(
                command, new Arguments(input, output, incremental, unit, period, from, to, crosswalk));
    }

    private static int year(String option, String value) throws UsageException {
        try {
            int year = Integer.parseInt(value.strip());
            if (year >= 1900 && year < 2200) return year;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " cần một năm như 2021, không phải '" + value
                + "' / needs a year such as 2021, not '" + value + "'. " + USAGE);
    }
}
