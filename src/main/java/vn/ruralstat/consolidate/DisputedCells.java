package vn.ruralstat.consolidate;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.PovertyRollup;
import vn.ruralstat.poverty.VillagePoverty;

/**
 * What the check step's verdicts on single cells mean for the figures: a count it corrected is
 * used at its likely value, and a row with a cell still in dispute is marked, so that every
 * commune and parent figure summed from it carries the mark. Read from the stored findings, so a
 * report rebuilt from the database (a restarted run, a summary) says the same. One pass over the
 * run's rows, each looked up by its cells.
 */
final class DisputedCells {

    /** The fields of a row whose cells a finding on a single cell can stand on. */
    private static final List<String> FIELDS =
            List.of("name", "households", "poor", "poor_rate", "near_poor", "near_poor_rate");

    private final Map<VillagePoverty, VillagePoverty> replaced = new IdentityHashMap<>();

    DisputedCells(List<RunModel.PovertyTable> tables, List<Finding> findings) {
        Map<SourceRef, Finding> corrected = new HashMap<>();
        Map<SourceRef, Finding> disputed = new HashMap<>();
        for (Finding f : findings) {
            if (f.source() == null || f.source().cell() == null) continue;
            if (f.code() == FindingCode.VALUE_CORRECTED) corrected.put(f.source(), f);
            if (f.code() == FindingCode.VALUE_SUSPECTED || f.code() == FindingCode.FIGURES_DISAGREE) {
                disputed.put(f.source(), f);
            }
        }
        if (corrected.isEmpty() && disputed.isEmpty()) return;
        for (RunModel.PovertyTable t : tables) {
            for (VillagePoverty v : t.villages()) {
                VillagePoverty now = v;
                for (String field : FIELDS) {
                    SourceRef cell = t.table().source().at(t.table().cell(field, v.row()));
                    Finding fix = corrected.get(cell);
                    if (fix != null && fix.expected() != null) {
                        now = now.withFigures(now.figures().with(field, Long.parseLong(fix.expected())));
                    }
                    if (disputed.containsKey(cell)) now = now.inDispute();
                }
                if (now != v) replaced.put(v, now);
            }
        }
    }

    List<CommunePoverty> apply(List<CommunePoverty> communes) {
        if (replaced.isEmpty()) return communes;
        return communes.stream()
                .map(c -> c.withRows(v -> replaced.getOrDefault(v, v)))
                .toList();
    }

    /** A parent's roll-up is marked when one of its communes rests on a disputed cell. */
    static PovertyRollup marked(PovertyRollup rollup, List<CommunePoverty> communes) {
        return communes.stream().anyMatch(CommunePoverty::disputed) ? rollup.inDispute() : rollup;
    }
}
