package vn.ruralstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ruralstat.RuralstatApplication;

/**
 * Errors as an officer meets them, in a separate JVM through the real entry point: one line on
 * standard error, nothing on standard output, the same exit code whichever command met it, and the
 * stack trace only with {@code --debug}.
 */
class OneLineErrorsIT {

    /** Nothing listens on port 1: the connection is refused at once. */
    private static final String NO_SERVER = "jdbc:postgresql://127.0.0.1:1/ruralstat";

    @TempDir
    Path cwd;

    @Test
    void anUnreachablePostgresServerIsOneLineAndExitCodeThree() throws Exception {
        Result vi = run("summary", "--unit", "Quảng Hòa", "--spring.datasource.url=" + NO_SERVER);

        assertThat(vi.exit).isEqualTo(3);
        assertThat(vi.out).isEmpty();
        assertThat(vi.err)
                .singleElement()
                .isEqualTo("ruralstat: Không dùng được cơ sở dữ liệu " + NO_SERVER
                        + ": máy chủ không trả lời hoặc từ chối kết nối (máy chủ đã chạy chưa?);"
                        + " kiểm tra địa chỉ, tên người dùng và mật khẩu trong tệp cấu hình");

        Files.createDirectories(cwd.resolve("input"));
        Result en = run("--input", "input", "--lang", "en", "--spring.datasource.url=" + NO_SERVER);
        assertThat(en.exit).isEqualTo(3);
        assertThat(en.err)
                .singleElement()
                .asString()
                .startsWith("ruralstat: The database " + NO_SERVER + " cannot be used: the server does not answer");
    }

    @Test
    void withDebugTheOneLineIsFollowedByTheStackTrace() throws Exception {
        Result debug = run("summary", "--unit", "Quảng Hòa", "--debug", "--spring.datasource.url=" + NO_SERVER);

        assertThat(debug.exit).isEqualTo(3);
        assertThat(debug.err.get(0)).startsWith("ruralstat: Không dùng được cơ sở dữ liệu " + NO_SERVER);
        assertThat(debug.err).anyMatch(l -> l.startsWith("Caused by: java.net.ConnectException"));
        assertThat(debug.out).isEmpty();
    }

    /**
     * {@code serve} holds the default H2 file ({@code data/ruralstat.mv.db} in the working folder)
     * while it waits; a second run on the same file is told so in one line.
     */
    @Test
    void aSecondRunOnTheSameH2FileIsToldAnotherRunIsUsingIt() throws Exception {
        Files.createDirectories(cwd.resolve("jobs"));
        Process first = start("serve");
        try {
            waitForLine(first, "ruralstat serve: đang chạy");
            Files.createDirectories(cwd.resolve("input"));
            for (String[] command : List.of(new String[] {"units"}, new String[] {"consolidate", "--input", "input"})) {
                Result second = run(command);

                assertThat(second.exit).as(command[0]).isEqualTo(3);
                assertThat(second.out).as(command[0]).isEmpty();
                assertThat(second.err)
                        .as(command[0])
                        .singleElement()
                        .isEqualTo("ruralstat: Một lần chạy ruralstat khác đang dùng cơ sở dữ liệu "
                                + cwd.resolve("data/ruralstat.mv.db").toRealPath()
                                + ": chờ lần chạy đó xong, hoặc dùng cơ sở dữ liệu khác");
            }
        } finally {
            first.destroy();
            first.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** An output folder that cannot be made (its parent is a file): the same refusal and exit code for each command. */
    @Test
    void anUnusableOutputFolderIsRefusedAlikeByEveryCommandThatWrites() throws Exception {
        Files.createDirectories(cwd.resolve("input"));
        Path file = Files.writeString(cwd.resolve("a-file.txt"), "not a folder");
        Path output = file.resolve("out");
        List<String[]> commands = List.of(
                new String[] {"consolidate", "--input", "input"},
                new String[] {"summary", "--unit", "Quảng Hòa"},
                new String[] {"review", "--unit", "Quảng Hòa", "--from", "2024", "--to", "2025"});
        for (String[] command : commands) {
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(List.of("--output", output.toString()));

            Result result = run(args.toArray(String[]::new));

            assertThat(result.exit).as(command[0]).isEqualTo(2);
            assertThat(result.err)
                    .as(command[0])
                    .singleElement()
                    .isEqualTo("ruralstat: Không tạo được thư mục kết quả: " + output.toAbsolutePath()
                            + " (xem: java -jar ruralstat.jar --help)");
        }
        assertThat(cwd.resolve("data"))
                .as("refused before the database is opened")
                .doesNotExist();
    }

    /**
     * An output folder that exists but cannot be written: a read-only mount when we run as root (root
     * writes through any mode), else a folder of mode 0555. The same refusal and exit code for each command.
     */
    @Test
    void aReadOnlyOutputFolderIsRefusedAlikeByEveryCommandThatWrites() throws Exception {
        Files.createDirectories(cwd.resolve("input"));
        Path output = Files.createDirectories(cwd.resolve("chi-doc"));
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            Assumptions.assumeTrue(
                    exec("mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", output.toString()) == 0,
                    "cannot mount a read-only tmpfs");
        } else {
            Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        try {
            for (String[] command : List.of(
                    new String[] {"consolidate", "--input", "input"},
                    new String[] {"summary", "--unit", "Quảng Hòa"},
                    new String[] {"review", "--unit", "Quảng Hòa", "--from", "2024", "--to", "2025"})) {
                List<String> args = new ArrayList<>(List.of(command));
                args.addAll(List.of("--output", output.toString()));

                Result result = run(args.toArray(String[]::new));

                assertThat(result.exit).as(command[0]).isEqualTo(2);
                assertThat(result.out).as(command[0]).isEmpty();
                assertThat(result.err)
                        .as(command[0])
                        .singleElement()
                        .asString()
                        .startsWith("ruralstat: ")
                        .contains(output.toAbsolutePath().toString());
            }
        } finally {
            if (root) exec("umount", output.toString());
            else Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static int exec(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    private record Result(int exit, List<String> out, List<String> err) {}

    private Result run(String... args) throws Exception {
        Process process = start(args);
        // Read both streams at once: a full pipe would block the process.
        var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> lines(process.getErrorStream()));
        List<String> out = lines(process.getInputStream());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out, err.get());
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                RuralstatApplication.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(cwd.toFile()).start();
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

    private static void waitForLine(Process process, String start) throws IOException {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(start)) return;
        }
        throw new AssertionError("serve ended before it was running");
    }
}
