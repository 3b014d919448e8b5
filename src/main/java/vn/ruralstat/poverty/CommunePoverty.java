package vn.ruralstat.poverty;

import java.util.List;
import vn.ruralstat.finding.SourceRef;

/**
 * The village poverty table of one commune for one period, with the commune totals recomputed
 * from its villages (household-weighted).
 *
 * @param commune name of the commune as written in the source
 * @param parent  the commune's parent unit (district or province) when the source names it, else null
 * @param source  file and sheet the table was read from
 */
public record CommunePoverty(
        String commune,
        String parent,
        String period,
        List<VillagePoverty> villages,
        SourceRef source) {

    public CommunePoverty {
        villages = List.copyOf(villages);
    }

    /** Sum of the villages' counts; rates of the result are household-weighted. */
    public PovertyFigures totals() {
        return villages.stream().map(VillagePoverty::figures).reduce(PovertyFigures.ZERO, PovertyFigures::plus);
    }

    /** Sum of the planned reductions in households, poor and near-poor; null when no village has one. */
    public Long plannedPoorReduction() {
        return sum(villages.stream().map(v -> v.planned().poorHouseholds()).toList());
    }

    public Long plannedNearPoorReduction() {
        return sum(villages.stream().map(v -> v.planned().nearPoorHouseholds()).toList());
    }

    private static Long sum(List<Long> values) {
        return values.stream().allMatch(v -> v == null) ? null
                : values.stream().filter(v -> v != null).mapToLong(Long::longValue).sum();
    }
}
