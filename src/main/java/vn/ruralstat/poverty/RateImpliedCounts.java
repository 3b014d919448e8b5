package vn.ruralstat.poverty;

import java.util.ArrayList;
import java.util.List;
import vn.ruralstat.finding.Rounding;

/**
 * The whole counts a typed rate allows: a rate r written with d decimals stands for any exact
 * rate that rounds (half-up) or cuts off to r, so "12,5" of 432 households allows the poor
 * counts k with k / 432 × 100 in [12,45; 12,6), that is 54 only (53 gives 12,27; 55 gives 12,73).
 * Used as evidence of the count a submitter meant when the rate and the count disagree.
 */
public final class RateImpliedCounts {

    /** Above this many allowed counts the rate says too little to point at one. */
    static final int MAX_CANDIDATES = 50;

    private RateImpliedCounts() {}

    /** The parts (poor or near-poor households) out of {@code whole} that agree with the rate. */
    public static List<Long> parts(double rate, int decimals, long whole) {
        if (whole <= 0 || rate < 0 || rate > 100) return List.of();
        double[] bounds = bounds(rate, decimals);
        long from = Math.max(0, (long) Math.floor(bounds[0] * whole / 100));
        long to = Math.min(whole, (long) Math.ceil(bounds[1] * whole / 100));
        return agreeing(from, to, k -> k * 100.0 / whole, rate, decimals);
    }

    /** The totals (households) of which {@code part} is the rate; none for a zero part or rate. */
    public static List<Long> wholes(double rate, int decimals, long part) {
        if (part <= 0 || rate <= 0 || rate > 100) return List.of();
        double[] bounds = bounds(rate, decimals);
        long from = Math.max(part, (long) Math.floor(part * 100 / bounds[1]));
        long to = bounds[0] <= 0 ? from + MAX_CANDIDATES : (long) Math.ceil(part * 100 / bounds[0]);
        if (to - from > MAX_CANDIDATES * 4L) return List.of();
        return agreeing(from, to, h -> part * 100.0 / h, rate, decimals);
    }

    /** Exact rates written as {@code rate}: from half a unit of the last digit below to a whole unit above. */
    private static double[] bounds(double rate, int decimals) {
        double unit = Math.pow(10, -Math.max(0, decimals));
        return new double[] {rate - unit / 2, rate + unit};
    }

    private static List<Long> agreeing(
            long from, long to, java.util.function.LongToDoubleFunction exact, double rate, int decimals) {
        List<Long> found = new ArrayList<>();
        for (long k = from; k <= to && found.size() <= MAX_CANDIDATES; k++) {
            if (Rounding.agrees(rate, decimals, exact.applyAsDouble(k))) found.add(k);
        }
        return found.size() > MAX_CANDIDATES ? List.of() : found;
    }
}
