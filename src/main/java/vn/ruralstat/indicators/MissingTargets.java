package vn.ruralstat.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.rulebook.Verdict;

/**
 * Indicators without a target in the rulebook for a commune group (QĐ 51/2025's groups 2 and 3
 * until an office supplies them), said once per run: one finding per rulebook version and group,
 * listing the indicators concerned and how to supply their targets, instead of one per commune
 * and indicator. Communes whose group is unknown are not counted here: that is their own finding.
 */
public final class MissingTargets {

    private MissingTargets() {}

    /** One finding per rulebook version and group whose communes met an indicator without a target. */
    public static List<Finding> of(List<CommuneEvaluation> evaluations) {
        Map<List<String>, Group> groups = new LinkedHashMap<>();
        for (CommuneEvaluation e : evaluations) {
            if (e.key() == null) continue;
            List<String> missing = e.standing().criteria().stream()
                    .flatMap(c -> c.indicators().stream())
                    .filter(v -> v.cause() == Verdict.Cause.TARGET_UNKNOWN)
                    .map(Verdict::indicator)
                    .toList();
            if (missing.isEmpty()) continue;
            Group g = groups.computeIfAbsent(
                    List.of(e.rulebookId(), e.rulebookVersion(), e.key()), k -> new Group(e.rulebookId()));
            g.indicators.addAll(missing);
            g.communes++;
        }
        List<Finding> findings = new ArrayList<>();
        groups.forEach((k, g) -> findings.add(Finding.of(
                FindingCode.TARGETS_MISSING_FOR_GROUP,
                SourceRef.file("rulebooks/" + g.rulebookId.toLowerCase(Locale.ROOT) + "-targets.csv"),
                k.get(0),
                k.get(1),
                groupVi(k.get(2)),
                g.indicators.size(),
                String.join(", ", g.indicators),
                g.communes)));
        return findings;
    }

    /** "group-2" → "nhóm 2"; another key as it is. */
    private static String groupVi(String key) {
        return key.startsWith("group-") ? "nhóm " + key.substring("group-".length()) : key;
    }

    private static final class Group {
        final String rulebookId;
        final Set<String> indicators = new LinkedHashSet<>();
        int communes;

        Group(String rulebookId) {
            this.rulebookId = rulebookId;
        }
    }
}
