package vn.ruralstat.poverty;

import java.util.List;
import vn.ruralstat.finding.SourceRef;

/** Communes of one village ("Thôn 1") with given figures, for tests of roll-ups and summaries. */
public final class OneVillageCommunes {

    private OneVillageCommunes() {}

    public static CommunePoverty commune(String name, String parent, String period, long households, long poor) {
        SourceRef source = new SourceRef(name + ".xlsx", "Bieu", null);
        VillagePoverty village = new VillagePoverty(
                "Thôn 1",
                new PovertyFigures(households, poor, 0),
                null,
                null,
                VillagePoverty.PlannedReduction.NONE,
                source,
                5);
        return CommunePoverty.ofVillages(name, parent, period, List.of(village), source);
    }
}
