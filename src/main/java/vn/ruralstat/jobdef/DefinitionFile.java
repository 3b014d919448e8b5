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

/**
 * A definition file read as a YAML tree: UTF-8 (with or without BOM), at most 64 KiB, one document,
 * plain values only. What stops it being read is reported with the line when there is one.
 */
final class DefinitionFile {

    static final int MAX_BYTES = 64 * 1024;

    private static final String TAG_EN = "a job definition holds plain values only; remove the YAML tag ";
    private static final String TAG_VI = "định nghĩa công việc chỉ chứa giá trị thường; hãy xóa thẻ YAML ";

    private DefinitionFile() {
    }

    /** The document's root, or empty after reporting why there is none to read. */
    static Optional<Node> parse(Path file, SafeYaml yaml, Problems problems) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.add(0, null, "the file has " + size + " bytes; a job definition is a few lines (at most "
                        + MAX_BYTES + " bytes)", "tệp có " + size + " byte; định nghĩa công việc chỉ vài dòng (tối đa "
                        + MAX_BYTES + " byte)");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(0, null, "cannot be read: " + e, "không đọc được tệp: " + e);
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(0, null, "is not UTF-8 text; save it as UTF-8",
                    "không phải văn bản UTF-8; hãy lưu tệp với bảng mã UTF-8");
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        Node root;
        try {
            root = yaml.compose(text);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            String column = mark == null ? "" : " column " + (mark.getColumn() + 1) + ":";
            String columnVi = mark == null ? "" : " cột " + (mark.getColumn() + 1) + ":";
            if (String.valueOf(e.getProblem()).startsWith("Global tag is not allowed")) {
                problems.add(line, null, TAG_EN + shortTag(e.getProblem().substring(e.getProblem().indexOf(':') + 2)),
                        TAG_VI + shortTag(e.getProblem().substring(e.getProblem().indexOf(':') + 2)));
                return Optional.empty();
            }
            String what = describe(e);
            problems.add(line, null, "YAML syntax error," + column + " " + what,
                    "lỗi cú pháp YAML," + columnVi + " " + what);
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(0, null, "cannot be read as YAML: " + e.getMessage(),
                    "không đọc được như YAML: " + e.getMessage());
            return Optional.empty();
        }
        if (root == null) {
            problems.add(0, null, "the file is empty; a job needs at least kind: and output:",
                    "tệp trống; công việc cần ít nhất kind: và output:");
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
            problems.at(node, null, TAG_EN + shortTag(node.getTag().getValue()),
                    TAG_VI + shortTag(node.getTag().getValue()));
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
