package vn.ruralstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ruralstat.message.MessageCatalogue;

/** What the entry point answers before Spring starts: help, and one line for arguments it cannot use. */
class BeforeSpringTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private OptionalInt answer(String... args) {
        return BeforeSpring.answer(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpIsAnsweredWithZeroInVietnameseOrInEnglishWhenAsked() {
        assertThat(answer("help")).hasValue(0);
        assertThat(out()).isEqualTo(Usage.text() + System.lineSeparator());
        out.reset();

        assertThat(answer("--help", "--lang", "en")).hasValue(0);
        assertThat(out()).isEqualTo(Usage.text(MessageCatalogue.ENGLISH) + System.lineSeparator());
        assertThat(err()).isEmpty();
    }

    @Test
    void aMistypedCommandGetsOneVietnameseLineWithTheCommandMeantAndExitsWithTwo() {
        assertThat(answer("sumary", "--unit", "X")).hasValue(2);

        assertThat(err())
                .isEqualTo("ruralstat: Lệnh không rõ: sumary; có phải ý bạn là summary?"
                        + " (xem: java -jar ruralstat.jar --help)" + System.lineSeparator());
        assertThat(out()).isEmpty();
    }

    @Test
    void aMistypedOptionGetsOneEnglishLineWithLangEn() {
        assertThat(answer("--ouput", "x", "--lang", "en")).hasValue(2);

        assertThat(err())
                .isEqualTo("ruralstat: Unknown option: --ouput; did you mean --output?"
                        + " (see: java -jar ruralstat.jar --help)" + System.lineSeparator());
    }

    @Test
    void anUnreadableInputFolderIsAnsweredBeforeSpring(@TempDir Path dir) {
        assertThat(answer("--input", dir.resolve("thieu").toString(), "--output", dir.toString()))
                .hasValue(2);
        assertThat(err())
                .startsWith("ruralstat: Không đọc được thư mục đầu vào: ")
                .hasLineCount(1);
        // An unreadable --config file is refused by the entry point (config.OfficeConfigFileIT).
    }

    @Test
    void usableArgumentsAreLeftToTheCommandWithSpringPropertiesPassingThrough(@TempDir Path dir) {
        assertThat(answer("units", "--unit", "Ngân Sơn", "--spring.datasource.url=jdbc:h2:mem:x"))
                .isEmpty();
        assertThat(answer(
                        "--input", dir.toString(), "--output", dir.resolve("ra").toString()))
                .isEmpty();
        assertThat(out()).isEmpty();
        assertThat(err()).isEmpty();
        assertThat(dir.resolve("ra"))
                .as("made by the run, not before it starts")
                .doesNotExist();
    }
}
