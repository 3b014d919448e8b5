package vn.ruralstat.jobdef;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import vn.ruralstat.jobdef.YamlValues.Expected;

/**
 * The {@code periods:} of a job: for a summary a list of years and ranges ({@code [2025, "2022-2025"]}),
 * for a review the first and last year ({@code {from: 2021, to: 2025}}); a consolidation has none.
 */
final class PeriodsReader {

    static final List<String> RANGE_KEYS = List.of("from", "to");

    private static final Pattern PERIOD = Pattern.compile("((?:19|20)\\d{2})(?:\\s*[-–]\\s*((?:19|20)\\d{2}))?");
    private static final Expected SUMMARY_PERIODS = new Expected(
            "a list of years or ranges, e.g. periods: [2025, \"2022-2025\"]",
            "danh sách năm hoặc giai đoạn, ví dụ periods: [2025, \"2022-2025\"]");
    private static final Expected PERIOD_ITEM = new Expected("a year such as 2025 or a range such as 2022-2025",
            "một năm, ví dụ 2025, hoặc một giai đoạn, ví dụ 2022-2025");
    private static final Expected REVIEW_PERIODS = new Expected(
            "the first and last year as from: and to:, e.g. periods: {from: 2021, to: 2025}",
            "năm đầu và năm cuối ở from: và to:, ví dụ periods: {from: 2021, to: 2025}");

    private final YamlMapping mapping;
    private final YamlValues values;
    private final Problems problems;

    PeriodsReader(YamlMapping mapping, YamlValues values, Problems problems) {
        this.mapping = mapping;
        this.values = values;
        this.problems = problems;
    }

    List<YearRange> read(JobKind kind) {
        return switch (kind) {
            case CONSOLIDATION -> {
                mapping.notUsed("periods", kind, "it consolidates every period its input holds",
                        "công việc này tổng hợp mọi kỳ có trong dữ liệu đầu vào");
                yield List.of();
            }
            case SUMMARY -> summary();
            case REVIEW -> review();
        };
    }

    private List<YearRange> summary() {
        Optional<Node> node = mapping.value("periods");
        if (node.isEmpty()) {
            mapping.missing("periods", SUMMARY_PERIODS.english(), SUMMARY_PERIODS.vietnamese());
            return List.of();
        }
        List<Node> items = values.list("periods", node.get(), SUMMARY_PERIODS).orElse(null);
        if (items == null) return List.of();
        if (items.isEmpty()) values.wrong("periods", node.get(), SUMMARY_PERIODS);
        List<YearRange> periods = new ArrayList<>();
        for (Node item : items) {
            Optional<YearRange> period = values.text("periods", item, PERIOD_ITEM).flatMap(t -> period(t, item));
            if (period.isEmpty()) continue;
            if (periods.contains(period.get())) {
                problems.at(item, "periods", "'" + period.get() + "' is listed twice", "'" + period.get() + "' bị ghi hai lần");
            } else {
                periods.add(period.get());
            }
        }
        return periods;
    }

    private Optional<YearRange> period(String text, Node item) {
        Matcher m = PERIOD.matcher(text);
        if (!m.matches()) {
            values.wrong("periods", item, PERIOD_ITEM);
            return Optional.empty();
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        if (from > to) {
            problems.at(item, "periods", "'" + text + "' ends before it starts; expected the earlier year first, e.g. "
                    + to + "-" + from, "'" + text + "' có năm cuối trước năm đầu; cần ghi năm đầu trước, ví dụ " + to + "-" + from);
            return Optional.empty();
        }
        return Optional.of(new YearRange(from, to));
    }

    private List<YearRange> review() {
        Optional<Node> node = mapping.value("periods");
        if (node.isEmpty()) {
            mapping.missing("periods", REVIEW_PERIODS.english(), REVIEW_PERIODS.vietnamese());
            return List.of();
        }
        Optional<MappingNode> range = values.mapping("periods", node.get(), REVIEW_PERIODS);
        if (range.isEmpty()) return List.of();
        YamlMapping years = YamlMapping.read(range.get(), "periods.", RANGE_KEYS, problems);
        Optional<Integer> from = years.value("from").flatMap(n -> values.year("periods.from", n));
        Optional<Integer> to = years.value("to").flatMap(n -> values.year("periods.to", n));
        if (years.value("from").isEmpty()) {
            years.missing("from", "the first year of the review, e.g. from: 2021", "năm đầu của kỳ tổng kết, ví dụ from: 2021");
        }
        if (years.value("to").isEmpty()) {
            years.missing("to", "the last year of the review, e.g. to: 2025", "năm cuối của kỳ tổng kết, ví dụ to: 2025");
        }
        if (from.isEmpty() || to.isEmpty()) return List.of();
        if (from.get() > to.get()) {
            problems.at(years.value("from").orElseThrow(), "periods", "from " + from.get() + " is after to " + to.get()
                    + "; expected from ≤ to", "from " + from.get() + " sau to " + to.get() + "; cần from ≤ to");
            return List.of();
        }
        return List.of(new YearRange(from.get(), to.get()));
    }
}
