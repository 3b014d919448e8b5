package vn.ruralstat.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lists the files of an input folder at any depth, in a stable order. Left out: hidden files and
 * folders, Excel's "~$" lock files, README.md, symbolic links (to files or folders; the walk does
 * not follow them), and anything whose real path is not inside the folder's real path — a link
 * could otherwise make the run read, and report, files from elsewhere on the machine.
 */
public final class InputFiles {

    private InputFiles() {}

    /**
     * What a run writing into {@code output} reads from {@code root}: the listed files less the
     * tool's own outputs (see {@link OwnOutputs}), and how many of those were left out.
     */
    public static Scan scan(Path root, Path output) throws IOException {
        OwnOutputs own = OwnOutputs.of(output);
        Map<Boolean, List<Path>> split =
                list(root).stream().collect(Collectors.partitioningBy(p -> own.isOwnOutput(root, p)));
        return new Scan(split.get(false), split.get(true).size(), OwnOutputs.isInside(output, root));
    }

    /**
     * @param files         the files to read, in a stable order
     * @param ownOutputs    how many files were left out as the tool's own outputs
     * @param outputInside  whether the output folder is the input folder or lies inside it
     */
    public record Scan(List<Path> files, int ownOutputs, boolean outputInside) {

        public Scan {
            files = List.copyOf(files);
        }
    }

    public static List<Path> list(Path root) throws IOException {
        Path realRoot = root.toRealPath();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !isHiddenOrLock(root.relativize(p)))
                    .filter(p -> isInside(realRoot, p))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** True when the file's real path, every link resolved, lies under the folder's real path. */
    private static boolean isInside(Path realRoot, Path file) {
        try {
            return file.toRealPath().startsWith(realRoot);
        } catch (IOException vanished) {
            return false; // deleted or unreadable since the walk saw it
        }
    }

    private static boolean isHiddenOrLock(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("~$")) return true;
        }
        return relative.getFileName().toString().equalsIgnoreCase("README.md");
    }

    /** The path relative to the input folder with "/" separators, as shown in reports. */
    public static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
