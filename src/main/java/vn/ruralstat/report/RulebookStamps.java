package vn.ruralstat.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.indicators.CommuneEvaluation;
import vn.ruralstat.rulebook.RulebookStamp;

/** The rulebook id and version every criteria figure is stamped with, and which applies to which period. */
final class RulebookStamps {

    private RulebookStamps() {}

    static List<SummaryDocument.RulebookUse> uses(Consolidation c) {
        Set<Use> seen = new LinkedHashSet<>();
        List<SummaryDocument.RulebookUse> uses = new ArrayList<>();
        for (DistrictCriteria d : c.criteria()) {
            RulebookStamp stamp = d.rulebook().stamp();
            if (seen.add(new Use(d.period(), stamp.id(), "matrix"))) {
                uses.add(new SummaryDocument.RulebookUse(
                        d.period(),
                        stamp.id(),
                        stamp.version(),
                        d.rulebook().header().titleWithSource(),
                        "criteria matrix (x / year cells counted)"));
            }
        }
        for (CommuneEvaluation e : c.evaluations()) {
            if (seen.add(new Use(e.period(), e.rulebookId(), e.rulebookVersion()))) {
                RulebookStamp stamp = e.stamp();
                uses.add(new SummaryDocument.RulebookUse(
                        e.period(),
                        stamp.id(),
                        stamp.version(),
                        stamp.title(),
                        "indicators evaluated against targets"));
            }
        }
        return uses;
    }

    /**
     * The same uses as an officer reads them: each rulebook by its official name (a province's
     * version named as such), never by its id.
     */
    static List<Shown> shown(Consolidation c) {
        Set<Shown> shown = new LinkedHashSet<>();
        for (DistrictCriteria d : c.criteria()) {
            shown.add(new Shown(d.period(), d.stamp().officialName(), true));
        }
        for (CommuneEvaluation e : c.evaluations()) {
            shown.add(new Shown(e.period(), e.stamp().officialName(), false));
        }
        return List.copyOf(shown);
    }

    /** A rulebook used for one period, by its official name, for a criteria matrix or for evaluations. */
    record Shown(String period, String name, boolean matrix) {}

    /** A rulebook used for one period, by a matrix ("matrix") or by evaluations of one version. */
    private record Use(String period, String rulebookId, String how) {}
}
