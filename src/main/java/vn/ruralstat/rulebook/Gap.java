package vn.ruralstat.rulebook;

import java.math.BigDecimal;

/**
 * How far a reported figure is from a numeric target, in the target's unit (percentage points
 * for a rate): 0 when the target is met.
 *
 * @param value     the reported figure
 * @param distance  how much the figure must move to meet the target; 0 when met
 * @param direction whether it must go up or down
 * @param unit      the target's unit ("%", "%/năm", "mô hình", or empty)
 * @param phraseVi  "4.1: 35% → ≥40%, thiếu 5 điểm %"
 * @param phraseEn  "4.1: 35% → ≥40%, 5 percentage points short"
 */
public record Gap(
        BigDecimal value, BigDecimal distance, Direction direction, String unit, String phraseVi, String phraseEn) {

    public enum Direction {
        /** Met: nothing to move. */
        NONE,
        /** The figure must rise (below a floor, a range or an exact figure). */
        RAISE,
        /** The figure must fall (above a ceiling, a range or an exact figure). */
        LOWER
    }

    public boolean isMet() {
        return direction == Direction.NONE;
    }
}
