package vn.ruralstat.poverty;

/**
 * Household counts of one unit or of a group of units, and the rates that follow from them.
 * Rates are household-weighted by construction: a group's figures are the sums of its members'
 * counts, so its rate is sum(poor) / sum(households), never a mean of member rates.
 */
public record PovertyFigures(long households, long poor, long nearPoor) {

    public static final PovertyFigures ZERO = new PovertyFigures(0, 0, 0);

    /** The same figures with one count ({@code households}, {@code poor}, {@code near_poor}) replaced. */
    public PovertyFigures with(String field, long value) {
        return switch (field) {
            case PovertyTableReader.HOUSEHOLDS -> new PovertyFigures(value, poor, nearPoor);
            case PovertyTableReader.POOR -> new PovertyFigures(households, value, nearPoor);
            case PovertyTableReader.NEAR_POOR -> new PovertyFigures(households, poor, value);
            default -> throw new IllegalArgumentException("not a count of a village row: " + field);
        };
    }

    /** One count by its field name. */
    public long of(String field) {
        return switch (field) {
            case PovertyTableReader.HOUSEHOLDS -> households;
            case PovertyTableReader.POOR -> poor;
            case PovertyTableReader.NEAR_POOR -> nearPoor;
            default -> throw new IllegalArgumentException("not a count of a village row: " + field);
        };
    }

    public PovertyFigures plus(PovertyFigures other) {
        // Exact: an overflowing total must fail loudly, never wrap to a negative figure in an output.
        return new PovertyFigures(
                Math.addExact(households, other.households),
                Math.addExact(poor, other.poor),
                Math.addExact(nearPoor, other.nearPoor));
    }

    /** Poverty rate in percent: poor households / total households × 100; null without households. */
    public Double poorRate() {
        return PovertyRates.percent(poor, households);
    }

    /** Near-poverty rate in percent: near-poor households / total households × 100. */
    public Double nearPoorRate() {
        return PovertyRates.percent(nearPoor, households);
    }

    /** Multidimensional poverty rate counting poor and near-poor together (some plans use this). */
    public Double poorAndNearPoorRate() {
        return PovertyRates.percent(poor + nearPoor, households);
    }
}
