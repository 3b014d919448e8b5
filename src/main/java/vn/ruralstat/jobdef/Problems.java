package vn.ruralstat.jobdef;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;
import vn.ruralstat.message.Message;

/** The problems found in one definition file, each placed at the line of the node at fault. */
final class Problems {

    private final String file;
    private final List<JobDefinitionProblem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    /** A problem at {@code node}'s line, or without a line when {@code node} is null. */
    void at(Node node, String key, Message problem) {
        add(node == null ? 0 : lineOf(node), key, problem);
    }

    void add(int line, String key, Message problem) {
        found.add(new JobDefinitionProblem(file, line, key, problem));
    }

    int size() {
        return found.size();
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<JobDefinitionProblem> list() {
        return List.copyOf(found);
    }

    static int lineOf(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
