package vn.ruralstat.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** What issue #10 asked of the source itself, read as text: reference data in one place, no glued keys. */
class SourceRulesTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path RULEBOOKS = Path.of("src/main/resources/rulebooks");

    @Test
    void noJavaFileSpellsOutACriterionOfARulebook() throws IOException {
        List<String> names = new ArrayList<>();
        for (String csv : List.of("ntm-2021-2025.csv", "ntm-2026-2030.csv")) {
            try (Reader in = Files.newBufferedReader(RULEBOOKS.resolve(csv), StandardCharsets.UTF_8)) {
                for (CSVRecord r : CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(in)) {
                    if (r.get("level").equals("criterion")) names.add(r.get("name_vi"));
                }
            }
        }
        assertThat(names).hasSize(19 + 10);
        Map<String, List<String>> found = new TreeMap<>();
        for (Path file : javaFiles()) {
            String text = code(file);
            for (String name : names) {
                if (text.contains("\"" + name + "\""))
                    found.computeIfAbsent(file.toString(), f -> new ArrayList<>())
                            .add(name);
            }
        }
        assertThat(found)
                .as("criterion names written in Java instead of read from the rulebook")
                .isEmpty();
    }

    @Test
    void noStaticNationalRulebooksRemain() throws IOException {
        List<String> callers = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (Files.readString(file, StandardCharsets.UTF_8).contains("Rulebooks.national()"))
                callers.add(file.toString());
        }
        assertThat(callers).isEmpty();
    }

    @Test
    void atMostThreeKeysAreGluedWithABar() throws IOException {
        List<String> glued = new ArrayList<>();
        for (Path file : javaFiles()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("\"|\"")) glued.add(file + ":" + (i + 1));
            }
        }
        assertThat(glued).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void everyPackageSaysWhatItOwns() throws IOException {
        List<Path> missing;
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            missing = dirs.filter(Files::isDirectory)
                    .filter(SourceRulesTest::holdsJava)
                    .filter(d -> !Files.exists(d.resolve("package-info.java")))
                    .toList();
        }
        assertThat(missing).isEmpty();
    }

    /** The file without its comment lines: Javadoc may quote a criterion as an example. */
    private static String code(Path file) throws IOException {
        StringBuilder code = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (!t.startsWith("*") && !t.startsWith("/*") && !t.startsWith("//"))
                code.append(line).append('\n');
        }
        return code.toString();
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
