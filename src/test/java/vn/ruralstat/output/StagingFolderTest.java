package vn.ruralstat.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingFolderTest {

    @TempDir
    Path dir;

    /**
     * A file staged 0600 (what a strict umask or a temporary file gives) is published 0644, and the
     * folders made for it 0755, so that the whole office can read the report.
     */
    @Test
    void publishesAFileStagedPrivateAsReadableByTheOffice() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path output = dir.resolve("output");
        List<Path> published;
        try (StagingFolder staging = StagingFolder.create(output, 7)) {
            Path staged = staging.resolve("bieu-do/a.png");
            Files.writeString(staged, "x");
            Files.setPosixFilePermissions(staged, PosixFilePermissions.fromString("rw-------"));
            published =
                    OutputSetPublisher.publish(staging, SetStamp.of(7, null)).files();
        }

        assertThat(published).containsExactly(output.resolve("bieu-do/a.png"));
        assertThat(mode(published.get(0))).isEqualTo("rw-r--r--");
        assertThat(mode(output.resolve("bieu-do"))).isEqualTo("rwxr-xr-x");
        assertThat(Files.readString(published.get(0))).isEqualTo("x");
    }

    @Test
    void leavesTheModeOfAnExistingFolderAsItsOwnerSetIt() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path output = Files.createDirectories(dir.resolve("output"));
        Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("rwx------"));

        OfficeReadable.createFolders(output);

        assertThat(mode(output)).isEqualTo("rwx------");
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
