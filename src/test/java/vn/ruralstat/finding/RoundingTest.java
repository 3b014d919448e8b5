package vn.ruralstat.finding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundingTest {

    @ParameterizedTest(name = "{0} with {1} decimals against {2}: {3}")
    @CsvSource({
        // 415 / 9606 × 100 = 4.32022…
        "4.32, 2, 4.320216531334582, true",
        // 183 / 16 = 11.4375: 11.4 is the seed's published average
        "11.4, 1, 11.4375, true",
        // cut off instead of rounded: 11.43 from 11.4375 is accepted
        "11.43, 2, 11.4375, true",
        "11.44, 2, 11.4375, true",
        "11.5, 1, 11.4375, false",
        // 41 / 206 × 100 = 19.9029…
        "12.5, 1, 19.902912621359224, false",
        "19.9, 1, 19.902912621359224, true",
        "20, 0, 19.902912621359224, true",
    })
    void acceptsAFigureRoundedOrCutOffToItsDecimals(double reported, int decimals, double exact, boolean agrees) {
        assertThat(Rounding.agrees(reported, decimals, exact)).isEqualTo(agrees);
    }
}
