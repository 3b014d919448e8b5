package vn.ruralstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;
import vn.ruralstat.RuralstatApplication;

/**
 * The output folder's disk fills up during a run, on a 2 MB tmpfs mounted for the test (so only as
 * root; skipped with the reason otherwise, never under CI=true where we are root). The run fails
 * with one line on standard error and the exit code of a failed job, leaves nothing in the output
 * folder, and the database stays usable: the next run, with room, completes over the same files.
 */
class DiskFullIT {

    /** Room left on the small disk: less than the samples' report needs, more than a folder entry. */
    private static final long ROOM_LEFT = 96 * 1024;

    @TempDir
    Path cwd;

    @Test
    void aFullDiskFailsTheRunInOneLineAndLeavesNothingPartialInTheOutputFolder() throws Exception {
        Path disk = cwd.resolve("o-nho");
        Files.createDirectories(disk);
        boolean mounted = mount(disk);
        if (System.getenv("CI") == null || !"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(mounted, "needs root to mount a 2 MB tmpfs (mount -t tmpfs -o size=2m)");
        }
        assertThat(mounted)
                .as("under CI=true we run as root and can mount a tmpfs")
                .isTrue();
        try {
            Path input = cwd.resolve("dau-vao");
            FileSystemUtils.copyRecursively(Path.of("input"), input);
            long files;
            try (Stream<Path> all = Files.walk(input)) {
                files = all.filter(Files::isRegularFile).count();
            }
            fill(disk.resolve("lap-day.bin"), disk);
            Path output = disk.resolve("ket-qua");

            Result full = run("--input", input.toString(), "--output", output.toString());

            assertThat(full.exit).as(full.toString()).isEqualTo(1);
            assertThat(full.err).as(full.toString()).singleElement().asString().startsWith("ruralstat: ");
            assertThat(full.err.get(0)).contains("ổ đĩa").doesNotContain("Exception");
            assertThat(full.out).noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception"));
            List<Path> leftInOutput = regularFilesIn(output);

            Path roomy = cwd.resolve("ket-qua");
            Result next = run("--input", input.toString(), "--output", roomy.toString());

            assertThat(next.exit).as(next.toString()).isZero();
            assertThat(next.out).anyMatch(l -> l.startsWith("  tệp: " + files + " đã nhận;"));
            assertThat(roomy.resolve("tong-hop.xlsx")).exists();
            // last, so that the rest is proved whatever this finds: annotated copies are staged with the
            // report only since the "outset" work of issue #13 (before it they went straight to kiem-tra/)
            assertThat(leftInOutput)
                    .as("nothing partial in the output folder of the failed run")
                    .isEmpty();
        } finally {
            umount(disk);
        }
    }

    private static boolean mount(Path dir) {
        try {
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", dir.toString())
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void umount(Path dir) throws Exception {
        Process p = new ProcessBuilder("umount", dir.toString())
                .redirectErrorStream(true)
                .start();
        p.getInputStream().readAllBytes();
        p.waitFor(30, TimeUnit.SECONDS);
    }

    /** Fills the disk until {@link #ROOM_LEFT} bytes are free. */
    private static void fill(Path filler, Path disk) throws IOException {
        long usable = Files.getFileStore(disk).getUsableSpace();
        byte[] block = new byte[64 * 1024];
        long toWrite = usable - ROOM_LEFT;
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (toWrite > 0) {
                int n = (int) Math.min(block.length, toWrite);
                out.write(block, 0, n);
                toWrite -= n;
            }
        }
    }

    private static List<Path> regularFilesIn(Path folder) throws IOException {
        if (!Files.exists(folder)) return List.of();
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    private record Result(int exit, List<String> out, List<String> err) {}

    private Result run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dstdout.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                RuralstatApplication.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(cwd.toFile()).start();
        var err = CompletableFuture.supplyAsync(() -> lines(process.getErrorStream()));
        List<String> out = lines(process.getInputStream());
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out, err.get());
    }

    private static List<String> lines(java.io.InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
