package vn.ruralstat.sheet;

import java.math.BigDecimal;

/** Numbers as plain text without exponent or trailing zeros (14386.0 → "14386", 4.32 → "4.32"). */
public final class NumberText {

    private NumberText() {}

    public static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return String.valueOf(value);
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Digits after the decimal point in the shortest text of the value (4.32 → 2, 14386 → 0). */
    public static int decimals(double value) {
        return Math.max(0, BigDecimal.valueOf(value).stripTrailingZeros().scale());
    }
}
