package vn.ruralstat.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.ruralstat.poverty.CommunePoverty;

/** The communes of a run split by period, earliest first, each keeping the run's order. */
final class PovertyPeriods {

    private PovertyPeriods() {}

    static List<List<CommunePoverty>> split(List<CommunePoverty> communes) {
        Map<String, List<CommunePoverty>> byPeriod = new TreeMap<>();
        communes.forEach(c -> byPeriod.computeIfAbsent(Objects.toString(c.period(), ""), k -> new ArrayList<>())
                .add(c));
        return List.copyOf(byPeriod.values());
    }

    /**
     * The label of the total of one period's communes: "Tổng cộng" when the sheet has one period,
     * else "Tổng cộng kỳ 2024" ("Tổng cộng (chưa rõ kỳ)" for communes whose period nobody named).
     */
    static String totalLabel(List<List<CommunePoverty>> periods, List<CommunePoverty> ofPeriod) {
        return VietnameseLabels.totalOfPeriod(ofPeriod.get(0).period(), periods.size() > 1);
    }
}
