package vn.ruralstat.poverty;

/** The one formula of this dataset: part / whole × 100, in percent. */
public final class PovertyRates {

    private PovertyRates() {}

    /** part / whole × 100; null when whole is zero (a rate of an empty village means nothing). */
    public static Double percent(long part, long whole) {
        return whole == 0 ? null : part * 100.0 / whole;
    }
}
