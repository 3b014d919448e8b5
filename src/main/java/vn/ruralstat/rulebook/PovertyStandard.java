package vn.ruralstat.rulebook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A multidimensional poverty standard (chuẩn nghèo đa chiều): income thresholds by area and the
 * deprivation rule separating poor from near-poor households.
 */
public record PovertyStandard(RulebookHeader header, List<PovertyThreshold> thresholds) {

    public PovertyStandard {
        thresholds = List.copyOf(thresholds);
    }

    public String id() {
        return header.id();
    }

    /** Id, version and title: what poverty figures judged by this standard are stamped with. */
    public RulebookStamp stamp() {
        return header.stamp();
    }

    public Optional<PovertyThreshold> threshold(PovertyThreshold.Area area, PovertyThreshold.HouseholdClass cls) {
        return thresholds.stream()
                .filter(t -> t.area() == area && t.householdClass() == cls)
                .findFirst();
    }

    /** The poverty line of {@code area}: the highest income (VND per person per month) of a poor household. */
    public BigDecimal incomeLine(PovertyThreshold.Area area) {
        return threshold(area, PovertyThreshold.HouseholdClass.POOR)
                .map(PovertyThreshold::incomeAtMost)
                .orElseThrow(() -> new IllegalStateException(id() + " has no poor-household threshold for " + area));
    }

    /** Deprivations from which a household at or under the income line is poor rather than near-poor (3). */
    public int minDeprivationsForPoor(PovertyThreshold.Area area) {
        return threshold(area, PovertyThreshold.HouseholdClass.POOR)
                .map(PovertyThreshold::minDeprivations)
                .orElseThrow(() -> new IllegalStateException(id() + " has no deprivation rule for " + area));
    }
}
