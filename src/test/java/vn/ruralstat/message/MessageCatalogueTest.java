package vn.ruralstat.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.rulebook.RulebookHeader;
import vn.ruralstat.rulebook.TestRulebooks;

/**
 * The catalogue an officer proofreads: every finding code and every key the code names has a
 * Vietnamese and an English text with the same placeholders, no text is left unused, and the
 * Vietnamese texts hold no English words.
 */
class MessageCatalogueTest {

    private static final Map<String, String> VI = MessageCatalogue.VIETNAMESE.texts();
    private static final Map<String, String> EN = MessageCatalogue.ENGLISH.texts();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    /** Every main source file's text, read once: the keys the code names are found in it. */
    private static String sources;

    @BeforeAll
    static void readSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java"))
                    .map(MessageCatalogueTest::read)
                    .collect(Collectors.joining("\n"));
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(EN.keySet()).containsExactlyInAnyOrderElementsOf(VI.keySet());
    }

    @Test
    void everyFindingCodeHasAVietnameseAndAnEnglishText() {
        for (FindingCode code : FindingCode.values()) {
            assertThat(VI.keySet())
                    .as(code.name())
                    .anyMatch(k -> k.equals(code.name()) || k.startsWith(code.name() + "."));
        }
    }

    @Test
    void everyFindingCodeHasAnOfficialNameInBothLanguages() {
        // Officers read a finding's kind by this name; the code itself never reaches them.
        for (FindingCode code : FindingCode.values()) {
            String key = "finding." + code.name() + ".name";
            assertThat(VI.get(key)).as(key).isNotBlank().doesNotContain(code.name());
            assertThat(EN.get(key)).as(key).isNotBlank();
        }
    }

    @Test
    void everyKeyARulebookVariesItsTargetsByHasAName() {
        // Officers read "vùng Tây Nguyên", not "tn": every region and area key of rulebooks.csv is
        // named in the catalogue; commune groups ("group-2") read "nhóm 2" without one.
        for (RulebookHeader header : TestRulebooks.national().headers()) {
            for (String key : header.keys()) {
                if (!key.startsWith("group-")) assertThat(VI).as(key).containsKey("rulebook.key." + key);
            }
        }
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() {
        VI.forEach((key, vi) -> assertThat(placeholders(EN.get(key))).as(key).isEqualTo(placeholders(vi)));
    }

    @Test
    void placeholdersAreNumberedFromZeroWithoutGaps() {
        VI.forEach((key, vi) -> {
            Set<Integer> used = placeholders(vi);
            assertThat(used).as(key).allMatch(i -> i < used.size());
        });
    }

    @Test
    void everyKeyTheCodeNamesHasATextInBothLanguages() {
        Set<String> named = keysNamedInCode();
        assertThat(named).as("keys found in the code").hasSizeGreaterThan(100);
        assertThat(VI.keySet()).containsAll(named);
        assertThat(EN.keySet()).containsAll(named);
    }

    @Test
    void noTextIsLeftUnused() {
        Set<String> named = keysNamedInCode();
        Set<String> unused = new TreeSet<>(VI.keySet());
        unused.removeAll(named);
        assertThat(unused).isEmpty();
    }

    /**
     * Where an English word is meant: the menu path LibreOffice shows in English, and the values a rulebook
     * file must hold in its level column, and the column names of a targets file.
     */
    private static final Map<String, Set<String>> MEANT = Map.of(
            "FILE_UNSUPPORTED.ods", Set.of("file", "save"),
            "rulebook.levelUnknown", Set.of("indicator"),
            // The option --period, written as it is typed.
            "cli.usage", Set.of("period"),
            // The column names a targets file must carry, written as the file has them.
            "TARGETS_MISSING_FOR_GROUP", Set.of("rulebook", "indicator"));

    @Test
    void vietnameseTextsHoldNoEnglishWords() {
        VI.forEach((key, vi) -> {
            Set<String> words = EnglishWords.in(vi);
            words.removeAll(MEANT.getOrDefault(key, Set.of()));
            assertThat(words).as(key + ": " + vi).isEmpty();
        });
    }

    @Test
    void theEnglishWordCheckCatchesAnEnglishWord() {
        // The check above would pass on any text if the word split were wrong: prove it sees one.
        assertThat(EnglishWords.in("Ô {0}: không đọc được file {1}")).containsExactly("file");
        assertThat(MEANT.keySet()).allMatch(VI::containsKey);
    }

    @Test
    void rendersArgumentsAsWrittenWithoutFormattingOrQuoteRules() {
        Finding f = Finding.mismatch(
                FindingCode.RATE_MISMATCH,
                "poor",
                SourceRef.file("a.xlsx"),
                "12,5",
                "12,50",
                "Nà Pùng",
                "12,5",
                5,
                40,
                "12,50");

        assertThat(f.key()).isEqualTo("RATE_MISMATCH.poor");
        assertThat(f.arguments()).containsExactly("Nà Pùng", "12,5", "5", "40", "12,50");
        assertThat(f.messageVi()).isEqualTo("Nà Pùng: tỷ lệ hộ nghèo 12,5% ≠ 5/40×100 = 12,50%.");
        assertThat(f.messageEn()).isEqualTo("Nà Pùng: poverty rate 12,5% ≠ 5/40×100 = 12,50%.");
    }

    @Test
    void keepsSingleQuotesAsTyped() {
        Finding f = Finding.of(FindingCode.COMMUNE_GROUP_UNKNOWN, SourceRef.file("a.xlsx"), "Xã A");

        assertThat(f.messageEn())
                .isEqualTo("Xã A: the commune's group is unknown (no register lists it),"
                        + " so its indicators cannot be compared with its group's targets.");
    }

    @Test
    void rendersNestedMessagesAndLocalizedArgumentsInTheSentencesLanguage() {
        Message sizes = Message.localized(
                "FILE_UNREADABLE.unzipsTooLarge",
                List.of("bom.xlsx", "3,8 GB", "1,0 GB"),
                List.of("bom.xlsx", "3.8 GB", "1.0 GB"));

        assertThat(sizes.vi())
                .isEqualTo(
                        "Không đọc tệp bom.xlsx: khi giải nén, nội dung tệp lên tới 3,8 GB, vượt giới"
                                + " hạn 1,0 GB. Tệp có thể là tệp độc hại (\"bom zip\"); nếu là tệp thật, hãy tách thành nhiều tệp nhỏ hơn");
        assertThat(sizes.en())
                .isEqualTo("Not reading file bom.xlsx: its contents unpack to 3.8 GB, above the 1.0 GB"
                        + " limit. It may be a malicious \"zip bomb\"; if it is genuine, split it into smaller files");
        Finding f = Finding.of(
                FindingCode.RULEBOOK_UNKNOWN,
                SourceRef.file("a.xlsx"),
                "Xã A",
                "2019",
                Message.of("period.noRulebook", "2019"));
        assertThat(f.messageVi())
                .isEqualTo("Xã A: không xác định được bộ tiêu chí cho kỳ 2019. Không có bộ nào cho kỳ 2019");
        assertThat(f.messageEn()).isEqualTo("Xã A: no rulebook applies to period 2019. No rulebook covers period 2019");
    }

    @Test
    void sayWhichKeyLacksATextOrAnArgument() {
        assertThatThrownBy(() -> Message.of("NO_SUCH_KEY").vi()).hasMessageContaining("NO_SUCH_KEY");
        assertThatThrownBy(() -> Message.of("period.noRulebook").en()).hasMessageContaining("{0}");
    }

    /**
     * The keys the main code names: whole keys written as text ({@code "FILE_UNREADABLE.empty"},
     * {@code "period.noRulebook"}), a code with a variant ({@code FindingCode.X, "variant"} or a variant
     * written as text in a file that names the code), a code's own text, the codes' official names
     * looked up as {@code "finding." + name() + ".name"}, and the counted field names looked up as
     * {@code "poverty.field." + field}.
     */
    private static Set<String> keysNamedInCode() {
        Set<String> named = new LinkedHashSet<>();
        for (String key : VI.keySet()) {
            if (sources.contains("\"" + key + "\"")) named.add(key);
        }
        for (FindingCode code : FindingCode.values()) {
            if (!sources.contains("FindingCode." + code.name())) continue;
            if (VI.containsKey(code.name())) named.add(code.name());
            for (String key : VI.keySet()) {
                if (key.startsWith(code.name() + ".")
                        && variantNamedNearCode(code, key.substring(code.name().length() + 1))) {
                    named.add(key);
                }
            }
        }
        // VietnameseLabels.targetKey names a rulebook's keys as "rulebook.key." + key.
        if (sources.contains("\"rulebook.key.\" + key")) {
            VI.keySet().stream().filter(k -> k.startsWith("rulebook.key.")).forEach(named::add);
        }
        // FindingCode.officialName() looks its name up as "finding." + name() + ".name".
        if (sources.contains("\"finding.\" + name() + \".name\"")) {
            for (FindingCode code : FindingCode.values()) named.add("finding." + code.name() + ".name");
        }
        for (String key : VI.keySet()) {
            if (key.startsWith("poverty.field.")
                    && sources.contains("\"poverty.field.\" + field")
                    && sources.contains("= \"" + key.substring("poverty.field.".length()) + "\";")) {
                named.add(key);
            }
        }
        return named;
    }

    /** The variant is written as text in a source file that also names the code. */
    private static boolean variantNamedNearCode(FindingCode code, String variant) {
        for (String file : sources.split("\npackage ")) {
            if (file.contains("FindingCode." + code.name()) && file.contains("\"" + variant + "\"")) return true;
        }
        return false;
    }

    private static Set<Integer> placeholders(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) found.add(Integer.parseInt(m.group(1)));
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
