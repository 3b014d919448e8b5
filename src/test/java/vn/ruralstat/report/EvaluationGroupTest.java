package vn.ruralstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ruralstat.indicators.CommuneEvaluation;
import vn.ruralstat.rulebook.CommuneStanding;
import vn.ruralstat.rulebook.Rulebook;
import vn.ruralstat.rulebook.TestRulebooks;

class EvaluationGroupTest {

    @Test
    void twoYearsOfOneParentUnderOneRulebookAreTwoGroups() {
        // Xã Phi Hải evaluated for 2022 and for 2023, both under NTM-2021-2025: counted together, the
        // commune would be two communes "not meeting" an indicator.
        Rulebook rulebook = TestRulebooks.ntm2021To2025();
        String key = rulebook.header().keys().iterator().next();
        List<CommuneEvaluation> evaluations = List.of(
                evaluation(rulebook, key, "2022"),
                evaluation(rulebook, key, "2023"),
                evaluation(rulebook, key, "2022"));

        assertThat(ReportCharts.unmetByParentAndRulebook(evaluations).keySet())
                .extracting(EvaluationGroup::parent, EvaluationGroup::period)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Quảng Hòa", "2022"),
                        org.assertj.core.groups.Tuple.tuple("Quảng Hòa", "2023"));
    }

    private static CommuneEvaluation evaluation(Rulebook rulebook, String key, String period) {
        return new CommuneEvaluation(
                "Phi Hải",
                "Quảng Hòa",
                period,
                rulebook,
                key,
                CommuneStanding.assess(rulebook, key, Map.of()),
                Map.of(),
                null,
                null);
    }
}
