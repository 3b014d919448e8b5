package vn.ruralstat.poverty;

/**
 * Household counts of one unit or of a group of units, and the rates that follow from them.
 * Rates are household-weighted by construction: a group's figures are the sums of its members'
 * counts, so its rate is sum(poor) / sum(households), never a mean of member rates.
 */
public record PovertyFigures(long households, long poor, long nearPoor) {

    public static final PovertyFigures ZERO = new PovertyFigures(0, 0, 0);

    public PovertyFigures plus(PovertyFigures other) {
        return new PovertyFigures(households + other.households, poor + other.poor, nearPoor + other.nearPoor);
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
