package vn.ruralstat.jobdef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import vn.ruralstat.message.Message;

/**
 * Loads the job definitions of a {@code jobs/} folder: every {@code *.yaml} and {@code *.yml} file
 * directly in it (README.md, hidden files, other files and sub-folders are not read), one job a file.
 * Relative paths in the files resolve against the project folder, the parent of {@code jobs/}.
 *
 * <p>Nothing is half-loaded: either every file is valid and all jobs are returned, or every problem
 * of every file is thrown together, so that an operator can fix them all before the next start.
 */
public final class JobDefinitions {

    private JobDefinitions() {}

    /**
     * The jobs defined in {@code jobsFolder}, sorted by name.
     *
     * @throws InvalidJobDefinitionException listing each problem with its file, line and key: the
     *                                       folder missing, a file unreadable or not YAML, a key
     *                                       unknown, missing, of the wrong type or with a value out of
     *                                       range, or two jobs with the same name
     */
    public static List<JobDefinition> load(Path jobsFolder) {
        Path folder = jobsFolder.toAbsolutePath().normalize();
        Path project = folder.getParent() == null ? folder : folder.getParent();
        List<JobDefinitionProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            problems.add(
                    new JobDefinitionProblem(label(project, folder), 0, null, Message.of("jobdef.folder.missing")));
            throw new InvalidJobDefinitionException(folder, problems);
        }
        List<JobDefinition> definitions = new ArrayList<>();
        Map<String, String> fileByName = new HashMap<>();
        for (Path file : definitionFiles(folder, project, problems)) {
            String label = label(project, file);
            JobDefinitionReader.Result result = JobDefinitionReader.read(project, file, label);
            problems.addAll(result.problems());
            result.definition().ifPresent(definitions::add);
            result.name().ifPresent(name -> {
                String other = fileByName.putIfAbsent(name.toLowerCase(Locale.ROOT), label);
                if (other != null) {
                    problems.add(new JobDefinitionProblem(
                            label, result.nameLine(), "name", Message.of("jobdef.name.taken", name, other)));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidJobDefinitionException(folder, sorted(problems));
        }
        definitions.sort(Comparator.comparing(JobDefinition::name));
        return List.copyOf(definitions);
    }

    private static List<Path> definitionFiles(Path folder, Path project, List<JobDefinitionProblem> problems) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> {
                        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.endsWith(".yaml") || name.endsWith(".yml");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(new JobDefinitionProblem(
                    label(project, folder), 0, null, Message.of("jobdef.folder.unreadable", e)));
            return List.of();
        }
    }

    /** Each file's problems by line, those without a line (missing keys) after them. */
    private static List<JobDefinitionProblem> sorted(List<JobDefinitionProblem> problems) {
        return problems.stream()
                .sorted(Comparator.comparing(JobDefinitionProblem::file)
                        .thenComparing(p -> p.line() == 0 ? Integer.MAX_VALUE : p.line()))
                .toList();
    }

    /** {@code jobs/nightly.yaml}: the file relative to the project folder, with '/' on every system. */
    private static String label(Path project, Path file) {
        return project.relativize(file).toString().replace('\\', '/');
    }
}
