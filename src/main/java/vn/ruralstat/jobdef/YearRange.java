package vn.ruralstat.jobdef;

/**
 * The years a job covers, both included: one year ({@code 2025}) or a range ({@code 2022-2025}),
 * written the way periods appear in the tables' titles and on the command line.
 */
public record YearRange(int from, int to) {

    public YearRange {
        if (from > to) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    public static YearRange of(int year) {
        return new YearRange(year, year);
    }

    /** "2025" for one year, "2022-2025" for a range. */
    public String label() {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }

    @Override
    public String toString() {
        return label();
    }
}
