package vn.ruralstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ruralstat.command.Arguments;
import vn.ruralstat.message.Message;

class CommandArgumentsTest {

    /** The reason a parse gives, as the key and arguments of its sentence. */
    private static Message refusal(String... args) {
        try {
            CommandArguments.parse(args);
        } catch (UsageException e) {
            return e.reason();
        }
        throw new AssertionError("accepted: " + String.join(" ", args));
    }

    @Test
    void consolidatesInputIntoOutputInVietnameseWithoutArguments() throws Exception {
        assertThat(CommandArguments.parse(new String[0]))
                .isEqualTo(new CommandArguments(
                        "consolidate",
                        Arguments.consolidation(Path.of("input"), Path.of("output"), false),
                        "vi",
                        null));
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

        assertThat(args.arguments()).isEqualTo(Arguments.consolidation(Path.of("in"), Path.of("out"), true));
    }

    @Test
    void takesTheLanguageAndTheConfigurationFile() throws Exception {
        CommandArguments args =
                CommandArguments.parse(new String[] {"--lang", "en", "--config", "van-phong.properties"});

        assertThat(args.language()).isEqualTo("en");
        assertThat(args.config()).isEqualTo(Path.of("van-phong.properties"));
        assertThat(CommandArguments.parse(new String[] {"--lang=en"}).language())
                .isEqualTo("en");
        assertThat(refusal("--lang", "fr")).isEqualTo(Message.of("cli.option.unknownLanguage", "fr"));
    }

    @Test
    void findsTheLanguageBeforeParsingSoThatErrorsAreWordedInIt() {
        assertThat(CommandArguments.language(new String[] {"publish", "--lang", "en"}))
                .isEqualTo("en");
        assertThat(CommandArguments.language(new String[] {"--ruralstat.lang=en"}))
                .isEqualTo("en");
        assertThat(CommandArguments.language(new String[] {"--lang", "fr"})).isEqualTo("vi");
        assertThat(CommandArguments.language(new String[] {})).isEqualTo("vi");
    }

    @Test
    void takesTheUnitAndPeriodOfASummary() throws Exception {
        CommandArguments args =
                CommandArguments.parse(new String[] {"summary", "--unit", "Quảng Hòa", "--period", "2025"});

        assertThat(args.arguments().unit()).isEqualTo("Quảng Hòa");
        assertThat(args.arguments().period()).isEqualTo("2025");
        assertThat(refusal("summary")).isEqualTo(Message.of("cli.summary.needsUnit"));
    }

    @Test
    void takesTheUnitsCommandByItsEnglishAndItsVietnameseName() throws Exception {
        assertThat(CommandArguments.parse(new String[] {"units"}).command()).isEqualTo("units");
        CommandArguments args = CommandArguments.parse(new String[] {"don-vi", "--unit", "Ngân Sơn"});
        assertThat(args.command()).isEqualTo("units");
        assertThat(args.arguments().unit()).isEqualTo("Ngân Sơn");
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
        assertThat(refusal("review", "--unit", "X", "--from", "2021"))
                .isEqualTo(Message.of("cli.review.needsUnitAndYears"));
        assertThat(refusal("review", "--unit", "X", "--from", "hai", "--to", "2025"))
                .isEqualTo(Message.of("cli.option.notAYear", "--from", "hai"));
        assertThat(refusal("review", "--unit", "X", "--from", "2025", "--to", "2021"))
                .isEqualTo(Message.of("cli.review.fromAfterTo", 2025, 2021));
    }

    @Test
    void suggestsTheNearestCommandOrOptionForAMistypedOne() {
        assertThat(refusal("reveiw")).isEqualTo(Message.of("cli.command.unknown.meant", "reveiw", "review"));
        assertThat(refusal("unit")).isEqualTo(Message.of("cli.command.unknown.meant", "unit", "units"));
        assertThat(refusal("--inptu", "x")).isEqualTo(Message.of("cli.option.unknown.meant", "--inptu", "--input"));
        assertThat(refusal("--perod=2025")).isEqualTo(Message.of("cli.option.unknown.meant", "--perod", "--period"));
    }

    @Test
    void refusesAWordNothingResemblesWithoutASuggestion() {
        assertThat(refusal("publish")).isEqualTo(Message.of("cli.command.unknown", "publish"));
        assertThat(refusal("--verbose")).isEqualTo(Message.of("cli.option.unknown", "--verbose"));
        assertThat(refusal("summary", "--unit", "X", "extra"))
                .isEqualTo(Message.of("cli.argument.unexpected", "extra"));
    }

    @Test
    void saysWhatAnOptionWithoutItsValueNeeds() {
        assertThat(refusal("--input")).isEqualTo(Message.of("cli.option.needsFolder", "--input"));
        assertThat(refusal("--crosswalk", "--input", "x")).isEqualTo(Message.of("cli.option.needsFile", "--crosswalk"));
        assertThat(refusal("--lang")).isEqualTo(Message.of("cli.option.needsLanguage", "--lang"));
    }

    @Test
    void refusesAnInputFolderThatDoesNotExist(@TempDir Path dir) {
        assertThatThrownBy(() -> RuralstatCommandLine.checkFolders(dir.resolve("missing"), dir.resolve("out")))
                .isInstanceOfSatisfying(
                        UsageException.class, e -> assertThat(e.reason().key()).isEqualTo("cli.input.unreadable"));
    }
}
