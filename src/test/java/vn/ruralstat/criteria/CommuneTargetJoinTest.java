package vn.ruralstat.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.rulebook.TestRulebooks;

/** Joining targets to communes through maps matches exactly as asking every pair with {@link CommuneTarget#isOf}. */
class CommuneTargetJoinTest {

    private static final String[] NAMES = {"Phúc Sen", "PHÚC SEN", "Xã Phúc Sen", "Cai Bộ", "Quốc Dân", "Tân Lập"};
    private static final String[] CODES = {null, null, "01234", "05678", "09999"};
    private static final String[] FILES = {"a.xlsx", "b.xlsx"};

    @Test
    void findsTheSameTargetAndTheSameMatchesAsAskingEveryPair() {
        Random random = new Random(14);
        for (int round = 0; round < 200; round++) {
            List<CommuneCriteria> communes = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
                communes.add(new CommuneCriteria(
                        pick(NAMES, random), null, List.of(), null, i + 8, null, pick(CODES, random)));
            }
            Map<String, CommuneTarget> targets = new LinkedHashMap<>();
            for (int i = 0; i < random.nextInt(8); i++) {
                SourceRef source = new SourceRef(pick(FILES, random), "DS", null);
                targets.put(
                        "t" + i,
                        new CommuneTarget(
                                pick(NAMES, random),
                                2025,
                                null,
                                null,
                                null,
                                null,
                                source,
                                random.nextInt(3),
                                pick(CODES, random)));
            }
            DistrictCriteria d = new DistrictCriteria(
                    "Quảng Hòa", "2022-2025", TestRulebooks.ntm2021To2025(), communes, targets, null, null, null);
            CommuneTargetJoin join = CommuneTargetJoin.of(d);

            for (CommuneCriteria c : communes) assertThat(join.targetOf(c)).isSameAs(everyPairTargetOf(d, c));
            for (CommuneTarget t : d.targets().values())
                assertThat(join.hasCommuneFor(t)).isEqualTo(communes.stream().anyMatch(t::isOf));
        }
    }

    /** The lookup as it was: every target asked, a code match first, then the list's first row. */
    private static CommuneTarget everyPairTargetOf(DistrictCriteria d, CommuneCriteria c) {
        return d.targets().values().stream()
                .filter(t -> t.isOf(c))
                .min(Comparator.comparing((CommuneTarget t) -> t.code() == null)
                        .thenComparing(t -> t.source() == null ? "" : t.source().describe())
                        .thenComparingInt(CommuneTarget::row))
                .orElse(null);
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
