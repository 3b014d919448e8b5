package vn.ruralstat.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.ruralstat.boundary.Crosswalk;
import vn.ruralstat.review.Review.PlanGap;
import vn.ruralstat.review.Review.UnitYear;
import vn.ruralstat.review.ReviewInputs.CriteriaPlan;
import vn.ruralstat.review.ReviewInputs.CriteriaRecord;
import vn.ruralstat.review.ReviewInputs.PovertyRecord;
import vn.ruralstat.sheet.UnitNames;

/** What the plans set against what was reported, for the units of a review ({@code inScope}: today's units by key). */
final class PlanGaps {

    private PlanGaps() {}

    /** Poor (near-poor) households planned for a year — last year's minus the planned reduction — against the count then. */
    static List<PlanGap> poverty(
            List<Placed<PovertyRecord>> poverty, List<UnitYear> unitYears, Set<String> inScope, int from, int to) {
        List<PlanGap> gaps = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            for (PlanGap.Kind kind : List.of(PlanGap.Kind.POOR_HOUSEHOLDS, PlanGap.Kind.NEAR_POOR_HOUSEHOLDS)) {
                boolean poorKind = kind == PlanGap.Kind.POOR_HOUSEHOLDS;
                double planned = 0;
                Set<String> units = new LinkedHashSet<>();
                Set<String> basis = new LinkedHashSet<>();
                for (Placed<PovertyRecord> p : poverty) {
                    PovertyRecord r = p.record();
                    Long reduction = poorKind ? r.plannedPoorReduction() : r.plannedNearPoorReduction();
                    if (p.year() != year || reduction == null) continue;
                    long count = poorKind ? r.figures().poor() : r.figures().nearPoor();
                    for (Crosswalk.Part part : p.placement().parts()) {
                        if (!inScope.contains(UnitNames.key(part.unit()))) continue;
                        planned += part.share() * (count - reduction);
                        units.add(UnitNames.withoutKind(part.unit()));
                        basis.add(r.file());
                    }
                }
                if (units.isEmpty()) continue;
                int next = year + 1;
                List<UnitYear> then = unitYears.stream()
                        .filter(u -> u.year() == next && units.contains(u.unit()))
                        .toList();
                Double achieved = then.size() == units.size()
                        ? then.stream()
                                .mapToDouble(u -> poorKind ? u.poor() : u.nearPoor())
                                .sum()
                        : null;
                gaps.add(new PlanGap(kind, next, planned, achieved, "kế hoạch năm " + next + " trong " + basis));
            }
        }
        return gaps;
    }

    /** Criteria met and NTM communes planned by the multi-year plans, against what the yearly results show. */
    static List<PlanGap> criteria(
            List<Placed<CriteriaPlan>> plans,
            List<Placed<CriteriaRecord>> criteria,
            Set<String> inScope,
            int from,
            int to,
            Set<String> files) {
        List<CriteriaPlan> ours = plans.stream()
                .filter(p -> inScope.contains(UnitNames.key(p.placement().main().unit())))
                .map(Placed::record)
                .toList();
        List<PlanGap> gaps = new ArrayList<>();
        if (ours.isEmpty()) return gaps;
        ours.forEach(p -> files.add(p.file()));
        Map<CommuneYear, CriteriaRecord> results = new LinkedHashMap<>();
        criteria.forEach(c -> results.put(
                communeKey(c.year(), c.record().commune(), c.record().parent()), c.record()));
        boolean hasTargets = ours.stream().anyMatch(p -> p.ntmYear() != null || p.alreadyNtm());
        int first = Math.max(
                from, ours.stream().mapToInt(CriteriaPlan::firstYear).min().orElse(from));
        int last = Math.min(
                to, ours.stream().mapToInt(CriteriaPlan::lastYear).max().orElse(to));
        String basis = "kế hoạch "
                + ours.stream()
                        .map(p -> p.firstYear() + "-" + p.lastYear() + " (" + p.file() + ")")
                        .distinct()
                        .toList();
        for (int year = first; year <= last; year++) {
            int y = year;
            List<CriteriaPlan> running = ours.stream()
                    .filter(p -> p.firstYear() <= y && y <= p.lastYear())
                    .toList();
            if (running.isEmpty()) continue;
            List<CriteriaRecord> achieved = running.stream()
                    .map(p -> results.get(communeKey(y, p.commune(), p.parent())))
                    .toList();
            boolean complete = achieved.stream().allMatch(Objects::nonNull);
            gaps.add(new PlanGap(
                    PlanGap.Kind.CRITERIA_MET,
                    y,
                    running.stream().mapToInt(p -> p.plannedMetBy(y)).sum(),
                    complete
                            ? (double) achieved.stream()
                                    .mapToInt(CriteriaRecord::met)
                                    .sum()
                            : null,
                    basis));
            if (hasTargets) {
                long planned = running.stream()
                        .filter(p -> p.alreadyNtm() || p.ntmYear() != null && p.ntmYear() <= y)
                        .count();
                Double reached = complete
                        ? (double)
                                achieved.stream().filter(r -> r.met() == r.of()).count()
                        : null;
                gaps.add(new PlanGap(PlanGap.Kind.NTM_COMMUNES, y, planned, reached, basis));
            }
        }
        return gaps;
    }

    /** Each plan commune's criteria planned by each year of the plan against its result of that year. */
    static List<Review.CommunePlan> perCommune(
            List<Placed<CriteriaPlan>> plans,
            List<Placed<CriteriaRecord>> criteria,
            Set<String> inScope,
            int from,
            int to) {
        Map<CommuneYear, CriteriaRecord> results = new LinkedHashMap<>();
        criteria.forEach(c -> results.put(
                communeKey(c.year(), c.record().commune(), c.record().parent()), c.record()));
        List<Review.CommunePlan> rows = new ArrayList<>();
        for (Placed<CriteriaPlan> placed : plans) {
            String today = UnitNames.withoutKind(placed.placement().main().unit());
            if (!inScope.contains(UnitNames.key(today))) continue;
            CriteriaPlan p = placed.record();
            for (int y = Math.max(from, p.firstYear()); y <= Math.min(to, p.lastYear()); y++) {
                CriteriaRecord result = results.get(communeKey(y, p.commune(), p.parent()));
                rows.add(new Review.CommunePlan(
                        p.commune(), today, y, p.plannedMetBy(y), result == null ? null : result.met(), p.ntmYear()));
            }
        }
        return rows;
    }

    private static CommuneYear communeKey(int year, String commune, String parent) {
        return new CommuneYear(year, UnitNames.key(commune), parent == null ? "" : UnitNames.key(parent));
    }

    /** A commune's year, by the matching keys of the commune and its parent. */
    private record CommuneYear(int year, String commune, String parent) {}
}
