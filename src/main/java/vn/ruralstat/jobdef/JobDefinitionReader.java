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

/**
 * Reads one definition file into a {@link JobDefinition}, reporting every problem it finds rather
 * than stopping at the first. Which keys a kind needs, and which it has no use for, is decided here.
 */
final class JobDefinitionReader {

    static final List<String> KEYS = List.of("name", "kind", "input", "output", "schedule", "units", "periods",
            "options", "enabled", "crosswalk");

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Expected FOLDER = new Expected("a folder, e.g. output/tom-tat", "một thư mục, ví dụ output/tom-tat");
    private static final Expected CRON = new Expected("a cron expression such as '0 0 2 * * *'",
            "biểu thức cron, ví dụ '0 0 2 * * *'");
    private static final Expected UNITS = new Expected("a list of unit names, e.g. units: [\"Quảng Hòa\", \"Ngân Sơn\"]",
            "danh sách tên đơn vị, ví dụ units: [\"Quảng Hòa\", \"Ngân Sơn\"]");

    /**
     * What one file gave: its definition when it has no problem, and its name and the line of
     * {@code name:} (0 when the name comes from the file name) for the check across files.
     */
    record Result(Optional<JobDefinition> definition, Optional<String> name, int nameLine,
            List<JobDefinitionProblem> problems) {
    }

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
            problems.at(root.get(), null, "found " + YamlValues.foundEnglish(root.get())
                            + "; expected keys such as kind: and output:, one a line",
                    "gặp " + YamlValues.foundVietnamese(root.get()) + "; cần các khóa như kind: và output:, mỗi khóa một dòng");
            return new Result(Optional.empty(), Optional.empty(), 0, problems.list());
        }
        mapping = YamlMapping.read(top, "", KEYS, problems);

        Optional<JobKind> kind = kind();
        Optional<String> name = name();
        Optional<Path> input = input(kind);
        Optional<Path> output = folder("output");
        if (output.isEmpty() && mapping.value("output").isEmpty()) {
            mapping.missing("output", "the folder the job writes into, e.g. output: output/tom-tat",
                    "thư mục ghi kết quả, ví dụ output: output/tom-tat");
        }
        if (input.isPresent() && output.isPresent()) outsideInput(output.get(), input.get());
        Optional<String> schedule = mapping.value("schedule").flatMap(n -> values.text("schedule", n, CRON)
                .flatMap(t -> cron(t, n)));
        List<String> units = units(kind);
        List<YearRange> periods = kind.map(k -> new PeriodsReader(mapping, values, problems).read(k)).orElse(List.of());
        JobDefinition.Options options = new OptionsReader(mapping, values, problems).read(kind);
        boolean enabled = mapping.value("enabled").flatMap(n -> values.bool("enabled", n)).orElse(true);
        Optional<Path> crosswalk = crosswalk(kind);

        Optional<JobDefinition> definition = Optional.empty();
        if (problems.isEmpty()) {
            definition = Optional.of(new JobDefinition(name.orElseThrow(), kind.orElseThrow(), input.orElse(null),
                    output.orElseThrow(), schedule.orElse(null), units, periods, options, enabled, file,
                    crosswalk.orElse(null)));
        }
        return new Result(definition, name, nameLine, problems.list());
    }

    private Optional<JobKind> kind() {
        String allowed = Arrays.stream(JobKind.values()).map(JobKind::yamlName).collect(Collectors.joining(", "));
        Optional<Node> node = mapping.value("kind");
        if (node.isEmpty()) {
            mapping.missing("kind", "what the job does: one of " + allowed, "loại công việc: một trong " + allowed);
            return Optional.empty();
        }
        Optional<String> text = values.text("kind", node.get(), new Expected("one of " + allowed, "một trong " + allowed));
        if (text.isEmpty()) return Optional.empty();
        for (JobKind k : JobKind.values()) {
            if (k.yamlName().equalsIgnoreCase(text.get())) return Optional.of(k);
        }
        List<String> names = Arrays.stream(JobKind.values()).map(JobKind::yamlName).toList();
        String hint = Suggestions.closest(text.get(), names).map(m -> "did you mean '" + m + "'? ").orElse("");
        String hintVi = Suggestions.closest(text.get(), names).map(m -> "có phải là '" + m + "'? ").orElse("");
        problems.at(node.get(), "kind", "'" + text.get() + "' is not a kind of job; " + hint + "expected one of " + allowed,
                "'" + text.get() + "' không phải loại công việc; " + hintVi + "cần một trong " + allowed);
        return Optional.empty();
    }

    private Optional<String> name() {
        Optional<Node> node = mapping.value("name");
        if (node.isPresent()) {
            nameLine = Problems.lineOf(node.get());
            Optional<String> text = values.text("name", node.get(),
                    new Expected("a job name such as nightly", "tên công việc, ví dụ nightly"));
            if (text.isPresent() && !NAME.matcher(text.get()).matches()) {
                problems.at(node.get(), "name", "'" + text.get() + "' cannot name a job; expected up to 64 ASCII "
                        + "letters, digits, '-', '_' or '.', e.g. summary-quang-hoa", "'" + text.get()
                        + "' không dùng làm tên công việc được; cần tối đa 64 chữ cái không dấu, chữ số, '-', '_' "
                        + "hoặc '.', ví dụ summary-quang-hoa");
                return Optional.empty();
            }
            return text;
        }
        String fileName = file.getFileName().toString();
        String fromFile = fileName.substring(0, fileName.lastIndexOf('.'));
        if (!NAME.matcher(fromFile).matches()) {
            problems.add(0, "name", "the file name gives the job the name '" + fromFile + "', which cannot name a job "
                    + "(up to 64 ASCII letters, digits, '-', '_' or '.'); rename the file or add name: such as "
                    + "summary-quang-hoa", "tên tệp cho công việc tên '" + fromFile + "', không dùng làm tên được (tối đa "
                    + "64 chữ cái không dấu, chữ số, '-', '_' hoặc '.'); hãy đổi tên tệp hoặc thêm name:, ví dụ "
                    + "summary-quang-hoa");
            return Optional.empty();
        }
        return Optional.of(fromFile);
    }

    private Optional<Path> input(Optional<JobKind> kind) {
        if (kind.isPresent() && kind.get() != JobKind.CONSOLIDATION) {
            mapping.notUsed("input", kind.get(), "it reads what is stored in the database",
                    "công việc này đọc dữ liệu đã lưu trong cơ sở dữ liệu");
            return Optional.empty();
        }
        Optional<Path> input = folder("input");
        if (kind.isPresent() && mapping.value("input").isEmpty()) {
            mapping.missing("input", "the folder a consolidation reads, e.g. input: input",
                    "thư mục đầu vào của công việc tổng hợp, ví dụ input: input");
        }
        return input;
    }

    /** A review's own crosswalk file: it must exist and be a valid crosswalk, checked now rather than at 2 a.m. */
    private Optional<Path> crosswalk(Optional<JobKind> kind) {
        if (kind.isPresent() && kind.get() != JobKind.REVIEW) {
            mapping.notUsed("crosswalk", kind.get(), "only a review restates figures on today's units",
                    "chỉ công việc tổng kết (review) mới quy đổi số liệu theo địa giới hiện nay");
            return Optional.empty();
        }
        Optional<Path> path = folder("crosswalk");
        if (path.isEmpty()) return path;
        Node node = mapping.value("crosswalk").orElseThrow();
        if (!java.nio.file.Files.isRegularFile(path.get())) {
            problems.at(node, "crosswalk", "'" + path.get() + "' is not a file; expected a crosswalk CSV (docs/boundaries.md)",
                    "'" + path.get() + "' không phải tệp; cần tệp CSV chuyển đổi địa giới (docs/boundaries.md)");
            return Optional.empty();
        }
        try {
            vn.ruralstat.boundary.CrosswalkLoader.load(path.get());
        } catch (vn.ruralstat.boundary.CrosswalkException e) {
            problems.at(node, "crosswalk", e.english(), e.vietnamese());
            return Optional.empty();
        }
        return path;
    }

    /** A consolidation writing into its own input folder would read its reports back the next night. */
    private void outsideInput(Path output, Path input) {
        if (!output.startsWith(input)) return;
        problems.at(mapping.value("output").orElseThrow(), "output", "'" + output + "' is the input folder or inside "
                + "it: the next run would read its own reports; choose a folder outside " + input, "'" + output
                + "' là thư mục đầu vào hoặc nằm trong đó: lần chạy sau sẽ đọc lại báo cáo của chính nó; hãy chọn thư mục "
                + "ngoài " + input);
    }

    private Optional<Path> folder(String key) {
        Optional<Node> node = mapping.value(key);
        Optional<String> text = node.flatMap(n -> values.text(key, n, FOLDER));
        if (text.isEmpty()) return Optional.empty();
        if (text.get().startsWith("~")) {
            problems.at(node.get(), key, "'" + text.get() + "': '~' is not expanded here; write the full path, e.g. "
                    + "/home/ruralstat/drop", "'" + text.get() + "': '~' không được hiểu ở đây; hãy ghi đường dẫn đầy đủ, "
                    + "ví dụ /home/ruralstat/drop");
            return Optional.empty();
        }
        try {
            return Optional.of(projectFolder.resolve(Path.of(text.get())).normalize());
        } catch (InvalidPathException e) {
            problems.at(node.get(), key, "'" + text.get() + "' is not a usable path: " + e.getReason(),
                    "'" + text.get() + "' không phải đường dẫn dùng được: " + e.getReason());
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
            problems.at(node, "schedule", "'" + text + "' is not a cron expression (6 fields: second minute hour day "
                            + "month weekday, e.g. '0 0 2 * * *' = 02:00 every day)" + (systemCron
                            ? "; a system crontab line has 5 fields, Spring's starts with the seconds: '" + withSeconds + "'"
                            : "; " + e.getMessage()),
                    "'" + text + "' không phải biểu thức cron (6 trường: giây phút giờ ngày tháng thứ, ví dụ '0 0 2 * * *' = "
                            + "2 giờ sáng hằng ngày)" + (systemCron
                            ? "; dòng crontab của hệ thống có 5 trường, cron của Spring bắt đầu bằng giây: '" + withSeconds + "'"
                            : ""));
            return Optional.empty();
        }
    }

    private List<String> units(Optional<JobKind> kind) {
        if (kind.isPresent() && kind.get() == JobKind.CONSOLIDATION) {
            mapping.notUsed("units", kind.get(), "it consolidates every file of its input folder",
                    "công việc này tổng hợp mọi tệp trong thư mục đầu vào");
            return List.of();
        }
        Optional<Node> node = mapping.value("units");
        if (node.isEmpty()) {
            if (kind.isPresent()) {
                mapping.missing("units", "the units a " + kind.get().yamlName() + " covers, e.g. units: [\"Quảng Hòa\"]",
                        "các đơn vị công việc " + kind.get().yamlName() + " bao gồm, ví dụ units: [\"Quảng Hòa\"]");
            }
            return List.of();
        }
        List<String> units = new ArrayList<>();
        List<Node> items = values.list("units", node.get(), UNITS).orElse(null);
        if (items == null) return List.of();
        if (items.isEmpty()) values.wrong("units", node.get(), UNITS);
        for (Node item : items) {
            Optional<String> unit = values.text("units", item, new Expected("a unit name such as \"Quảng Hòa\"",
                    "tên đơn vị, ví dụ \"Quảng Hòa\""));
            if (unit.isEmpty()) continue;
            if (units.stream().anyMatch(u -> u.toLowerCase(Locale.ROOT).equals(unit.get().toLowerCase(Locale.ROOT)))) {
                problems.at(item, "units", "'" + unit.get() + "' is listed twice", "'" + unit.get() + "' bị ghi hai lần");
            } else {
                units.add(unit.get());
            }
        }
        return units;
    }
}
