package vn.ruralstat.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command and its options, from the raw arguments. Options take their value as the next
 * argument ({@code --input DIR}) or after '=' ({@code --input=DIR}). Other {@code --key=value}
 * arguments are Spring Boot properties (e.g. {@code --spring.datasource.url=…}) and are left to
 * Spring.
 */
record CommandArguments(String command, Path input, Path output, boolean incremental, String unit, String period) {

    static final String DEFAULT_COMMAND = "consolidate";
    static final List<String> COMMANDS = List.of("consolidate", "restart", "summary", "serve");
    static final String USAGE = "usage: ruralstat [consolidate] [--input DIR] [--output DIR] [--incremental]"
            + " | ruralstat summary --unit NAME [--period P] [--output DIR] | ruralstat restart | ruralstat serve";

    static CommandArguments parse(String[] args) throws UsageException {
        String command = null;
        Path input = Path.of("input");
        Path output = Path.of("output");
        boolean incremental = false;
        String unit = null;
        String period = null;
        List<String> rest = new ArrayList<>(List.of(args));
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            if (a.equals("--input") || a.equals("--output")) {
                if (i + 1 >= rest.size() || rest.get(i + 1).startsWith("--")) {
                    throw new UsageException(a + " cần một thư mục / needs a folder. " + USAGE);
                }
                Path value = Path.of(rest.get(++i));
                if (a.equals("--input")) input = value; else output = value;
            } else if (a.equals("--unit") || a.equals("--period")) {
                if (i + 1 >= rest.size() || rest.get(i + 1).startsWith("--")) {
                    throw new UsageException(a + " cần một giá trị / needs a value. " + USAGE);
                }
                if (a.equals("--unit")) unit = rest.get(++i); else period = rest.get(++i);
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
        return new CommandArguments(command, input, output, incremental, unit, period);
    }
}
