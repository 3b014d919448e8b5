package vn.ruralstat.jobdef;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import vn.ruralstat.message.Message;

/**
 * Typed values from YAML nodes. A value of the wrong shape is reported with what was found and what
 * was expected, and read as empty, so that the reader goes on to the next key.
 */
final class YamlValues {

    /** What a key expects, from the catalogue: "a folder, e.g. output" / "một thư mục, ví dụ output". */
    record Expected(Message text) {

        Expected(String key, Object... arguments) {
            this(Message.of(key, arguments));
        }
    }

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

    private final SafeYaml yaml;
    private final Problems problems;

    YamlValues(SafeYaml yaml, Problems problems) {
        this.yaml = yaml;
        this.problems = problems;
    }

    /** Text, trimmed and in Unicode NFC; numbers are taken as written ({@code name: 2025} is "2025"). */
    Optional<String> text(String key, Node node, Expected expected) {
        if (node instanceof ScalarNode s && !s.getTag().equals(Tag.BOOL)) {
            String text = Normalizer.normalize(s.getValue().strip(), Normalizer.Form.NFC);
            if (!text.isEmpty()) return Optional.of(text);
        }
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
            problems.at(node, key, Message.of("jobdef.foundBoolean", s.getValue(), expected.text()));
        } else {
            wrong(key, node, expected);
        }
        return Optional.empty();
    }

    /** {@code true} or {@code false} (YAML also reads yes/no and on/off as these). */
    Optional<Boolean> bool(String key, Node node) {
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
            return Optional.of((Boolean) yaml.value(s));
        }
        wrong(key, node, new Expected("jobdef.expect.boolean"));
        return Optional.empty();
    }

    /** A year of four digits, 1900 to 2099, written as a number or as text. */
    Optional<Integer> year(String key, Node node) {
        if (node instanceof ScalarNode s
                && (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.STR))
                && YEAR.matcher(s.getValue().strip()).matches()) {
            return Optional.of(Integer.parseInt(s.getValue().strip()));
        }
        wrong(key, node, new Expected("jobdef.expect.year"));
        return Optional.empty();
    }

    /** The items of a list. */
    Optional<List<Node>> list(String key, Node node, Expected expected) {
        if (node instanceof SequenceNode seq) return Optional.of(seq.getValue());
        wrong(key, node, expected);
        return Optional.empty();
    }

    /** A group of keys under this key. */
    Optional<MappingNode> mapping(String key, Node node, Expected expected) {
        if (node instanceof MappingNode map) return Optional.of(map);
        wrong(key, node, expected);
        return Optional.empty();
    }

    /** Reports {@code node} as not what {@code key} expects. */
    void wrong(String key, Node node, Expected expected) {
        problems.at(node, key, Message.of("jobdef.found", found(node), expected.text()));
    }

    /** What was written where a value was expected: "a list", "nothing", "'abc'". */
    static Message found(Node node) {
        if (node instanceof SequenceNode seq) {
            return Message.of(seq.getValue().isEmpty() ? "jobdef.found.emptyList" : "jobdef.found.list");
        }
        if (node instanceof MappingNode) return Message.of("jobdef.found.mapping");
        ScalarNode s = (ScalarNode) node;
        return s.getValue().isBlank()
                ? Message.of("jobdef.found.nothing")
                : Message.of("jobdef.found.value", s.getValue());
    }
}
