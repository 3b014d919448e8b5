package vn.ruralstat.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Modes for what we publish: readable by the whole office (files 0644, folders 0755). Temporary
 * files are created 0600 and a strict umask narrows the rest, yet the reports and annotated copies
 * are written for colleagues to open. Non-POSIX file systems (Windows shares) keep their own rules.
 */
public final class OfficeReadable {

    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");

    private OfficeReadable() {}

    /** Makes a written file readable by group and others. */
    public static void file(Path file) throws IOException {
        setIfPosix(file, FILE);
    }

    /** Creates the missing folders of {@code folder}, each readable and enterable by group and others. */
    public static void createFolders(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        Path missing = absolute;
        while (missing.getParent() != null && !Files.exists(missing.getParent())) {
            missing = missing.getParent();
        }
        boolean existed = Files.exists(absolute);
        Files.createDirectories(absolute);
        if (existed) return; // an existing folder keeps the mode its owner gave it
        for (Path p = absolute; p != null && p.startsWith(missing); p = p.getParent()) {
            setIfPosix(p, FOLDER);
        }
    }

    private static void setIfPosix(Path path, Set<PosixFilePermission> mode) throws IOException {
        try {
            Files.setPosixFilePermissions(path, mode);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own access rules apply
        }
    }
}
