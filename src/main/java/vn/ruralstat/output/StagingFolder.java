package vn.ruralstat.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * A hidden folder inside the output folder where a report is written before it is published,
 * so that a failed run never leaves half a report: files move into place only once all are
 * complete, and the folder is deleted however the run ends. Being inside the output folder
 * (same file system) lets the moves be atomic renames.
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

    /** Where to write a file given relative to the output folder ("bieu-do/x.png"); parents are created. */
    public Path resolve(String relativePath) throws IOException {
        Path path = folder.resolve(relativePath);
        Files.createDirectories(path.getParent());
        return path;
    }

    /** Moves the files into the output folder, replacing older ones, and returns their final paths. */
    public List<Path> publish(List<String> relativePaths) throws IOException {
        List<Path> published = new ArrayList<>();
        for (String relative : relativePaths) {
            Path target = outputDir.resolve(relative);
            OfficeReadable.createFolders(target.getParent());
            Path staged = folder.resolve(relative);
            OfficeReadable.file(staged); // before the move, so the file is never seen unreadable
            move(staged, target);
            published.add(target);
        }
        return published;
    }

    @Override
    public void close() throws IOException {
        deleteRecursively(folder);
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) throw e;
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
