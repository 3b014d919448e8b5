package vn.ruralstat.criteria;

import java.util.List;

/**
 * The figures of a set of communes of one criteria matrix (all of them, or one group): how many
 * were assessed, criteria met in all and per criterion, and how many communes meet all the set's
 * criteria, at least half of them but not all ("5-9" of 10), or fewer than half ("below 5").
 *
 * @param criteria        the size of the set (10 for 2026-2030, 19 for 2021-2025)
 * @param metPerCriterion communes meeting each criterion; criterion n at index n - 1
 */
public record CriteriaCounts(
        int criteria,
        int communes,
        int totalMet,
        List<Integer> metPerCriterion,
        int meetingAll,
        int meetingHalfOrMore,
        int belowHalf) {

    public CriteriaCounts {
        metPerCriterion = List.copyOf(metPerCriterion);
    }

    /** Counts over {@code communes}, each with {@code criteria} statuses. */
    public static CriteriaCounts of(int criteria, List<CommuneCriteria> communes) {
        int half = halfOf(criteria);
        int[] perCriterion = new int[criteria];
        int total = 0;
        int all = 0;
        int most = 0;
        int below = 0;
        for (CommuneCriteria c : communes) {
            for (int i = 0; i < criteria && i < c.statuses().size(); i++) {
                if (c.statuses().get(i).isMet()) perCriterion[i]++;
            }
            int met = c.metCount();
            total += met;
            if (met >= criteria) all++;
            else if (met >= half) most++;
            else below++;
        }
        return new CriteriaCounts(
                criteria,
                communes.size(),
                total,
                java.util.Arrays.stream(perCriterion).boxed().toList(),
                all,
                most,
                below);
    }

    /** The least number of criteria of the middle band: half the set, rounded up (5 of 10, 10 of 19). */
    public static int halfOf(int criteria) {
        return (criteria + 1) / 2;
    }

    /** Average criteria met per commune (total met / communes); null when no commune was assessed. */
    public Double averageMetPerCommune() {
        return communes == 0 ? null : (double) totalMet / communes;
    }
}
