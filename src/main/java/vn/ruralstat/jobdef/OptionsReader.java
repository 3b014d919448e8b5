package vn.ruralstat.jobdef;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import vn.ruralstat.jobdef.YamlValues.Expected;
import vn.ruralstat.message.Message;

/** The {@code options:} of a job, with the defaults of its kind for what is not written. */
final class OptionsReader {

    static final List<String> OPTION_KEYS = List.of("incremental", "annotatedCopies", "province", "timeZone");

    /** The file name of {@code rulebooks/overrides/<province>.csv}, as {@code ProvinceOverrides} requires. */
    private static final Pattern PROVINCE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private static final Expected OPTIONS = new Expected("jobdef.expect.options");

    private final YamlMapping mapping;
    private final YamlValues values;
    private final Problems problems;

    OptionsReader(YamlMapping mapping, YamlValues values, Problems problems) {
        this.mapping = mapping;
        this.values = values;
        this.problems = problems;
    }

    /** The options; {@code kind} is empty when the file's kind could not be read. */
    JobDefinition.Options read(Optional<JobKind> kind) {
        boolean consolidation = kind.orElse(null) == JobKind.CONSOLIDATION;
        JobDefinition.Options defaults =
                new JobDefinition.Options(consolidation, true, null, JobDefinition.Options.DEFAULT_TIME_ZONE);
        Optional<MappingNode> node = mapping.value("options").flatMap(n -> values.mapping("options", n, OPTIONS));
        if (node.isEmpty()) return defaults;
        YamlMapping options = YamlMapping.read(node.get(), "options.", OPTION_KEYS, problems);

        boolean incremental = defaults.incremental();
        if (kind.isPresent() && !consolidation) {
            options.notUsed("incremental", kind.get(), Message.of("jobdef.why.ingestsNoFiles"));
        } else {
            incremental = options.value("incremental")
                    .flatMap(n -> values.bool("options.incremental", n))
                    .orElse(incremental);
        }
        boolean annotatedCopies = options.value("annotatedCopies")
                .flatMap(n -> values.bool("options.annotatedCopies", n))
                .orElse(true);
        String province = options.value("province").flatMap(this::province).orElse(null);
        ZoneId timeZone = options.value("timeZone").flatMap(this::timeZone).orElse(defaults.timeZone());
        return new JobDefinition.Options(incremental, annotatedCopies, province, timeZone);
    }

    private Optional<String> province(Node node) {
        Optional<String> text = values.text("options.province", node, new Expected("jobdef.expect.province"));
        if (text.isEmpty() || PROVINCE.matcher(text.get()).matches()) return text;
        String meant = fileName(text.get());
        problems.at(
                node,
                "options.province",
                meant.isEmpty()
                        ? Message.of("jobdef.province.invalid", text.get())
                        : Message.of("jobdef.province.invalid.meant", text.get(), meant));
        return Optional.empty();
    }

    /** "Tỉnh Cao Bằng" → "cao-bang": without diacritics, lower case, words joined by hyphens. */
    static String fileName(String province) {
        String ascii = Normalizer.normalize(province.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "").replaceFirst("^(tinh|thanh-pho|tp)-", "");
    }

    private Optional<ZoneId> timeZone(Node node) {
        Optional<String> text = values.text("options.timeZone", node, new Expected("jobdef.expect.timeZone"));
        if (text.isEmpty()) return Optional.empty();
        try {
            return Optional.of(ZoneId.of(text.get()));
        } catch (DateTimeException e) {
            problems.at(node, "options.timeZone", Message.of("jobdef.timeZone.invalid", text.get()));
            return Optional.empty();
        }
    }
}
