package vn.ruralstat.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.rulebook.TestRulebooks;
import vn.ruralstat.sheet.UnitKeyCalls;
import vn.ruralstat.sheet.UnitNames;

/** Checking a matrix against its target list grows with the communes, not with communes × targets. */
class CriteriaChecksGrowthTest {

    private static final SourceRef SHEET = new SourceRef("toan-quoc.xlsx", "Biểu", null);

    @Test
    void computesAboutFourTimesTheKeysForFourTimesTheCommunesAndTargets() {
        long small = keysFor(250);
        long large = keysFor(1_000);

        // Linear work grows ×4, work over every target × commune pair ×16.
        assertThat(small).isPositive();
        assertThat((double) large / small).isLessThan(6);
    }

    /** A matrix of {@code count} communes, and a target list naming the first half of them and as many others. */
    private static long keysFor(int count) {
        List<String> names = UnitKeyCalls.names(count + count / 2);
        List<CommuneCriteria> communes = new ArrayList<>();
        Map<String, CommuneTarget> targets = new HashMap<>();
        for (int i = 0; i < count; i++) {
            List<CriterionStatus> statuses = new ArrayList<>();
            for (int c = 0; c < 19; c++) statuses.add(CriterionCellParser.parse(c == 0 ? "2026" : "x"));
            communes.add(new CommuneCriteria(names.get(i), null, statuses, SHEET.at("B" + (i + 8)), i + 8, null, null));
        }
        for (int i = count / 2; i < names.size(); i++) {
            String name = names.get(i >= count ? i : i - count / 2);
            targets.put(
                    UnitNames.key(name),
                    new CommuneTarget(name, 2025, null, null, null, "", SHEET.at("C" + i), i, null));
        }
        DistrictCriteria d = new DistrictCriteria(
                "Toàn quốc", "2022-2025", TestRulebooks.ntm2021To2025(), communes, targets, SHEET, null, null);
        return UnitKeyCalls.during(() -> CriteriaChecks.check(d, (field, row) -> null, List.of()));
    }
}
