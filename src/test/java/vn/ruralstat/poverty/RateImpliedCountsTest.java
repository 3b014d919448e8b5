package vn.ruralstat.poverty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateImpliedCountsTest {

    @Test
    void aRateOfAVillageImpliesItsPoorCount() {
        // 54 / 432 × 100 = 12,5 exactly; 53 gives 12,27 and 55 gives 12,73, neither written 12,5.
        assertThat(RateImpliedCounts.parts(12.5, 1, 432)).containsExactly(54L);
    }

    @Test
    void aRateWithFewerDecimalsAllowsSeveralCounts() {
        // 13 (no decimals) of 100 households: 13 exactly; 12,5 rounds half-up to 13 but 12 and 14 do not.
        assertThat(RateImpliedCounts.parts(13, 0, 100)).containsExactly(13L);
        // Of 1000 households, "13" allows 125..139: 12,5-12,9 round to 13, 13,0-13,9 cut off to 13.
        assertThat(RateImpliedCounts.parts(13, 0, 1000))
                .hasSize(15)
                .startsWith(125L)
                .endsWith(139L);
    }

    @Test
    void aRateAndThePoorCountImplyTheHouseholds() {
        // 54 / h × 100 written 12,5: h = 429 (12,587 cut off), 430 (12,558 cut off), 431 (12,529),
        // 432 (12,5), 433 (12,471 rounded); 428 gives 12,617 and 434 gives 12,442.
        assertThat(RateImpliedCounts.wholes(12.5, 1, 54)).containsExactly(429L, 430L, 431L, 432L, 433L);
    }

    @Test
    void noCountForAnEmptyVillageOrARateOutOfRange() {
        assertThat(RateImpliedCounts.parts(12.5, 1, 0)).isEmpty();
        assertThat(RateImpliedCounts.parts(120, 0, 100)).isEmpty();
        assertThat(RateImpliedCounts.wholes(0, 2, 5)).isEmpty();
    }
}
