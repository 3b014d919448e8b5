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
import vn.ruralstat.message.Message;

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
                problems.at(keyNode, null, Message.of("jobdef.key.notAWord", known.get(0)));
                continue;
            }
            String key = scalar.getValue();
            NodeTuple first = mapping.entries.get(key);
            if (first != null) {
                int firstLine = Problems.lineOf(first.getKeyNode());
                problems.at(keyNode, prefix + key, Message.of("jobdef.key.twice", firstLine));
            } else if (!known.contains(key)) {
                Optional<String> meant = Suggestions.closest(key, known);
                meant.ifPresent(mapping.suggested::add);
                problems.at(
                        keyNode,
                        prefix + key,
                        meant.map(m -> Message.of("jobdef.key.unknown.meant", m))
                                .orElse(Message.of("jobdef.key.unknown", String.join(", ", known))));
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
    void missing(String key, Message expected) {
        if (suggested.contains(key)) return;
        Optional<Node> written = keyNode(key);
        if (written.isPresent()) {
            problems.at(written.get(), path(key), Message.of("jobdef.key.noValue", expected));
        } else {
            problems.add(0, path(key), Message.of("jobdef.key.missing", expected));
        }
    }

    /** Reports {@code key}, when written, as having no use in a job of {@code kind}. */
    void notUsed(String key, JobKind kind, Message why) {
        keyNode(key).ifPresent(n -> problems.at(n, path(key), Message.of("jobdef.key.notUsed", kind.yamlName(), why)));
    }
}
