package vn.ruralstat.jobdef;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import vn.ruralstat.jobdef.YamlValues.Expected;
import vn.ruralstat.message.Message;

/**
 * The {@code periods:} of a job: for a summary a list of years and ranges ({@code [2025, "2022-2025"]}),
 * for a review the first and last year ({@code {from: 2021, to: 2025}}); a consolidation has none.
 */
final class PeriodsReader {

    static final List<String> RANGE_KEYS = List.of("from", "to");

    private static final Pattern PERIOD = Pattern.compile("((?:19|20)\\d{2})(?:\\s*[-–]\\s*((?:19|20)\\d{2}))?");
    private static final Expected SUMMARY_PERIODS = new Expected("jobdef.expect.summaryPeriods");
    private static final Expected PERIOD_ITEM = new Expected("jobdef.expect.period");
    private static final Expected REVIEW_PERIODS = new Expected("jobdef.expect.reviewPeriods");

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
                mapping.notUsed("periods", kind, Message.of("jobdef.why.consolidatesEveryPeriod"));
                yield List.of();
            }
            case SUMMARY -> summary();
            case REVIEW -> review();
        };
    }

    private List<YearRange> summary() {
        Optional<Node> node = mapping.value("periods");
        if (node.isEmpty()) {
            mapping.missing("periods", SUMMARY_PERIODS.text());
            return List.of();
        }
        List<Node> items = values.list("periods", node.get(), SUMMARY_PERIODS).orElse(null);
        if (items == null) return List.of();
        if (items.isEmpty()) values.wrong("periods", node.get(), SUMMARY_PERIODS);
        List<YearRange> periods = new ArrayList<>();
        for (Node item : items) {
            Optional<YearRange> period =
                    values.text("periods", item, PERIOD_ITEM).flatMap(t -> period(t, item));
            if (period.isEmpty()) continue;
            if (periods.contains(period.get())) {
                problems.at(item, "periods", Message.of("jobdef.listedTwice", period.get()));
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
            problems.at(item, "periods", Message.of("jobdef.period.backwards", text, to, from));
            return Optional.empty();
        }
        return Optional.of(new YearRange(from, to));
    }

    private List<YearRange> review() {
        Optional<Node> node = mapping.value("periods");
        if (node.isEmpty()) {
            mapping.missing("periods", REVIEW_PERIODS.text());
            return List.of();
        }
        Optional<MappingNode> range = values.mapping("periods", node.get(), REVIEW_PERIODS);
        if (range.isEmpty()) return List.of();
        YamlMapping years = YamlMapping.read(range.get(), "periods.", RANGE_KEYS, problems);
        Optional<Integer> from = years.value("from").flatMap(n -> values.year("periods.from", n));
        Optional<Integer> to = years.value("to").flatMap(n -> values.year("periods.to", n));
        if (years.value("from").isEmpty()) {
            years.missing("from", Message.of("jobdef.expect.from"));
        }
        if (years.value("to").isEmpty()) {
            years.missing("to", Message.of("jobdef.expect.to"));
        }
        if (from.isEmpty() || to.isEmpty()) return List.of();
        if (from.get() > to.get()) {
            problems.at(
                    years.value("from").orElseThrow(),
                    "periods",
                    Message.of("jobdef.period.fromAfterTo", from.get(), to.get()));
            return List.of();
        }
        return List.of(new YearRange(from.get(), to.get()));
    }
}
