package vn.ruralstat.jobdef;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.scheduling.support.CronExpression;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import vn.ruralstat.jobdef.YamlValues.Expected;
import vn.ruralstat.message.Message;

/**
 * Reads one definition file into a {@link JobDefinition}, reporting every problem it finds rather
 * than stopping at the first. Which keys a kind needs, and which it has no use for, is decided here.
 */
final class JobDefinitionReader {

    static final List<String> KEYS = List.of(
            "name", "kind", "input", "output", "schedule", "units", "periods", "options", "enabled", "crosswalk");

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Expected FOLDER = new Expected("jobdef.expect.folder");
    private static final Expected CRON = new Expected("jobdef.expect.cron");
    private static final Expected UNITS = new Expected("jobdef.expect.units");

    /**
     * What one file gave: its definition when it has no problem, and its name and the line of
     * {@code name:} (0 when the name comes from the file name) for the check across files.
     */
    record Result(
            Optional<JobDefinition> definition,
            Optional<String> name,
            int nameLine,
            List<JobDefinitionProblem> problems) {}

    private final Path projectFolder;
    private final Path file;
    private final Problems problems;
    private final SafeYaml yaml = new SafeYaml();
    private final YamlValues values;
    private YamlMapping mapping;
    private int nameLine;

    private JobDefinitionReader(Path projectFolder, Path file, String label) {
        this.projectFolder = projectFolder;
        this.file = file;
        this.problems = new Problems(label);
        this.values = new YamlValues(yaml, problems);
    }

    /**
     * @param projectFolder the folder relative paths resolve against (the one holding {@code jobs/})
     * @param label         the file as messages name it ({@code jobs/nightly.yaml})
     */
    static Result read(Path projectFolder, Path file, String label) {
        return new JobDefinitionReader(projectFolder, file, label).read();
    }

    private Result read() {
        Optional<Node> root = DefinitionFile.parse(file, yaml, problems);
        if (root.isEmpty()) return new Result(Optional.empty(), Optional.empty(), 0, problems.list());
        if (!(root.get() instanceof MappingNode top)) {
            problems.at(root.get(), null, Message.of("jobdef.notAMapping", YamlValues.found(root.get())));
            return new Result(Optional.empty(), Optional.empty(), 0, problems.list());
        }
        mapping = YamlMapping.read(top, "", KEYS, problems);

        Optional<JobKind> kind = kind();
        Optional<String> name = name();
        Optional<Path> input = input(kind);
        Optional<Path> output = folder("output");
        if (output.isEmpty() && mapping.value("output").isEmpty()) {
            mapping.missing("output", Message.of("jobdef.expect.output"));
        }
        if (input.isPresent() && output.isPresent()) outsideInput(output.get(), input.get());
        Optional<String> schedule = mapping.value("schedule")
                .flatMap(n -> values.text("schedule", n, CRON).flatMap(t -> cron(t, n)));
        List<String> units = units(kind);
        List<YearRange> periods = kind.map(k -> new PeriodsReader(mapping, values, problems).read(k))
                .orElse(List.of());
        JobDefinition.Options options = new OptionsReader(mapping, values, problems).read(kind);
        boolean enabled =
                mapping.value("enabled").flatMap(n -> values.bool("enabled", n)).orElse(true);
        Optional<Path> crosswalk = crosswalk(kind);

        Optional<JobDefinition> definition = Optional.empty();
        if (problems.isEmpty()) {
            definition = Optional.of(new JobDefinition(
                    name.orElseThrow(),
                    kind.orElseThrow(),
                    input.orElse(null),
                    output.orElseThrow(),
                    schedule.orElse(null),
                    units,
                    periods,
                    options,
                    enabled,
                    file,
                    crosswalk.orElse(null)));
        }
        return new Result(definition, name, nameLine, problems.list());
    }

    private Optional<JobKind> kind() {
        String allowed = Arrays.stream(JobKind.values()).map(JobKind::yamlName).collect(Collectors.joining(", "));
        Optional<Node> node = mapping.value("kind");
        if (node.isEmpty()) {
            mapping.missing("kind", Message.of("jobdef.expect.kind", allowed));
            return Optional.empty();
        }
        Optional<String> text = values.text("kind", node.get(), new Expected("jobdef.expect.oneOf", allowed));
        if (text.isEmpty()) return Optional.empty();
        for (JobKind k : JobKind.values()) {
            if (k.yamlName().equalsIgnoreCase(text.get())) return Optional.of(k);
        }
        List<String> names =
                Arrays.stream(JobKind.values()).map(JobKind::yamlName).toList();
        problems.at(
                node.get(),
                "kind",
                Suggestions.closest(text.get(), names)
                        .map(m -> Message.of("jobdef.kind.unknown.meant", text.get(), allowed, m))
                        .orElse(Message.of("jobdef.kind.unknown", text.get(), allowed)));
        return Optional.empty();
    }

    private Optional<String> name() {
        Optional<Node> node = mapping.value("name");
        if (node.isPresent()) {
            nameLine = Problems.lineOf(node.get());
            Optional<String> text = values.text("name", node.get(), new Expected("jobdef.expect.name"));
            if (text.isPresent() && !NAME.matcher(text.get()).matches()) {
                problems.at(node.get(), "name", Message.of("jobdef.name.invalid", text.get()));
                return Optional.empty();
            }
            return text;
        }
        String fileName = file.getFileName().toString();
        String fromFile = fileName.substring(0, fileName.lastIndexOf('.'));
        if (!NAME.matcher(fromFile).matches()) {
            problems.add(0, "name", Message.of("jobdef.name.invalidFileName", fromFile));
            return Optional.empty();
        }
        return Optional.of(fromFile);
    }

    private Optional<Path> input(Optional<JobKind> kind) {
        if (kind.isPresent() && kind.get() != JobKind.CONSOLIDATION) {
            mapping.notUsed("input", kind.get(), Message.of("jobdef.why.readsDatabase"));
            return Optional.empty();
        }
        Optional<Path> input = folder("input");
        if (kind.isPresent() && mapping.value("input").isEmpty()) {
            mapping.missing("input", Message.of("jobdef.expect.input"));
        }
        return input;
    }

    /** A review's own crosswalk file: it must exist and be a valid crosswalk, checked now rather than at 2 a.m. */
    private Optional<Path> crosswalk(Optional<JobKind> kind) {
        if (kind.isPresent() && kind.get() != JobKind.REVIEW) {
            mapping.notUsed("crosswalk", kind.get(), Message.of("jobdef.why.onlyReviewRestates"));
            return Optional.empty();
        }
        Optional<Path> path = folder("crosswalk");
        if (path.isEmpty()) return path;
        Node node = mapping.value("crosswalk").orElseThrow();
        if (!java.nio.file.Files.isRegularFile(path.get())) {
            problems.at(node, "crosswalk", Message.of("jobdef.crosswalk.notAFile", path.get()));
            return Optional.empty();
        }
        try {
            vn.ruralstat.boundary.CrosswalkLoader.load(path.get());
        } catch (vn.ruralstat.boundary.CrosswalkException e) {
            problems.at(
                    node,
                    "crosswalk",
                    Message.localized("jobdef.crosswalk.unreadable", List.of(e.vietnamese()), List.of(e.english())));
            return Optional.empty();
        }
        return path;
    }

    /** A consolidation writing into its own input folder would read its reports back the next night. */
    private void outsideInput(Path output, Path input) {
        if (!output.startsWith(input)) return;
        problems.at(
                mapping.value("output").orElseThrow(),
                "output",
                Message.of("jobdef.output.insideInput", output, input));
    }

    private Optional<Path> folder(String key) {
        Optional<Node> node = mapping.value(key);
        Optional<String> text = node.flatMap(n -> values.text(key, n, FOLDER));
        if (text.isEmpty()) return Optional.empty();
        if (text.get().startsWith("~")) {
            problems.at(node.get(), key, Message.of("jobdef.path.tilde", text.get()));
            return Optional.empty();
        }
        try {
            return Optional.of(projectFolder.resolve(Path.of(text.get())).normalize());
        } catch (InvalidPathException e) {
            problems.at(node.get(), key, Message.of("jobdef.path.unusable", text.get(), e.getReason()));
            return Optional.empty();
        }
    }

    /** The expression as written when Spring's {@link CronExpression} accepts it. */
    private Optional<String> cron(String text, Node node) {
        try {
            CronExpression.parse(text);
            return Optional.of(text);
        } catch (IllegalArgumentException e) {
            String withSeconds = "0 " + text;
            boolean systemCron = text.split("\\s+").length == 5 && CronExpression.isValidExpression(withSeconds);
            // Spring's own reason is in English only: the Vietnamese text leaves it out.
            problems.at(
                    node,
                    "schedule",
                    systemCron
                            ? Message.of("jobdef.cron.systemCrontab", text, withSeconds)
                            : Message.localized(
                                    "jobdef.cron.invalid", List.of(text, ""), List.of(text, "; " + e.getMessage())));
            return Optional.empty();
        }
    }

    private List<String> units(Optional<JobKind> kind) {
        if (kind.isPresent() && kind.get() == JobKind.CONSOLIDATION) {
            mapping.notUsed("units", kind.get(), Message.of("jobdef.why.consolidatesInput"));
            return List.of();
        }
        Optional<Node> node = mapping.value("units");
        if (node.isEmpty()) {
            if (kind.isPresent()) {
                mapping.missing(
                        "units", Message.of("jobdef.expect.unitsOf", kind.get().yamlName()));
            }
            return List.of();
        }
        List<String> units = new ArrayList<>();
        List<Node> items = values.list("units", node.get(), UNITS).orElse(null);
        if (items == null) return List.of();
        if (items.isEmpty()) values.wrong("units", node.get(), UNITS);
        for (Node item : items) {
            Optional<String> unit = values.text("units", item, new Expected("jobdef.expect.unit"));
            if (unit.isEmpty()) continue;
            if (units.stream()
                    .anyMatch(u -> u.toLowerCase(Locale.ROOT).equals(unit.get().toLowerCase(Locale.ROOT)))) {
                problems.at(item, "units", Message.of("jobdef.listedTwice", unit.get()));
            } else {
                units.add(unit.get());
            }
        }
        return units;
    }
}
