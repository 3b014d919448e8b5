package vn.ruralstat.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.indicators.CommuneEvaluation;
import vn.ruralstat.rulebook.Rulebook;
import vn.ruralstat.rulebook.Rulebooks;

/** The rulebook id and version every criteria figure is stamped with, and which applies to which period. */
final class RulebookStamps {

    private RulebookStamps() {
    }

    static String version(String rulebookId) {
        return Rulebooks.national().byId(rulebookId).map(Rulebook::version).orElse(null);
    }

    static List<SummaryDocument.RulebookUse> uses(Consolidation c) {
        Set<Use> seen = new LinkedHashSet<>();
        List<SummaryDocument.RulebookUse> uses = new ArrayList<>();
        for (DistrictCriteria d : c.criteria()) {
            String id = d.set().id();
            if (seen.add(new Use(d.period(), id, "matrix"))) {
                uses.add(new SummaryDocument.RulebookUse(d.period(), id, version(id), d.set().title(),
                        "criteria matrix (x / year cells counted)"));
            }
        }
        for (CommuneEvaluation e : c.evaluations()) {
            if (seen.add(new Use(e.period(), e.rulebookId(), e.rulebookVersion()))) {
                String title = Rulebooks.national().byId(e.rulebookId()).map(r -> r.header().title()).orElse(e.rulebookId());
                uses.add(new SummaryDocument.RulebookUse(e.period(), e.rulebookId(), e.rulebookVersion(), title,
                        "indicators evaluated against targets"));
            }
        }
        return uses;
    }

    /** A rulebook used for one period, by a matrix ("matrix") or by evaluations of one version. */
    private record Use(String period, String rulebookId, String how) {
    }
}
