package vn.ruralstat.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.criteria.CommuneCriteria;
import vn.ruralstat.criteria.CommuneTarget;
import vn.ruralstat.criteria.CommuneTargetJoin;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.indicators.CommuneEvaluation;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.PovertyFigures;
import vn.ruralstat.sheet.UnitNames;

/**
 * The stored figures a review compares, one record per commune and year, as reported (on the
 * units of their time). Built from consolidations newest first: the first record of a commune,
 * parent, year and dataset wins, so a later correction replaces an earlier submission.
 */
public record ReviewInputs(
        List<PovertyRecord> poverty,
        List<CriteriaRecord> criteria,
        List<CriteriaPlan> plans,
        Map<String, String> parentLevels,
        Map<String, String> rulebookNames) {

    /** Records without known parent levels. */
    public ReviewInputs(List<PovertyRecord> poverty, List<CriteriaRecord> criteria, List<CriteriaPlan> plans) {
        this(poverty, criteria, plans, Map.of(), Map.of());
    }

    /**
     * The official name ("Bộ tiêu chí … (QĐ 51/2025/QĐ-TTg), bản điều chỉnh của tỉnh …") of a
     * criteria record's {@code set}, as the stored run stamped it; null when no record names it.
     */
    public String rulebookName(String set) {
        return rulebookNames.get(set);
    }

    /** A commune's poverty counts at the end of {@code year}, and its planned reduction for the next year. */
    public record PovertyRecord(
            String commune,
            String parent,
            int year,
            PovertyFigures figures,
            Long plannedPoorReduction,
            Long plannedNearPoorReduction,
            String file) {}

    /**
     * A commune's criteria met at the end of {@code year}, out of {@code of}, under the rulebook {@code set}
     * (its id, or "NTM-2026-2030 v1+vi-du" under a province's overrides: {@code RulebookStamp.label()}).
     */
    public record CriteriaRecord(String commune, String parent, int year, int met, int of, String set, String file) {}

    /**
     * A commune's plan from a multi-year criteria matrix ("2022-2025"): met at its drawing up (the
     * end of the year before its first year), the criteria planned per year, and its NTM target year
     * from the commune target list when there is one.
     */
    public record CriteriaPlan(
            String commune,
            String parent,
            int firstYear,
            int lastYear,
            int met,
            int of,
            Map<Integer, Integer> plannedByYear,
            Integer ntmYear,
            boolean alreadyNtm,
            String file) {

        /** Criteria planned to be met by the end of {@code year}: met at the start plus those planned up to then. */
        public int plannedMetBy(int year) {
            return met
                    + plannedByYear.entrySet().stream()
                            .filter(e -> e.getKey() <= year)
                            .mapToInt(Map.Entry::getValue)
                            .sum();
        }
    }

    /** Consolidations newest first; records already seen in a newer one are skipped. */
    public static ReviewInputs from(List<Consolidation> newestFirst) {
        List<PovertyRecord> poverty = new ArrayList<>();
        List<CriteriaRecord> criteria = new ArrayList<>();
        List<CriteriaPlan> plans = new ArrayList<>();
        Map<String, String> levels = new java.util.HashMap<>();
        Map<String, String> names = new java.util.HashMap<>();
        Seen seen = new Seen();
        for (Consolidation c : newestFirst) {
            // "huyện", "tỉnh" as the titles named the parents; the generic level tells nothing.
            c.rollups().stream()
                    .filter(r -> vn.ruralstat.sheet.TitleContext.rank(r.level()) >= 2)
                    .forEach(r -> levels.putIfAbsent(UnitNames.key(r.unit()), r.level()));
            for (CommunePoverty p : c.poverty()) {
                Integer year = Years.single(p.period());
                if (year == null || !seen.add("P", p.commune(), p.parent(), p.period())) continue;
                poverty.add(new PovertyRecord(
                        p.commune(),
                        p.parent(),
                        year,
                        p.totals(),
                        p.plannedPoorReduction(),
                        p.plannedNearPoorReduction(),
                        p.source().file()));
            }
            for (DistrictCriteria d : c.criteria()) {
                int[] span = Years.span(d.period());
                if (span == null) continue;
                CommuneTargetJoin targets = CommuneTargetJoin.of(d);
                for (CommuneCriteria x : d.communes()) {
                    if (!seen.add("C", x.commune(), d.unit(), d.period())) continue;
                    boolean plan = span[1] > span[0];
                    // A plan's "met" is the state when it was drawn up: the end of the year before its first year.
                    int year = plan ? span[0] - 1 : span[0];
                    if (seen.add("M", x.commune(), d.unit(), String.valueOf(year))) {
                        criteria.add(new CriteriaRecord(
                                x.commune(),
                                d.unit(),
                                year,
                                x.metCount(),
                                d.criteria().size(),
                                named(names, d.rulebook().stamp()),
                                d.source().file()));
                    }
                    if (plan) {
                        CommuneTarget t = targets.targetOf(x);
                        boolean already = t != null
                                && t.ntmYear() == null
                                && t.ntmText() != null
                                && UnitNames.fold(t.ntmText()).contains("duy tri");
                        plans.add(new CriteriaPlan(
                                x.commune(),
                                d.unit(),
                                span[0],
                                span[1],
                                x.metCount(),
                                d.criteria().size(),
                                x.plannedByYear(),
                                t == null ? null : t.ntmYear(),
                                already,
                                d.source().file()));
                    }
                }
            }
            for (CommuneEvaluation e : c.evaluations()) {
                Integer year = Years.single(e.period());
                if (year == null || !seen.add("M", e.commune(), e.parent(), String.valueOf(year))) continue;
                criteria.add(new CriteriaRecord(
                        e.commune(),
                        e.parent(),
                        year,
                        (int) e.standing().criteriaMet(),
                        e.standing().criteriaCount(),
                        named(names, e.stamp()),
                        e.source().file()));
            }
        }
        return new ReviewInputs(poverty, criteria, plans, levels, names);
    }

    /** The stamp's label, its official name recorded for the review's workbook. */
    private static String named(Map<String, String> names, vn.ruralstat.rulebook.RulebookStamp stamp) {
        names.putIfAbsent(stamp.label(), stamp.officialName());
        return stamp.label();
    }

    /**
     * Records already taken, by dataset, unit and period. Two records are the same unit when their
     * names match and their parents do not contradict: a newer file whose title names no parent
     * replaces an older one that did (and the other way round), but two communes of one name under
     * two different parents are two communes.
     */
    private static final class Seen {
        private final Map<Key, List<String>> parents = new java.util.HashMap<>();

        boolean add(String dataset, String unit, String parent, String period) {
            List<String> known =
                    parents.computeIfAbsent(new Key(dataset, UnitNames.key(unit), period), k -> new ArrayList<>());
            String p = parent == null ? "" : UnitNames.key(parent);
            if (known.stream().anyMatch(k -> k.isEmpty() || p.isEmpty() || k.equals(p))) return false;
            known.add(p);
            return true;
        }

        /** A dataset's unit (by its matching key) and period. */
        private record Key(String dataset, String unit, String period) {}
    }
}
