package vn.ruralstat.criteria;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.rulebook.Criterion;
import vn.ruralstat.rulebook.Rulebook;
import vn.ruralstat.rulebook.RulebookStamp;

/**
 * The criteria matrix of one parent unit (a district before July 2025, any parent since) for one
 * period, with the registered targets of its communes when a target list was submitted.
 *
 * @param unit     the parent unit as named in the source ("Quảng Hòa")
 * @param rulebook the criteria set the matrix was read against, as stored with its table
 * @param targets targets by commune key (the name's {@link vn.ruralstat.sheet.UnitNames#key}, or the
 *                 code's key when the register matched it); look one up with {@link #targetOf}
 * @param level    the parent unit's level as its table names it ("tỉnh", "huyện"); null when not named
 * @param province the province of a district before 1/7/2025 ("tỉnh Đồng Tháp") when known: namesake
 *                 districts of two provinces are two units; null otherwise
 */
public record DistrictCriteria(
        String unit,
        String period,
        Rulebook rulebook,
        List<CommuneCriteria> communes,
        Map<String, CommuneTarget> targets,
        SourceRef source,
        String level,
        String province) {

    /** The commune groups of the 2026-2030 set, in order; a commune of no known group counts apart. */
    public static final List<Integer> GROUPS = List.of(1, 2, 3);

    public DistrictCriteria {
        communes = List.copyOf(communes);
        targets = Map.copyOf(targets);
    }

    /** Id, version and title of the criteria set its figures were counted under. */
    public RulebookStamp stamp() {
        return rulebook.stamp();
    }

    /** The criteria of its rulebook in published order; criterion n at index n - 1. */
    public List<Criterion> criteria() {
        return rulebook.criteria();
    }

    /**
     * The registered target of one of its communes, or null: matched by code when both the matrix row
     * and the target list row have one, else by name ({@link CommuneTarget#isOf}). Of two candidates
     * (a name given twice), a code match first, then the first row of the list. Joins the whole list
     * for one commune: to look up every commune, build one {@link CommuneTargetJoin}.
     */
    public CommuneTarget targetOf(CommuneCriteria c) {
        return CommuneTargetJoin.of(this).targetOf(c);
    }

    /** Per criterion, the number of communes meeting it; criterion n at index n - 1. */
    public int[] metPerCriterion() {
        int size = criteria().size();
        int[] counts = new int[size];
        for (CommuneCriteria c : communes) {
            for (int i = 0; i < size; i++) {
                if (c.statuses().get(i).isMet()) counts[i]++;
            }
        }
        return counts;
    }

    /** Total criteria met over all communes: the sum of each commune's met count. */
    public int totalMet() {
        return communes.stream().mapToInt(CommuneCriteria::metCount).sum();
    }

    /** Average criteria met per commune: total met / number of communes (183 / 16 = 11.4375). */
    public Double averageMetPerCommune() {
        return communes.isEmpty() ? null : (double) totalMet() / communes.size();
    }

    /** Counts over all its communes. */
    public CriteriaCounts counts() {
        return CriteriaCounts.of(criteria().size(), communes);
    }

    /** Communes meeting every criterion of the set. */
    public int communesMeetingAll() {
        return counts().meetingAll();
    }

    /**
     * Counts per commune group: groups 1, 2 and 3 in order, then the communes of no known group
     * under the key null; every key present, with zero communes when none.
     */
    public Map<Integer, CriteriaCounts> countsByGroup() {
        Map<Integer, CriteriaCounts> byGroup = new java.util.LinkedHashMap<>();
        for (Integer group : GROUPS) {
            byGroup.put(
                    group,
                    CriteriaCounts.of(
                            criteria().size(),
                            communes.stream()
                                    .filter(c -> group.equals(c.group()))
                                    .toList()));
        }
        byGroup.put(
                null,
                CriteriaCounts.of(
                        criteria().size(),
                        communes.stream()
                                .filter(c -> c.group() == null || !GROUPS.contains(c.group()))
                                .toList()));
        return byGroup;
    }

    /** Criteria planned per year over all communes, in year order. */
    public Map<Integer, Integer> plannedByYear() {
        Map<Integer, Integer> byYear = new TreeMap<>();
        communes.forEach(c -> c.plannedByYear().forEach((y, n) -> byYear.merge(y, n, Integer::sum)));
        return byYear;
    }
}
