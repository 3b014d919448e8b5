package vn.ruralstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void listsFilesAtAnyDepthInPathOrder() throws IOException {
        Path input = Files.createDirectories(dir.resolve("input/xa-b"));
        Files.writeString(input.resolve("thon.csv"), "a;b\n");
        Files.writeString(dir.resolve("input/xa-a.xlsx"), "x");

        assertThat(InputFiles.list(dir.resolve("input")))
                .containsExactly(dir.resolve("input/xa-a.xlsx"), dir.resolve("input/xa-b/thon.csv"));
    }

    @Test
    void ignoresSymlinkPointingOutsideInput() throws IOException {
        Path input = Files.createDirectory(dir.resolve("input"));
        Path outside = Files.createDirectories(dir.resolve("outside/secret"));
        Files.writeString(outside.resolve("passwd.csv"), "root;x\n");
        Files.writeString(input.resolve("bieu.csv"), "a;b\n");
        Files.createSymbolicLink(input.resolve("link.csv"), outside.resolve("passwd.csv"));
        Files.createSymbolicLink(input.resolve("thu-muc"), outside);

        assertThat(InputFiles.list(input)).containsExactly(input.resolve("bieu.csv"));
    }

    @Test
    void ignoresSymlinkPointingInsideInputToo() throws IOException {
        // the file itself is listed once, by its own path, not again through the link
        Path input = Files.createDirectory(dir.resolve("input"));
        Files.writeString(input.resolve("bieu.csv"), "a;b\n");
        Files.createSymbolicLink(input.resolve("ban-sao.csv"), input.resolve("bieu.csv"));

        assertThat(InputFiles.list(input)).containsExactly(input.resolve("bieu.csv"));
    }

    @Test
    void readsThroughAnInputFolderGivenByARelativeOrLinkedParent() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real/input"));
        Files.writeString(real.resolve("bieu.csv"), "a;b\n");
        Path linkedParent = Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("real"));

        assertThat(InputFiles.list(linkedParent.resolve("input")))
                .containsExactly(linkedParent.resolve("input/bieu.csv"));
    }

    @Test
    void ignoresHiddenFilesLockFilesAndReadme() throws IOException {
        Path input = Files.createDirectories(dir.resolve("input/.git"));
        Files.writeString(input.resolve("config"), "x");
        Files.writeString(dir.resolve("input/.an.xlsx"), "x");
        Files.writeString(dir.resolve("input/~$bieu.xlsx"), "x");
        Files.writeString(dir.resolve("input/README.md"), "x");
        Files.writeString(dir.resolve("input/bieu.xlsx"), "x");

        assertThat(InputFiles.list(dir.resolve("input"))).containsExactly(dir.resolve("input/bieu.xlsx"));
    }
}
