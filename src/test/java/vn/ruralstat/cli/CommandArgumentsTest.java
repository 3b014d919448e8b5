package vn.ruralstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandArgumentsTest {

    @Test
    void consolidatesInputIntoOutputWithoutArguments() throws Exception {
        assertThat(CommandArguments.parse(new String[0]))
                .isEqualTo(new CommandArguments("consolidate", Path.of("input"), Path.of("output"), false, null, null));
    }

    @Test
    void takesFoldersAfterTheirOptionsAndLeavesSpringPropertiesAlone() throws Exception {
        CommandArguments args = CommandArguments.parse(new String[] {"consolidate", "--input", "in", "--output=out",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1/x", "--incremental"});

        assertThat(args).isEqualTo(new CommandArguments("consolidate", Path.of("in"), Path.of("out"), true, null, null));
    }

    @Test
    void takesTheUnitAndPeriodOfASummary() throws Exception {
        CommandArguments args = CommandArguments.parse(new String[] {"summary", "--unit", "Quảng Hòa", "--period", "2025"});

        assertThat(args.unit()).isEqualTo("Quảng Hòa");
        assertThat(args.period()).isEqualTo("2025");
        assertThatThrownBy(() -> CommandArguments.parse(new String[] {"summary"})).hasMessageContaining("needs --unit");
    }

    @Test
    void refusesUnknownCommandsAndOptionsWithOneLine() {
        assertThatThrownBy(() -> CommandArguments.parse(new String[] {"publish"}))
                .hasMessageContaining("unknown command: publish").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> CommandArguments.parse(new String[] {"--inptu", "x"}))
                .hasMessageContaining("unknown option: --inptu");
        assertThatThrownBy(() -> CommandArguments.parse(new String[] {"--input"})).hasMessageContaining("needs a folder");
    }

    @Test
    void refusesAnInputFolderThatDoesNotExist(@TempDir Path dir) {
        assertThatThrownBy(() -> RuralstatCommandLine.checkFolders(dir.resolve("missing"), dir.resolve("out")))
                .hasMessageContaining("cannot read input folder");
    }
}
