package vn.ruralstat.jobdef;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The keys of one YAML mapping with their nodes. Reading it reports keys that are not text, keys
 * written twice, and unknown keys with the known key the operator most likely meant.
 */
final class YamlMapping {

    private final String prefix;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> suggested = new HashSet<>();

    private YamlMapping(String prefix, Problems problems) {
        this.prefix = prefix;
        this.problems = problems;
    }

    /**
     * @param prefix the path of the mapping's keys in messages: "" at the top, "options." inside options
     * @param known  the keys this mapping may hold
     */
    static YamlMapping read(MappingNode node, String prefix, List<String> known, Problems problems) {
        YamlMapping mapping = new YamlMapping(prefix, problems);
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL)) {
                problems.at(keyNode, null, "a key must be a word such as " + known.get(0),
                        "khóa phải là một từ, ví dụ " + known.get(0));
                continue;
            }
            String key = scalar.getValue();
            NodeTuple first = mapping.entries.get(key);
            if (first != null) {
                int firstLine = Problems.lineOf(first.getKeyNode());
                problems.at(keyNode, prefix + key, "written twice (first on line " + firstLine + "); write each key once",
                        "bị ghi hai lần (lần đầu ở dòng " + firstLine + "); mỗi khóa chỉ ghi một lần");
            } else if (!known.contains(key)) {
                Optional<String> meant = Suggestions.closest(key, known);
                meant.ifPresent(mapping.suggested::add);
                problems.at(keyNode, prefix + key,
                        meant.map(m -> "unknown key; did you mean '" + m + "'?")
                                .orElse("unknown key; the keys here are " + String.join(", ", known)),
                        meant.map(m -> "khóa không có trong định nghĩa; có phải là '" + m + "'?")
                                .orElse("khóa không có trong định nghĩa; các khóa dùng được: " + String.join(", ", known)));
            } else {
                mapping.entries.put(key, tuple);
            }
        }
        return mapping;
    }

    /** The key's value, or empty when the key is absent or written without a value ({@code schedule:}). */
    Optional<Node> value(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) return Optional.empty();
        Node value = tuple.getValueNode();
        return value instanceof ScalarNode s && s.getTag().equals(Tag.NULL) ? Optional.empty() : Optional.of(value);
    }

    /** The node of the key itself when it is written (with or without a value), for its line. */
    Optional<Node> keyNode(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getKeyNode);
    }

    /** The key's path in messages: {@code timeZone} → {@code options.timeZone}. */
    String path(String key) {
        return prefix + key;
    }

    /**
     * Reports {@code key} as missing, or as written without a value, unless an unknown key was taken
     * for a typo of it (that typo is the problem to fix).
     */
    void missing(String key, String expectedEn, String expectedVi) {
        if (suggested.contains(key)) return;
        Optional<Node> written = keyNode(key);
        if (written.isPresent()) {
            problems.at(written.get(), path(key), "has no value; expected " + expectedEn,
                    "chưa có giá trị; cần " + expectedVi);
        } else {
            problems.add(0, path(key), "missing; expected " + expectedEn, "thiếu; cần " + expectedVi);
        }
    }

    /** Reports {@code key}, when written, as having no use in a job of {@code kind}. */
    void notUsed(String key, JobKind kind, String whyEn, String whyVi) {
        keyNode(key).ifPresent(n -> problems.at(n, path(key), "not used by a " + kind.yamlName() + " job (" + whyEn
                + "); remove it", "không dùng cho công việc loại " + kind.yamlName() + " (" + whyVi + "); hãy xóa khóa này"));
    }
}
