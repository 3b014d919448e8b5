package vn.ruralstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.PovertyFigures;
import vn.ruralstat.poverty.PovertyRollup;
import vn.ruralstat.report.PovertyGroups.Group;

class PovertyGroupsTest {

    private static final PovertyFigures ANY = new PovertyFigures(1, 0, 0);

    @Test
    void groupsCommunesUnderTheParentTheirSourceNames() {
        List<CommunePoverty> communes = SampleConsolidation.poverty();

        List<Group> groups = PovertyGroups.of(communes, SampleConsolidation.rollups());

        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.parent().unit()).isEqualTo("Quảng Hòa");
            assertThat(g.communes()).extracting(CommunePoverty::commune).containsExactly("Ngân Sơn", "Hồng Phong");
        });
    }

    @Test
    void prefersTheNamedParentOverAnotherRollupListingACommuneOfTheSameName() {
        CommunePoverty tanLap = CommunePoverty.ofVillages("Tân Lập", "Hón Quản", "2025", List.of(), null);
        List<PovertyRollup> rollups = List.of(
                new PovertyRollup("Quảng Hòa", "huyện", "2025", ANY, List.of("Tân Lập"), null, null),
                new PovertyRollup("Hón Quản", "huyện", "2025", ANY, List.of("Tân Lập"), null, null));

        assertThat(PovertyGroups.of(List.of(tanLap), rollups))
                .singleElement()
                .satisfies(g -> assertThat(g.parent().unit()).isEqualTo("Hón Quản"));
    }

    @Test
    void putsCommunesWithoutAKnownParentLastInAGroupWithoutParent() {
        CommunePoverty listed = CommunePoverty.ofVillages("Ngân Sơn", null, "2026", List.of(), null);
        CommunePoverty alone = CommunePoverty.ofVillages("Bình Giang", null, "2026", List.of(), null);
        List<PovertyRollup> rollups = List.of(
                new PovertyRollup("Cao Bằng", "tỉnh", "2026", ANY, List.of("Ngân Sơn"), null, null),
                new PovertyRollup("Toàn bộ", "toàn bộ", "2026", ANY, List.of("Ngân Sơn", "Bình Giang"), null, null));

        List<Group> groups = PovertyGroups.of(List.of(alone, listed), rollups);

        assertThat(groups)
                .extracting(g -> g.parent() == null ? null : g.parent().unit())
                .containsExactly("Cao Bằng", null);
        assertThat(groups.get(1).communes()).containsExactly(alone);
        assertThat(PovertyGroups.wholeRun(rollups).unit()).isEqualTo("Toàn bộ");
    }
}
