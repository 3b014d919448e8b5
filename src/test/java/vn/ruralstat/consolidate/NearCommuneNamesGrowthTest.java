package vn.ruralstat.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.sheet.UnitKeyCalls;

/** Seeking near names among a run's communes grows with the communes, not with their pairs. */
class NearCommuneNamesGrowthTest {

    @Test
    void computesAboutFourTimesTheKeysForFourTimesTheCommunes() {
        long small = keysFor(250);
        long large = keysFor(1_000);

        // Linear work grows ×4, work over every pair ×16.
        assertThat(small).isPositive();
        assertThat((double) large / small).isLessThan(6);
    }

    private static long keysFor(int count) {
        List<CommunePoverty> communes = UnitKeyCalls.names(count).stream()
                .map(name -> CommunePoverty.ofVillages(
                        name, null, "2025", List.of(), new SourceRef(name + ".xlsx", "Sheet1", null)))
                .toList();
        return UnitKeyCalls.during(() -> ConsolidationService.nearCommuneNames(communes));
    }
}
