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

/** The {@code options:} of a job, with the defaults of its kind for what is not written. */
final class OptionsReader {

    static final List<String> OPTION_KEYS = List.of("incremental", "annotatedCopies", "province", "timeZone");

    /** The file name of {@code rulebooks/overrides/<province>.csv}, as {@code ProvinceOverrides} requires. */
    private static final Pattern PROVINCE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Expected OPTIONS = new Expected("keys such as incremental: and timeZone:, indented under options:",
            "các khóa như incremental: và timeZone:, thụt lề dưới options:");

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
        JobDefinition.Options defaults = new JobDefinition.Options(consolidation, true, null,
                JobDefinition.Options.DEFAULT_TIME_ZONE);
        Optional<MappingNode> node = mapping.value("options").flatMap(n -> values.mapping("options", n, OPTIONS));
        if (node.isEmpty()) return defaults;
        YamlMapping options = YamlMapping.read(node.get(), "options.", OPTION_KEYS, problems);

        boolean incremental = defaults.incremental();
        if (kind.isPresent() && !consolidation) {
            options.notUsed("incremental", kind.get(), "it ingests no files", "công việc này không đọc tệp đầu vào");
        } else {
            incremental = options.value("incremental").flatMap(n -> values.bool("options.incremental", n))
                    .orElse(incremental);
        }
        boolean annotatedCopies = options.value("annotatedCopies")
                .flatMap(n -> values.bool("options.annotatedCopies", n)).orElse(true);
        String province = options.value("province").flatMap(this::province).orElse(null);
        ZoneId timeZone = options.value("timeZone").flatMap(this::timeZone).orElse(defaults.timeZone());
        return new JobDefinition.Options(incremental, annotatedCopies, province, timeZone);
    }

    private Optional<String> province(Node node) {
        Optional<String> text = values.text("options.province", node,
                new Expected("a province such as cao-bang", "tên tỉnh, ví dụ cao-bang"));
        if (text.isEmpty() || PROVINCE.matcher(text.get()).matches()) return text;
        String meant = fileName(text.get());
        problems.at(node, "options.province", "'" + text.get() + "' is not a province as the overrides files name it "
                        + "(rulebooks/overrides/<province>.csv: lower-case ASCII with hyphens)"
                        + (meant.isEmpty() ? "" : "; did you mean '" + meant + "'?"),
                "'" + text.get() + "' không phải tên tỉnh theo cách đặt tên tệp (rulebooks/overrides/<tỉnh>.csv: chữ thường "
                        + "không dấu, nối bằng '-')" + (meant.isEmpty() ? "" : "; có phải là '" + meant + "'?"));
        return Optional.empty();
    }

    /** "Tỉnh Cao Bằng" → "cao-bang": without diacritics, lower case, words joined by hyphens. */
    static String fileName(String province) {
        String ascii = Normalizer.normalize(province.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "")
                .replaceFirst("^(tinh|thanh-pho|tp)-", "");
    }

    private Optional<ZoneId> timeZone(Node node) {
        Optional<String> text = values.text("options.timeZone", node,
                new Expected("a time zone such as Asia/Ho_Chi_Minh", "múi giờ, ví dụ Asia/Ho_Chi_Minh"));
        if (text.isEmpty()) return Optional.empty();
        try {
            return Optional.of(ZoneId.of(text.get()));
        } catch (DateTimeException e) {
            problems.at(node, "options.timeZone", "'" + text.get() + "' is not a time zone; expected a region such as "
                    + "Asia/Ho_Chi_Minh or an offset such as +07:00", "'" + text.get() + "' không phải múi giờ; cần tên "
                    + "vùng như Asia/Ho_Chi_Minh hoặc độ lệch như +07:00");
            return Optional.empty();
        }
    }
}
