package vn.ruralstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class UsageTest {

    /** The commands and options of the README's "Command line" section and the two office options. */
    static final List<String> README_COMMANDS_AND_OPTIONS = List.of(
            "consolidate",
            "summary",
            "review",
            "restart",
            "serve",
            "units",
            "don-vi",
            "help",
            "--input",
            "--output",
            "--incremental",
            "--unit",
            "--period",
            "--from",
            "--to",
            "--crosswalk",
            "--config",
            "--lang",
            "--debug",
            "--ruralstat.rulebooks.targets=",
            "--ruralstat.register.folder=");

    @Test
    void helpIsAskedByOptionOrByCommand() {
        assertThat(Usage.asked(new String[] {"--help"})).isTrue();
        assertThat(Usage.asked(new String[] {"-h"})).isTrue();
        assertThat(Usage.asked(new String[] {"help"})).isTrue();
        assertThat(Usage.asked(new String[] {"--output", "out", "help"})).isTrue();
        assertThat(Usage.asked(new String[] {"--spring.datasource.url=jdbc:h2:mem:x", "help"}))
                .isTrue();
        assertThat(Usage.asked(new String[] {"review", "--help"})).isTrue();
    }

    @Test
    void aValueOrALaterArgumentNamedHelpIsNotTheCommand() {
        assertThat(Usage.asked(new String[] {})).isFalse();
        assertThat(Usage.asked(new String[] {"consolidate"})).isFalse();
        assertThat(Usage.asked(new String[] {"summary", "--unit", "help"})).isFalse();
        assertThat(Usage.asked(new String[] {"--unit", "help", "summary"})).isFalse();
        assertThat(Usage.asked(new String[] {"--output", "help"})).isFalse();
    }

    @Test
    void theTextIsVietnameseAndNamesEveryCommandAndOption() {
        String text = Usage.text();
        assertThat(text).startsWith("Cách dùng:").contains("Lệnh:", "Tùy chọn:", "Mã thoát:");
        assertThat(text).contains(README_COMMANDS_AND_OPTIONS);
        assertThat(text.lines().filter(l -> l.startsWith("  --"))).hasSize(13);
    }

    @Test
    void everyCommandAndOptionIsFollowedByAnExample() {
        List<String> lines = Usage.text().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean entry = line.matches("  [a-z-]+ .*") || line.startsWith("  --");
            if (!entry) continue;
            String name = line.strip().split("[ =]")[0];
            assertThat(lines.get(i + 1)).as(line).contains("ví dụ: ");
            assertThat(lines.get(i + 1)).as(line).contains(name.startsWith("--") ? name : "ruralstat.jar ");
        }
        assertThat(lines).filteredOn(l -> l.contains("ví dụ: ")).hasSize(7 + 13);
    }

    @Test
    void theEnglishTextHasTheSameLinesAsTheVietnamese() {
        String english = Usage.text(vn.ruralstat.message.MessageCatalogue.ENGLISH);
        assertThat(english).startsWith("Usage:").contains(README_COMMANDS_AND_OPTIONS);
        assertThat(english.lines()).hasSameSizeAs(Usage.text().lines().toList());
    }

    @Test
    void theRunnerPrintsTheTextAndExitsWithZeroWithoutTouchingTheJob() throws Exception {
        // No launcher, commands or scheduler: help must not need any of them.
        RuralstatCommandLine cli =
                new RuralstatCommandLine(null, List.of(), null, new vn.ruralstat.command.RunProgress("vi"));
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            cli.run(new DefaultApplicationArguments("help"));
        } finally {
            System.setOut(out);
        }
        assertThat(cli.getExitCode()).isZero();
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo(Usage.text() + System.lineSeparator());
    }
}
