package vn.ruralstat.finding;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Whether a figure written with a given number of decimals agrees with the exact one: it
 * agrees when it is the exact figure rounded half-up, or cut off, to those decimals
 * (officers do both). 4,32 agrees with 4.3202; 11,4 agrees with 11.4375; 12,5 does not agree
 * with 19.90.
 */
public final class Rounding {

    private Rounding() {}

    public static boolean agrees(double reported, int decimals, double exact) {
        int d = Math.max(0, Math.min(decimals, 10));
        BigDecimal r = BigDecimal.valueOf(reported).setScale(d, RoundingMode.HALF_UP);
        BigDecimal e = BigDecimal.valueOf(exact);
        return r.compareTo(e.setScale(d, RoundingMode.HALF_UP)) == 0
                || r.compareTo(e.setScale(d, RoundingMode.DOWN)) == 0;
    }

    /** The exact figure shown with the reported figure's decimals (at least two), Vietnamese style. */
    public static String show(double exact, int decimals) {
        return BigDecimal.valueOf(exact)
                .setScale(Math.max(2, decimals), RoundingMode.HALF_UP)
                .toPlainString()
                .replace('.', ',');
    }

    public static String showReported(double reported) {
        return BigDecimal.valueOf(reported).stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
