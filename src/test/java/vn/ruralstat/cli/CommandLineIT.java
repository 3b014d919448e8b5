package vn.ruralstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import vn.ruralstat.RuralstatApplication;

/** The command line as a user runs it: arguments in, exit code and one-line reasons out. */
class CommandLineIT {

    private static int run(Path db, String... args) {
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--spring.datasource.url=jdbc:h2:file:" + db.resolve("ruralstat");
        try (ConfigurableApplicationContext ctx = SpringApplication.run(RuralstatApplication.class, all)) {
            return SpringApplication.exit(ctx);
        }
    }

    @Test
    void exitsWithZeroWhenTheRunCompletedEvenWithFindings(@TempDir Path db, @TempDir Path out) {
        assertThat(run(db, "consolidate", "--input", "input", "--output", out.toString())).isZero();
        assertThat(out.resolve("tong-hop.xlsx")).isNotEmptyFile();
    }

    @Test
    void exitsWithTwoAndOneLineForAnUnreadableInputFolder(@TempDir Path db, @TempDir Path out) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(run(db, "--input", out.resolve("missing").toString(), "--output", out.toString())).isEqualTo(2);
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("cannot read input folder").hasLineCount(1);
    }

    @Test
    void exitsWithTwoForAnUnknownCommand(@TempDir Path db) {
        assertThat(run(db, "publish")).isEqualTo(2);
    }

    @Test
    void exitsWithOneWhenTheJobFails(@TempDir Path db, @TempDir Path out) throws Exception {
        // A non-empty folder where the workbook must go: the report step cannot move it into place.
        Files.createDirectories(out.resolve("tong-hop.xlsx/blocked"));

        assertThat(run(db, "--input", "input", "--output", out.toString())).isEqualTo(1);
    }
}
