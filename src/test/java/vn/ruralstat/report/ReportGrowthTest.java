package vn.ruralstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.criteria.CommuneCriteria;
import vn.ruralstat.criteria.CommuneTarget;
import vn.ruralstat.criteria.CriterionCellParser;
import vn.ruralstat.criteria.CriterionStatus;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.PovertyFigures;
import vn.ruralstat.poverty.PovertyRollup;
import vn.ruralstat.poverty.VillagePoverty.PlannedReduction;
import vn.ruralstat.rulebook.TestRulebooks;
import vn.ruralstat.sheet.UnitKeyCalls;
import vn.ruralstat.sheet.UnitNames;

/**
 * Assembling the report of a run grows with its units: each commune finds its parent, its target and
 * its poverty through maps, not by asking every other unit.
 */
class ReportGrowthTest {

    private static final int COMMUNES_PER_PARENT = 25;
    private static final SourceRef SHEET = new SourceRef("toan-quoc.xlsx", "Biểu", null);

    @Test
    void assemblingTheSummaryComputesAboutFourTimesTheKeysForFourTimesTheCommunes() {
        long small = UnitKeyCalls.during(() -> assemble(run(200)));
        long large = UnitKeyCalls.during(() -> assemble(run(800)));

        // Linear work grows ×4, work over every pair of communes ×16.
        assertThat(small).isPositive();
        assertThat((double) large / small).isLessThan(6);
    }

    @Test
    void groupingCommunesUnderParentsComputesAboutFourTimesTheKeysForFourTimesTheCommunes() {
        Consolidation smallRun = run(200);
        Consolidation largeRun = run(800);
        long small = UnitKeyCalls.during(() -> PovertyGroups.of(smallRun.poverty(), smallRun.rollups()));
        long large = UnitKeyCalls.during(() -> PovertyGroups.of(largeRun.poverty(), largeRun.rollups()));

        assertThat(small).isPositive();
        assertThat((double) large / small).isLessThan(6);
    }

    private static void assemble(Consolidation run) {
        new SummaryDocumentAssembler().assemble(run, List.of(), OffsetDateTime.parse("2026-12-03T20:00:00Z"));
    }

    /**
     * {@code count} communes of one village each under parents of 25 communes: every other commune names
     * its parent, the rest are only listed by it. One criteria matrix holds them all, with a target each.
     */
    private static Consolidation run(int count) {
        List<String> names = UnitKeyCalls.names(count + count / COMMUNES_PER_PARENT);
        List<CommunePoverty> poverty = new ArrayList<>();
        List<PovertyRollup> rollups = new ArrayList<>();
        List<CommuneCriteria> communes = new ArrayList<>();
        Map<String, CommuneTarget> targets = new HashMap<>();
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = names.get(i);
            String parent = "Huyện " + names.get(count + i / COMMUNES_PER_PARENT);
            SourceRef source = new SourceRef(name + ".xlsx", "Biểu", null);
            poverty.add(CommunePoverty.ofVillages(
                    name,
                    i % 2 == 0 ? parent : null,
                    "2025",
                    List.of(SampleConsolidation.village(
                            "Thôn 1", 100, 5, 5, null, null, PlannedReduction.NONE, source, 8)),
                    source));
            listed.add(name);
            if (listed.size() == COMMUNES_PER_PARENT) {
                rollups.add(new PovertyRollup(
                        parent, "huyện", "2025", new PovertyFigures(2_500, 125, 125), List.copyOf(listed), null, null));
                listed.clear();
            }
            List<CriterionStatus> statuses = new ArrayList<>();
            for (int c = 0; c < 19; c++) statuses.add(CriterionCellParser.parse("x"));
            communes.add(new CommuneCriteria(name, 19, statuses, SHEET.at("B" + (i + 8)), i + 8, null, null));
            targets.put(
                    UnitNames.key(name),
                    new CommuneTarget(name, 2025, null, null, null, "", SHEET.at("C" + i), i, null));
        }
        DistrictCriteria matrix = new DistrictCriteria(
                "Toàn quốc", "2022-2025", TestRulebooks.ntm2021To2025(), communes, targets, SHEET, "tỉnh", null);
        return new Consolidation(
                1, "Toàn bộ dữ liệu nhận được", poverty, rollups, List.of(matrix), List.of(), List.of());
    }
}
