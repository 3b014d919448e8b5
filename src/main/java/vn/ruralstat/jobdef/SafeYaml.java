package vn.ruralstat.jobdef;

import java.io.StringReader;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * YAML read as a tree of nodes that keep their line numbers. Nothing is built from a tag: the tree is
 * only composed, and single scalars (true, 2025) are then constructed by SnakeYAML's
 * {@link SafeConstructor}, which knows only the standard types. Aliases, nesting and size are limited.
 */
final class SafeYaml {

    /** A definition is a few lines; this is far above any real one and far below a memory problem. */
    static final int MAX_CODE_POINTS = 64 * 1024;

    /** The tags a definition may hold, all implied by how a value is written; any other is refused. */
    static final Set<Tag> PLAIN_TAGS =
            Set.of(Tag.MAP, Tag.SEQ, Tag.STR, Tag.INT, Tag.BOOL, Tag.FLOAT, Tag.NULL, Tag.TIMESTAMP);

    private final Yaml yaml;
    private final ScalarConstructor scalars;

    SafeYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(10);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setMergeOnCompose(false);
        DumperOptions dumper = new DumperOptions();
        this.scalars = new ScalarConstructor(options);
        this.yaml = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options);
    }

    /**
     * The document's root node, or null for an empty document.
     *
     * @throws YAMLException for a syntax error ({@code MarkedYAMLException} with its line), more than
     *                       one document, or a limit exceeded
     */
    Node compose(String text) {
        return yaml.compose(new StringReader(text));
    }

    /** The value of a plain scalar: a String, Boolean, Integer, Long, BigInteger, Double or null. */
    Object value(ScalarNode node) {
        return scalars.construct(node);
    }

    private static final class ScalarConstructor extends SafeConstructor {

        ScalarConstructor(LoaderOptions options) {
            super(options);
        }

        Object construct(ScalarNode node) {
            return constructObject(node);
        }
    }
}
