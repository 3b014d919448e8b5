package vn.ruralstat.indicators;

import vn.ruralstat.rulebook.Verdict;

/** Test lookups in a commune's evaluation, for the unit tests and the job's ITs alike. */
public final class Verdicts {

    private Verdicts() {}

    /** The verdict on the indicator {@code code}; fails when the evaluation has none. */
    public static Verdict verdict(CommuneEvaluation e, String code) {
        return e.standing().criteria().stream()
                .flatMap(c -> c.indicators().stream())
                .filter(v -> v.indicator().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
