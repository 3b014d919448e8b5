package vn.ruralstat.poverty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TranspositionsTest {

    @Test
    void twoNeighbouringDigitsSwappedAreASlip() {
        assertThat(Transpositions.slip(45, 54)).contains(Transpositions.Slip.SWAPPED_DIGITS);
        assertThat(Transpositions.slip(123, 132)).contains(Transpositions.Slip.SWAPPED_DIGITS);
        assertThat(Transpositions.slip(1243, 1234)).contains(Transpositions.Slip.SWAPPED_DIGITS);
    }

    @Test
    void aDroppedOrAnExtraDigitIsASlip() {
        assertThat(Transpositions.slip(5, 54)).contains(Transpositions.Slip.DROPPED_DIGIT);
        assertThat(Transpositions.slip(42, 432)).contains(Transpositions.Slip.DROPPED_DIGIT);
        assertThat(Transpositions.slip(544, 54)).contains(Transpositions.Slip.EXTRA_DIGIT);
        assertThat(Transpositions.slip(4320, 432)).contains(Transpositions.Slip.EXTRA_DIGIT);
    }

    @Test
    void otherDifferencesAreNoSlip() {
        assertThat(Transpositions.slip(45, 60)).isEmpty();
        // 1 and 3 swapped across the middle digit: not neighbours.
        assertThat(Transpositions.slip(123, 321)).isEmpty();
        // One digit replaced by another is a different mistake.
        assertThat(Transpositions.slip(55, 54)).isEmpty();
        assertThat(Transpositions.slip(54, 54)).isEmpty();
        // Two digits dropped.
        assertThat(Transpositions.slip(4, 432)).isEmpty();
    }
}
