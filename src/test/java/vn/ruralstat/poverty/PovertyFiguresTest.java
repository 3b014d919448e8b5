package vn.ruralstat.poverty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PovertyFiguresTest {

    @Test
    void addsCountByCount() {
        // 120 + 80 households, 12 + 8 poor, 5 + 3 near-poor.
        assertThat(new PovertyFigures(120, 12, 5).plus(new PovertyFigures(80, 8, 3)))
                .isEqualTo(new PovertyFigures(200, 20, 8));
    }

    @Test
    void failsRatherThanWrapToANegativeTotal() {
        PovertyFigures huge = new PovertyFigures(Long.MAX_VALUE, 0, 0);

        assertThatThrownBy(() -> huge.plus(new PovertyFigures(1, 0, 0))).isInstanceOf(ArithmeticException.class);
    }
}
