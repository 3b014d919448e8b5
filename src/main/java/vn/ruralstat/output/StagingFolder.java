package vn.ruralstat.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/**
 * A hidden folder inside the output folder where a report is written before it is published,
 * so that a failed run never leaves half a report: files move into place only once all are
 * complete, and the folder is deleted however the run ends. Being inside the output folder
 * (same file system) lets the moves be atomic renames. A consolidation run fills one staging
 * folder over two steps ({@link #create} then {@link #open}) and publishes it whole with
 * {@link OutputSetPublisher}.
 */
public final class StagingFolder implements AutoCloseable {

    public static final String PREFIX = ".ruralstat-tmp-";

    private final Path outputDir;
    private final Path folder;

    private StagingFolder(Path outputDir, Path folder) {
        this.outputDir = outputDir;
        this.folder = folder;
    }

    public static StagingFolder create(Path outputDir, long runId) throws IOException {
        OfficeReadable.createFolders(outputDir);
        Path folder = outputDir.resolve(PREFIX + runId);
        deleteRecursively(folder); // left behind by a run that was killed
        Files.createDirectory(folder);
        return new StagingFolder(outputDir, folder);
    }

    /** The run's staging folder as an earlier step left it, or a new empty one: its files are kept. */
    public static StagingFolder open(Path outputDir, long runId) throws IOException {
        OfficeReadable.createFolders(outputDir);
        Path folder = outputDir.resolve(PREFIX + runId);
        Files.createDirectories(folder);
        return new StagingFolder(outputDir, folder);
    }

    /** Deletes the run's staging folder, if any: what a run that did not publish leaves. */
    public static void discard(Path outputDir, long runId) throws IOException {
        deleteRecursively(outputDir.resolve(PREFIX + runId));
    }

    /** The output folder the staged files are published into. */
    public Path outputDir() {
        return outputDir;
    }

    /** Every file staged, relative to the staging folder with "/" separators, sorted. */
    public List<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    /** The staged file of a relative path, without creating anything. */
    Path staged(String relativePath) {
        return folder.resolve(relativePath);
    }

    /** A folder given relative to the output folder ("kiem-tra"), created when missing. */
    public Path folder(String relativePath) throws IOException {
        return Files.createDirectories(folder.resolve(relativePath));
    }

    /** Where to write a file given relative to the output folder ("bieu-do/x.png"); parents are created. */
    public Path resolve(String relativePath) throws IOException {
        Path path = folder.resolve(relativePath);
        Files.createDirectories(path.getParent());
        return path;
    }

    @Override
    public void close() throws IOException {
        deleteRecursively(folder);
    }

    static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Spring's walk: files first, then their folders; nothing when {@code root} does not exist. */
    static void deleteRecursively(Path root) throws IOException {
        FileSystemUtils.deleteRecursively(root);
    }
}
