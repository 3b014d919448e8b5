package vn.ruralstat.dataset;

/**
 * The largest count a cell may hold ({@code ruralstat.limits.count-max}): a cell above it is a
 * {@code COUNT_TOO_LARGE} error and its row is not used, never clamped.
 *
 * <p>At most {@value #HIGHEST}: doubles (as spreadsheets store numbers) hold every whole number
 * exactly up to 2^53, about 9×10^15, so a ceiling above 10^15 could let through a count that is
 * no longer the one typed. Sums of counts below it are overflow-checked all the same.
 *
 * @param max the largest count accepted, from 1 to {@value #HIGHEST}
 */
public record CountCeiling(long max) {

    public static final long HIGHEST = 1_000_000_000_000_000L;

    /** One billion, ten times Viet Nam's population ({@link CellReading#MAX_COUNT}). */
    public static final CountCeiling DEFAULT = new CountCeiling(CellReading.MAX_COUNT);

    public CountCeiling {
        if (max < 1 || max > HIGHEST) {
            throw new IllegalArgumentException(
                    "ruralstat.limits.count-max must be from 1 to " + HIGHEST + ", not " + max);
        }
    }
}
