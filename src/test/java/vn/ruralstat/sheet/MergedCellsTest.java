package vn.ruralstat.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MergedCellsTest {

    private final MergedCells merged = MergedCells.of(List.of("C9:C10", "A1:F1", "B20:D22"));

    @Test
    void findsTheRangeACellLiesUnderButNotTheCellHoldingItsValue() {
        assertThat(merged.covering("C10")).contains("C9:C10");
        assertThat(merged.covering("C9")).isEmpty();
        assertThat(merged.covering("E1")).contains("A1:F1");
        assertThat(merged.covering("C21")).contains("B20:D22");
        assertThat(merged.covering("B20")).isEmpty();
    }

    @Test
    void leavesCellsOutsideEveryRangeAlone() {
        assertThat(merged.covering("C11")).isEmpty();
        assertThat(merged.covering("G1")).isEmpty();
        assertThat(merged.covering("E21")).isEmpty();
        assertThat(MergedCells.NONE.covering("C10")).isEmpty();
    }

    @Test
    void namesTheFirstCellOfARange() {
        assertThat(MergedCells.firstCell("C9:C10")).isEqualTo("C9");
    }
}
