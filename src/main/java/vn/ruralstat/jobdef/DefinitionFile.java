package vn.ruralstat.jobdef;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import vn.ruralstat.message.Message;

/**
 * A definition file read as a YAML tree: UTF-8 (with or without BOM), at most 64 KiB, one document,
 * plain values only. What stops it being read is reported with the line when there is one.
 */
final class DefinitionFile {

    static final int MAX_BYTES = 64 * 1024;

    private DefinitionFile() {}

    /** The document's root, or empty after reporting why there is none to read. */
    static Optional<Node> parse(Path file, SafeYaml yaml, Problems problems) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.add(0, null, Message.of("jobdef.file.tooLarge", size, MAX_BYTES));
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(0, null, Message.of("jobdef.file.unreadable", e));
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(0, null, Message.of("jobdef.file.notUtf8"));
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        Node root;
        try {
            root = yaml.compose(text);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            if (String.valueOf(e.getProblem()).startsWith("Global tag is not allowed")) {
                problems.add(
                        line,
                        null,
                        Message.of(
                                "jobdef.file.tag",
                                shortTag(e.getProblem().substring(e.getProblem().indexOf(':') + 2))));
                return Optional.empty();
            }
            String what = describe(e);
            problems.add(
                    line,
                    null,
                    mark == null
                            ? Message.of("jobdef.file.syntax", what)
                            : Message.of("jobdef.file.syntaxAtColumn", mark.getColumn() + 1, what));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(0, null, Message.of("jobdef.file.notYaml", e.getMessage()));
            return Optional.empty();
        }
        if (root == null) {
            problems.add(0, null, Message.of("jobdef.file.empty"));
            return Optional.empty();
        }
        int before = problems.size();
        refuseTags(root, problems, Collections.newSetFromMap(new IdentityHashMap<>()));
        return problems.size() == before ? Optional.of(root) : Optional.empty();
    }

    /** SnakeYAML's own words, in reading order: "expected <block end>, but found '<scalar>' (while parsing …)". */
    private static String describe(MarkedYAMLException e) {
        String context = e.getContext();
        if (context == null) return e.getProblem();
        return context.startsWith("while") ? e.getProblem() + " (" + context + ")" : context + ", " + e.getProblem();
    }

    /** "tag:yaml.org,2002:java.net.URL" → "!!java.net.URL", as it was written. */
    private static String shortTag(String tag) {
        return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
    }

    /** Explicit tags ({@code !!java…}, {@code !foo}) would ask for types a definition never holds. */
    private static void refuseTags(Node node, Problems problems, Set<Node> seen) {
        if (!seen.add(node)) return;
        if (!SafeYaml.PLAIN_TAGS.contains(node.getTag())) {
            problems.at(
                    node,
                    null,
                    Message.of("jobdef.file.tag", shortTag(node.getTag().getValue())));
        }
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                refuseTags(t.getKeyNode(), problems, seen);
                refuseTags(t.getValueNode(), problems, seen);
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) refuseTags(item, problems, seen);
        }
    }
}
