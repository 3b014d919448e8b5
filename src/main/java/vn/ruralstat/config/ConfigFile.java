package vn.ruralstat.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The office's configuration file: which one applies and what it holds. {@code --config FILE} (or
 * {@code --config=FILE}) names it; without it, {@value #NAME} in the jar's folder, then in the
 * working folder; without any, the office has no file and every setting takes its default.
 */
public final class ConfigFile {

    public static final String NAME = "ruralstat.properties";
    static final String OPTION = "--config";

    private ConfigFile() {}

    /**
     * The file that applies to these arguments, or empty when there is none.
     *
     * @throws ConfigFileException when {@code --config} names no readable file, or has no value
     */
    public static Optional<Path> locate(String[] args, Path jarFolder, Path workingFolder) throws ConfigFileException {
        Optional<String> named = named(args);
        if (named.isPresent()) {
            Path file = Path.of(named.get());
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new ConfigFileException("config.missing", file.toAbsolutePath());
            }
            return Optional.of(file);
        }
        List<Path> folders = new ArrayList<>();
        if (jarFolder != null) folders.add(jarFolder);
        folders.add(workingFolder);
        return folders.stream()
                .map(folder -> folder.resolve(NAME))
                .filter(Files::isRegularFile)
                .findFirst();
    }

    /** As {@link #locate(String[], Path, Path)} for this process: its jar's folder and the working folder. */
    public static Optional<Path> locate(String[] args) throws ConfigFileException {
        return locate(args, jarFolder(), Path.of(""));
    }

    /** The file's keys and values, read as UTF-8 (a file saved in another encoding is refused, not misread). */
    public static Map<String, Object> read(Path file) throws ConfigFileException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (CharacterCodingException e) {
            throw new ConfigFileException("config.notUtf8", file.toAbsolutePath());
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigFileException("config.unreadable", file.toAbsolutePath(), e.getMessage());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        properties.stringPropertyNames().stream()
                .sorted()
                .forEach(key -> values.put(key, properties.getProperty(key).strip()));
        return values;
    }

    /** The value of {@code --config}, in either of its two forms. */
    static Optional<String> named(String[] args) throws ConfigFileException {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(OPTION)) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new ConfigFileException("config.noValue");
                }
                return Optional.of(args[i + 1]);
            }
            if (args[i].startsWith(OPTION + "=")) {
                String value = args[i].substring(OPTION.length() + 1);
                if (value.isBlank()) throw new ConfigFileException("config.noValue");
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The folder of the running jar; null when the classes do not come from a jar (tests, an IDE). */
    static Path jarFolder() {
        CodeSource source = ConfigFile.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) return null;
        try {
            String location = source.getLocation().toString();
            // A Spring Boot jar reports "jar:nested:/opt/ruralstat.jar/!BOOT-INF/classes/!/".
            if (location.startsWith("jar:nested:")) {
                String path = location.substring("jar:nested:".length());
                int end = path.indexOf("/!");
                return Path.of(end < 0 ? path : path.substring(0, end))
                        .toAbsolutePath()
                        .getParent();
            }
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) ? path.toAbsolutePath().getParent() : null;
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }
}
