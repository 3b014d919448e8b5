package vn.ruralstat.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ruralstat.command.Arguments;
import vn.ruralstat.command.RunProgress;
import vn.ruralstat.jobdef.Suggestions;
import vn.ruralstat.message.Message;

/**
 * The command and its options, from the raw arguments. Options take their value as the next
 * argument ({@code --input DIR}) or after '=' ({@code --input=DIR}). Other {@code --key.name=value}
 * arguments (a dot in the name) are Spring Boot properties (e.g. {@code --spring.datasource.url=…})
 * and are left to Spring. An unknown command or option is refused with the nearest known one.
 *
 * @param arguments what the command named by {@code command} reads
 * @param language  the console's language, "vi" (the default) or "en"
 * @param config    the office's configuration file given by {@code --config}, or null
 */
record CommandArguments(String command, Arguments arguments, String language, Path config) {

    static final String DEFAULT_COMMAND = "consolidate";
    static final String DEFAULT_LANGUAGE = "vi";
    static final List<String> LANGUAGES = List.of("vi", "en");
    /** Every command, and the Vietnamese alias of {@code units}. */
    static final Map<String, String> COMMANDS = commands();
    /** Every option and what its value must be; {@code NONE}: a flag without value. */
    static final Map<String, OptionValue> OPTIONS = options();

    /** What an option's value must be, and the sentence that says so when it is missing. */
    enum OptionValue {
        FOLDER("cli.option.needsFolder"),
        FILE("cli.option.needsFile"),
        TEXT("cli.option.needsValue"),
        YEAR("cli.option.needsYear"),
        LANGUAGE("cli.option.needsLanguage"),
        NONE(null);

        final String missingKey;

        OptionValue(String missingKey) {
            this.missingKey = missingKey;
        }
    }

    private static Map<String, String> commands() {
        Map<String, String> commands = new LinkedHashMap<>();
        for (String c : List.of("consolidate", "summary", "review", "units", "restart", "serve", "help")) {
            commands.put(c, c);
        }
        commands.put("don-vi", "units"); // the officer's word for it
        return java.util.Collections.unmodifiableMap(commands);
    }

    private static Map<String, OptionValue> options() {
        Map<String, OptionValue> options = new LinkedHashMap<>();
        options.put("--input", OptionValue.FOLDER);
        options.put("--output", OptionValue.FOLDER);
        options.put("--incremental", OptionValue.NONE);
        options.put("--unit", OptionValue.TEXT);
        options.put("--period", OptionValue.TEXT);
        options.put("--from", OptionValue.YEAR);
        options.put("--to", OptionValue.YEAR);
        options.put("--crosswalk", OptionValue.FILE);
        options.put("--config", OptionValue.FILE);
        options.put("--lang", OptionValue.LANGUAGE);
        options.put(Debug.OPTION, OptionValue.NONE);
        return java.util.Collections.unmodifiableMap(options);
    }

    static CommandArguments parse(String[] args) throws UsageException {
        String command = null;
        Map<String, String> values = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>(List.of(args));
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            int equals = a.indexOf('=');
            String name = a.startsWith("--") && equals > 0 ? a.substring(0, equals) : a;
            OptionValue kind = OPTIONS.get(name);
            if (kind == OptionValue.NONE) {
                values.put(name, "true");
            } else if (kind != null && equals > 0) {
                values.put(name, valueOf(name, kind, a.substring(equals + 1)));
            } else if (kind != null) {
                if (i + 1 >= rest.size() || rest.get(i + 1).startsWith("--")) {
                    throw new UsageException(Message.of(kind.missingKey, name));
                }
                values.put(name, valueOf(name, kind, rest.get(++i)));
            } else if (a.startsWith("--") && equals > 0 && name.contains(".")) {
                continue; // a Spring Boot property
            } else if (a.startsWith("-")) {
                throw unknown("cli.option.unknown", "cli.option.unknown.meant", name, OPTIONS.keySet());
            } else if (command == null) {
                command = a;
            } else {
                throw new UsageException(Message.of("cli.argument.unexpected", a));
            }
        }
        command = command == null ? DEFAULT_COMMAND : command;
        if (!COMMANDS.containsKey(command))
            throw unknown("cli.command.unknown", "cli.command.unknown.meant", command, COMMANDS.keySet());
        command = COMMANDS.get(command);
        String unit = values.get("--unit");
        Integer from = year(values.get("--from"));
        Integer to = year(values.get("--to"));
        if (command.equals("summary") && (unit == null || unit.isBlank())) {
            throw new UsageException(Message.of("cli.summary.needsUnit"));
        }
        if (command.equals("review")) {
            if (unit == null || unit.isBlank() || from == null || to == null) {
                throw new UsageException(Message.of("cli.review.needsUnitAndYears"));
            }
            if (from > to) throw new UsageException(Message.of("cli.review.fromAfterTo", from, to));
        }
        Arguments arguments = new Arguments(
                Path.of(values.getOrDefault("--input", "input")),
                Path.of(values.getOrDefault("--output", "output")),
                values.containsKey("--incremental"),
                unit,
                values.get("--period"),
                from,
                to,
                path(values.get("--crosswalk")));
        return new CommandArguments(
                command, arguments, values.getOrDefault("--lang", DEFAULT_LANGUAGE), path(values.get("--config")));
    }

    /**
     * The console's language as asked by {@code --lang} (or the property {@code --ruralstat.lang=}),
     * looked up before parsing so that even a parse error is worded in it; "vi" when absent or unknown.
     */
    static String language(String[] args) {
        String language = DEFAULT_LANGUAGE;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String asked = null;
            if (a.equals("--lang") && i + 1 < args.length) asked = args[i + 1];
            else if (a.startsWith("--lang=")) asked = a.substring("--lang=".length());
            else if (a.startsWith("--" + RunProgress.LANGUAGE_PROPERTY + "=")) {
                asked = a.substring(RunProgress.LANGUAGE_PROPERTY.length() + 3);
            }
            if (asked != null && LANGUAGES.contains(asked.strip())) language = asked.strip();
        }
        return language;
    }

    private static String valueOf(String option, OptionValue kind, String value) throws UsageException {
        if (kind == OptionValue.YEAR) {
            try {
                int year = Integer.parseInt(value.strip());
                if (year >= 1900 && year < 2200) return String.valueOf(year);
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UsageException(Message.of("cli.option.notAYear", option, value));
        }
        if (kind == OptionValue.LANGUAGE && !LANGUAGES.contains(value.strip())) {
            throw new UsageException(Message.of("cli.option.unknownLanguage", value));
        }
        return kind == OptionValue.LANGUAGE ? value.strip() : value;
    }

    /** An unknown word, with the known one it most likely meant when there is one. */
    private static UsageException unknown(
            String key, String meantKey, String typed, java.util.Collection<String> known) {
        Optional<String> meant = Suggestions.closest(typed, known);
        return new UsageException(
                meant.isPresent() ? Message.of(meantKey, typed, meant.get()) : Message.of(key, typed));
    }

    private static Integer year(String value) {
        return value == null ? null : Integer.valueOf(value);
    }

    private static Path path(String value) {
        return value == null ? null : Path.of(value);
    }
}
