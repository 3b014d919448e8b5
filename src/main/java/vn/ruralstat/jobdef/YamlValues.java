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

/**
 * Typed values from YAML nodes. A value of the wrong shape is reported with what was found and what
 * was expected, and read as empty, so that the reader goes on to the next key.
 */
final class YamlValues {

    /** What a key expects, said in both languages: "a folder, e.g. output" / "một thư mục, ví dụ output". */
    record Expected(String english, String vietnamese) {
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
            problems.at(node, key, "found '" + s.getValue() + "', which YAML reads as true or false; expected "
                    + expected.english() + " (put quotes around text: \"" + s.getValue() + "\")",
                    "gặp '" + s.getValue() + "', YAML hiểu là đúng/sai; cần " + expected.vietnamese()
                            + " (đặt văn bản trong ngoặc kép: \"" + s.getValue() + "\")");
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
        wrong(key, node, new Expected("true or false", "true (có) hoặc false (không)"));
        return Optional.empty();
    }

    /** A year of four digits, 1900 to 2099, written as a number or as text. */
    Optional<Integer> year(String key, Node node) {
        if (node instanceof ScalarNode s && (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.STR))
                && YEAR.matcher(s.getValue().strip()).matches()) {
            return Optional.of(Integer.parseInt(s.getValue().strip()));
        }
        wrong(key, node, new Expected("a year such as 2021", "một năm, ví dụ 2021"));
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
        problems.at(node, key, "found " + foundEnglish(node) + "; expected " + expected.english(),
                "gặp " + foundVietnamese(node) + "; cần " + expected.vietnamese());
    }

    static String foundEnglish(Node node) {
        if (node instanceof SequenceNode seq) return seq.getValue().isEmpty() ? "an empty list" : "a list";
        if (node instanceof MappingNode) return "a group of keys";
        ScalarNode s = (ScalarNode) node;
        return s.getValue().isBlank() ? "nothing" : "'" + s.getValue() + "'";
    }

    static String foundVietnamese(Node node) {
        if (node instanceof SequenceNode seq) return seq.getValue().isEmpty() ? "một danh sách trống" : "một danh sách";
        if (node instanceof MappingNode) return "một nhóm khóa";
        ScalarNode s = (ScalarNode) node;
        return s.getValue().isBlank() ? "giá trị trống" : "'" + s.getValue() + "'";
    }
}
