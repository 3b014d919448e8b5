package vn.ruralstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ruralstat.command.Arguments;

class CommandArgumentsTest {

    @Test
    void consolidatesInputIntoOutputWithoutArguments() throws Exception {
        assertThat(CommandArguments.parse(new String[0]))
                .isEqualTo(new CommandArguments(
                        "consolidate", Arguments.consolidation(Path.of("input"), Path.of("output"), false)));
    }

    @Test
    void takesFoldersAfterTheirOptionsAndLeavesSpringPropertiesAlone() throws Exception {
        CommandArguments args = CommandArguments.parse(new String[] {
            "consolidate",
            "--input",
            "in",
            "--output=out",
            "--spring.datasource.url=jdbc:postgresql://127.0.0.1/x",
            "--incremental"
        });

        assertThat(args)
                .isEqualTo(new CommandArguments(
                        "consolidate", Arguments.consolidation(Path.of("in"), Path.of("out"), true)));
    }

    @Test
    void takesTheUnitAndPeriodOfASummary() throws Exception {
        CommandArguments args =
                CommandArguments.parse(new String[] {"summary", "--unit", "Quảng Hòa", "--period", "2025"});

        assertThat(args.arguments().unit()).isEqualTo("Quảng Hòa");
        assertThat(args.arguments().period()).isEqualTo("2025");
        assertThatThrownBy(() -> CommandArguments.parse(new String[] {"summary"}))
                .hasMessageContaining("needs --unit");
    }

    @Test
    void takesTheUnitYearsAndCrosswalkOfAReview() throws Exception {
        CommandArguments args = CommandArguments.parse(new String[] {
            "review", "--unit", "xã Ngân Sơn", "--from", "2021", "--to", "2025", "--crosswalk", "ranh-gioi.csv"
        });

        assertThat(args.arguments().unit()).isEqualTo("xã Ngân Sơn");
        assertThat(args.arguments().from()).isEqualTo(2021);
        assertThat(args.arguments().to()).isEqualTo(2025);
        assertThat(args.arguments().crosswalk()).isEqualTo(Path.of("ranh-gioi.csv"));
        assertThatThrownBy(() -> CommandArguments.parse(new String[] {"review", "--unit", "X", "--from", "2021"}))
                .hasMessageContaining("needs --unit, --from and --to");
        assertThatThrownBy(() ->
                        CommandArguments.parse(new String[] {"review", "--unit", "X", "--from", "hai", "--to", "2025"}))
                .hasMessageContaining("needs a year such as 2021, not 'hai'");
        assertThatThrownBy(() -> CommandArguments.parse(
                        new String[] {"review", "--unit", "X", "--from", "2025", "--to", "2021"}))
                .hasMessageContaining("--from is after --to");
    }

    @Test
    void refusesUnknownCommandsAndOptionsWithOneLine() {
        assertThatThrownBy(() -> CommandArguments.parse(new String[] {"publish"}))
                .hasMessageContaining("unknown command: publish")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> CommandArguments.parse(new String[] {"--inptu", "x"}))
                .hasMessageContaining("unknown option: --inptu");
        assertThatThrownBy(() -> CommandArguments.parse(new String[] {"--input"}))
                .hasMessageContaining("needs a folder");
    }

    @Test
    void refusesAnInputFolderThatDoesNotExist(@TempDir Path dir) {
        assertThatThrownBy(() -> RuralstatCommandLine.checkFolders(dir.resolve("missing"), dir.resolve("out")))
                .hasMessageContaining("cannot read input folder");
    }
}
