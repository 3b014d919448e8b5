package vn.ruralstat.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the files of an input folder at any depth, in a stable order. Hidden files, Excel's
 * "~$" lock files and symbolic links are left out (a link could point outside the folder).
 */
public final class InputFiles {

    private InputFiles() {
    }

    public static List<Path> list(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !isHiddenOrLock(root.relativize(p)))
                    .sorted()
                    .toList();
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
