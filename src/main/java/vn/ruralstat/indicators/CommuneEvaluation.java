package vn.ruralstat.indicators;

import java.util.List;
import java.util.Map;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.rulebook.CommuneStanding;
import vn.ruralstat.rulebook.Gap;
import vn.ruralstat.rulebook.Rulebook;
import vn.ruralstat.rulebook.RulebookStamp;
import vn.ruralstat.rulebook.Status;
import vn.ruralstat.rulebook.Verdict;

/**
 * A commune's indicators evaluated against the rulebook of their period, for the commune's group.
 *
 * @param rulebook     the rulebook evaluated against, with its province's overrides when any applied
 * @param key          the rulebook key the targets were taken for ("group-1"), or null when the
 *                     register did not give the commune's group (then nothing is assessable)
 * @param standing     the verdicts; every indicator NOT_ASSESSABLE when the key is unknown
 * @param values       the submitted values by indicator code
 * @param computedRate the multidimensional poverty rate (poor / households × 100) computed from the
 *                     commune's village poverty table, when there is one; used for indicator 6.1
 */
public record CommuneEvaluation(
        String commune,
        String parent,
        String period,
        Rulebook rulebook,
        String key,
        CommuneStanding standing,
        Map<String, IndicatorEntry> values,
        Double computedRate,
        SourceRef source) {

    public CommuneEvaluation {
        values = Map.copyOf(values);
    }

    public String rulebookId() {
        return rulebook.id();
    }

    /** "1", or "1+vi-du" when the province's overrides applied. */
    public String rulebookVersion() {
        return rulebook.version();
    }

    public RulebookStamp stamp() {
        return rulebook.stamp();
    }

    /** The indicators not met, each with its gap to the target when the target is a figure. */
    public List<Verdict> unmet() {
        return standing.criteria().stream()
                .flatMap(c -> c.indicators().stream())
                .filter(v -> v.status() == Status.NOT_MET)
                .toList();
    }

    /** Gaps of the unmet indicators that have a figure, in indicator order. */
    public List<Gap> gaps() {
        return unmet().stream().map(Verdict::gap).filter(g -> g != null).toList();
    }
}
