package vn.ruralstat.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures as an officer types them: rates rounded to 2 decimals, averages to 1 decimal, and
 * their Vietnamese display ("4,32", "9.606") as Excel shows and saves them under vi-VN settings.
 */
public final class ReportedFigures {

    private ReportedFigures() {}

    /** part / whole × 100 rounded half-up to 2 decimals (415 / 9 606 → 4.32); 0 when whole is 0. */
    public static double rate(long part, long whole) {
        return ratio(BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)), whole, 2);
    }

    /** total / count rounded half-up to 1 decimal (183 / 16 → 11.4); 0 when count is 0. */
    public static double average(long total, long count) {
        return ratio(BigDecimal.valueOf(total), count, 1);
    }

    private static double ratio(BigDecimal numerator, long denominator, int decimals) {
        if (denominator == 0) return 0.0;
        return numerator
                .divide(BigDecimal.valueOf(denominator), decimals, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** A count as Excel shows it with format "#,##0" under vi-VN settings: 9606 → "9.606". */
    public static String viCount(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) s.append('.');
            s.append(digits.charAt(i));
        }
        return (value < 0 ? "-" : "") + s;
    }

    /** A decimal as Excel shows it with a fixed number of decimals under vi-VN: 4.32 → "4,32". */
    public static String viDecimal(double value, int decimals) {
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .toPlainString()
                .replace('.', ',');
    }
}
