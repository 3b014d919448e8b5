package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ruralstat.RuralstatApplication;

/**
 * {@code --ruralstat.rulebooks.targets=FILE} with a file the run cannot use: ruralstat started as
 * an officer starts it stops before reading any input, with one line naming the file, the line and
 * what was expected, exit code 2 and no stack trace.
 */
class SuppliedTargetsFileIT {

    @Test
    void aBadTargetsFileStopsTheRunWithOneLineAndExitCode2(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(
                dir.resolve("nhom-2.csv"),
                "rulebook,indicator,key,target_text,source\n"
                        + "NTM-2026-2030,4.1,group-2,≥ 35%,QĐ ví dụ\n"
                        + "NTM-2026-2030,4.2,group-2,Theo quy định,QĐ ví dụ\n");
        Files.createDirectories(dir.resolve("in"));
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        RuralstatApplication.class.getName(),
                        "--input",
                        dir.resolve("in").toString(),
                        "--output",
                        dir.resolve("out").toString(),
                        "--spring.datasource.url=jdbc:h2:mem:targets-" + System.nanoTime(),
                        "--ruralstat.rulebooks.targets=" + bad)
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();

        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        List<String> stderr = Files.readAllLines(dir.resolve("stderr.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .toList();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(stderr).singleElement().satisfies(line -> assertThat(line)
                .startsWith("ruralstat: ")
                .contains(bad.toString() + " dòng 3", "Theo quy định")
                .doesNotContain(" line 3", "expected")
                .doesNotContain("Exception"));
        assertThat(Files.readString(dir.resolve("stdout.txt"))).doesNotContain("Exception", "\tat ");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
