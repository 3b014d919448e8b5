package vn.ruralstat.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import vn.ruralstat.boundary.BoundaryChange;
import vn.ruralstat.boundary.Crosswalk;
import vn.ruralstat.message.Message;
import vn.ruralstat.period.Period;
import vn.ruralstat.review.Review.CommuneYear;
import vn.ruralstat.review.Review.PlanGap;
import vn.ruralstat.review.Review.UnitYear;
import vn.ruralstat.review.Review.YearFigures;
import vn.ruralstat.review.ReviewInputs.CriteriaPlan;
import vn.ruralstat.review.ReviewInputs.CriteriaRecord;
import vn.ruralstat.review.ReviewInputs.PovertyRecord;
import vn.ruralstat.rulebook.Rulebook;
import vn.ruralstat.rulebook.RulebookStamp;
import vn.ruralstat.rulebook.Rulebooks;
import vn.ruralstat.sheet.UnitNames;

/**
 * Computes a multi-year review from the stored records: every record is placed on the units in
 * force at the end of the review's last year (the crosswalk), the unit asked for is resolved to
 * today's units, and the figures are added up per year.
 *
 * <p>Poverty counts add up, so they are restated: a merged commune's earlier years are the sums
 * of its predecessors (times their shares for a split), and its rates are household-weighted.
 * Criteria met do not add up (a merged commune must be assessed again), so they are shown per
 * commune as reported, under today's unit that holds the larger part of it, and averaged over the
 * communes of each year; a boundary change between two years is marked as a break of that series.
 */
public final class ReviewCalculator {

    private final Crosswalk crosswalk;
    private final Rulebooks rulebooks;

    public ReviewCalculator(Crosswalk crosswalk, Rulebooks rulebooks) {
        this.crosswalk = crosswalk;
        this.rulebooks = rulebooks;
    }

    /** A review, or why there is none: the unit is unknown, or its name fits several units (listed). */
    public record Outcome(Review review, Set<String> candidates, String problemVi, String problemEn) {}

    /** One of today's units: its name, and the units above it (now, and the former ones). */
    private static final class TodayUnit {
        final String name;
        final Map<String, String> ancestors = new LinkedHashMap<>();
        /** Its parent today, to tell it from namesakes elsewhere in the national crosswalk; null when unknown. */
        String parent;

        boolean parentFromChange;

        TodayUnit(String name) {
            this.name = name;
        }
    }

    public Outcome review(ReviewInputs in, String unit, int from, int to) {
        LocalDate unitsOn = Years.end(to);
        List<String> notes = new ArrayList<>();
        List<Placed<PovertyRecord>> poverty = place(
                in.poverty(), PovertyRecord::commune, PovertyRecord::parent, PovertyRecord::year, from, to, unitsOn);
        List<Placed<CriteriaRecord>> criteria = place(
                in.criteria(),
                CriteriaRecord::commune,
                CriteriaRecord::parent,
                CriteriaRecord::year,
                from,
                to,
                unitsOn);
        List<Placed<CriteriaPlan>> plans = place(
                in.plans(),
                CriteriaPlan::commune,
                CriteriaPlan::parent,
                p -> p.firstYear() - 1,
                Integer.MIN_VALUE,
                to,
                unitsOn);
        // A record of a commune divided with no shares cannot be placed: kept aside, said, never counted.
        List<Placed<?>> leftOut = new ArrayList<>();
        poverty = withoutLeftOut(poverty, leftOut);
        criteria = withoutLeftOut(criteria, leftOut);
        plans = withoutLeftOut(plans, leftOut);

        Map<String, TodayUnit> today = new LinkedHashMap<>();
        poverty.forEach(p -> p.placement().parts().forEach(part -> register(today, p, part, unitsOn)));
        criteria.forEach(p -> register(today, p, p.placement().main(), unitsOn));
        plans.forEach(p -> register(today, p, p.placement().main(), unitsOn));

        String key = UnitNames.key(unit);
        boolean communeAsked = UnitNames.kindRank(unit) == 1;
        boolean parentAsked = UnitNames.kindRank(unit) >= 2;
        List<TodayUnit> asCommune = communeAsked || !parentAsked
                ? today.values().stream()
                        .filter(t -> UnitNames.key(t.name).equals(key))
                        .toList()
                : List.of();
        Set<String> parentNames = new LinkedHashSet<>();
        if (!communeAsked) {
            today.values()
                    .forEach(t -> t.ancestors.forEach((k, name) -> {
                        if (k.equals(key)) parentNames.add(name);
                    }));
        }
        // One parent, however its name was written: "huyện Quảng Hòa" (crosswalk) before "Quảng Hòa" (a title).
        String parentName = parentNames.stream()
                .filter(n -> UnitNames.kindRank(n) > 0)
                .findFirst()
                .orElse(parentNames.stream().findFirst().orElse(null));
        if (asCommune.isEmpty() && parentNames.isEmpty()) {
            Message problem = Message.of("review.unitUnknown", unit, from, to);
            return new Outcome(null, Set.of(), problem.vi(), problem.en());
        }
        if (!asCommune.isEmpty() && !parentNames.isEmpty()) {
            Set<String> candidates = new TreeSet<>();
            asCommune.forEach(t -> candidates.add("xã " + t.name));
            candidates.add(labelOfParent(parentName, unitsOn, in.parentLevels()));
            Message problem = Message.of("review.unitAmbiguous", unit, candidates);
            return new Outcome(null, candidates, problem.vi(), problem.en());
        }
        List<TodayUnit> scope = !asCommune.isEmpty()
                ? asCommune
                : today.values().stream()
                        .filter(t -> t.ancestors.containsKey(key))
                        .toList();
        String label = !asCommune.isEmpty()
                ? "xã " + asCommune.get(0).name
                : labelOfParent(parentName, unitsOn, in.parentLevels());
        Set<String> inScope = new LinkedHashSet<>();
        scope.forEach(t -> inScope.add(UnitNames.key(t.name)));
        List<Placed<?>> all = new ArrayList<>(poverty);
        all.addAll(criteria);
        all.addAll(plans);
        all.stream()
                .filter(p ->
                        p.placement().parts().stream().anyMatch(part -> inScope.contains(UnitNames.key(part.unit()))))
                .forEach(p -> notes.addAll(p.placement().problems()));
        leftOut.stream()
                .filter(p ->
                        p.placement().unsplit().stream().anyMatch(c -> inScope.contains(UnitNames.key(c.newUnit())))
                                || asCommune.isEmpty()
                                        && p.parent() != null
                                        && UnitNames.key(p.parent()).equals(key))
                .forEach(p -> notes.addAll(p.placement().problems()));
        if (asCommune.isEmpty()) notes.addAll(leftOut(poverty, criteria, key, inScope, label));

        return new Outcome(
                compute(label, from, to, unitsOn, scope, inScope, poverty, criteria, plans, notes, in.rulebookNames()),
                Set.of(label),
                null,
                null);
    }

    private Review compute(
            String label,
            int from,
            int to,
            LocalDate unitsOn,
            List<TodayUnit> scope,
            Set<String> inScope,
            List<Placed<PovertyRecord>> poverty,
            List<Placed<CriteriaRecord>> criteria,
            List<Placed<CriteriaPlan>> plans,
            List<String> notes,
            Map<String, String> storedNames) {
        Set<String> files = new LinkedHashSet<>();
        Set<BoundaryChange> applied = new LinkedHashSet<>();
        List<UnitYear> unitYears = new ArrayList<>();
        for (TodayUnit t : scope) {
            for (int year = from; year <= to; year++) {
                UnitYear uy = restated(t, year, poverty, unitsOn, files, applied);
                if (uy != null) unitYears.add(uy);
            }
        }
        List<CommuneYear> communes = new ArrayList<>();
        for (Placed<CriteriaRecord> p : criteria) {
            Crosswalk.Part main = p.placement().main();
            if (!inScope.contains(UnitNames.key(main.unit()))) continue;
            CriteriaRecord r = p.record();
            communes.add(new CommuneYear(
                    r.commune(), UnitNames.withoutKind(main.unit()), r.year(), r.met(), r.of(), r.set()));
            files.add(r.file());
            applied.addAll(main.via());
        }
        communes.sort(Comparator.comparingInt(CommuneYear::year));

        Set<String> withPoverty = new LinkedHashSet<>();
        unitYears.forEach(u -> withPoverty.add(u.unit()));
        List<YearFigures> years = new ArrayList<>();
        Map<String, String> rulebookNames = new LinkedHashMap<>();
        YearFigures lastPoverty = null;
        YearFigures lastCriteria = null;
        for (int year = from; year <= to; year++) {
            int y = year;
            List<UnitYear> ofYear =
                    unitYears.stream().filter(u -> u.year() == y).toList();
            List<CommuneYear> criteriaOfYear =
                    communes.stream().filter(c -> c.year() == y).toList();
            Double households = ofYear.isEmpty()
                    ? null
                    : ofYear.stream().mapToDouble(UnitYear::households).sum();
            Double poor = ofYear.isEmpty()
                    ? null
                    : ofYear.stream().mapToDouble(UnitYear::poor).sum();
            Double nearPoor = ofYear.isEmpty()
                    ? null
                    : ofYear.stream().mapToDouble(UnitYear::nearPoor).sum();
            Double poorRate = rate(poor, households);
            Double nearPoorRate = rate(nearPoor, households);
            boolean partial = !ofYear.isEmpty()
                    && (ofYear.stream().anyMatch(u -> !u.missing().isEmpty()) || ofYear.size() < withPoverty.size());
            if (partial) {
                Set<String> absent = new LinkedHashSet<>(withPoverty);
                ofYear.forEach(u -> absent.remove(u.unit()));
                List<String> missing = new ArrayList<>(absent);
                ofYear.forEach(u -> missing.addAll(u.missing()));
                notes.add(Message.of("review.povertyIncomplete", String.valueOf(year), missing.toString())
                        .vi());
            }
            Integer communesCount = criteriaOfYear.isEmpty() ? null : criteriaOfYear.size();
            Integer met = criteriaOfYear.isEmpty()
                    ? null
                    : criteriaOfYear.stream().mapToInt(CommuneYear::met).sum();
            Double average = met == null ? null : (double) met / communesCount;
            YearFigures f = new YearFigures(
                    year,
                    households,
                    poor,
                    nearPoor,
                    poorRate,
                    nearPoorRate,
                    lastPoverty == null || households == null ? null : lastPoverty.year(),
                    difference(poorRate, lastPoverty == null ? null : lastPoverty.poorRate()),
                    difference(nearPoorRate, lastPoverty == null ? null : lastPoverty.nearPoorRate()),
                    difference(poor, lastPoverty == null ? null : lastPoverty.poor()),
                    partial,
                    communesCount,
                    met,
                    average,
                    lastCriteria == null || met == null ? null : lastCriteria.year(),
                    difference(average, lastCriteria == null ? null : lastCriteria.averageMet()),
                    shownSet(
                            rulebooks.forPeriod(Period.year(year)).found(), criteriaOfYear, storedNames, rulebookNames),
                    rulebooks
                            .povertyStandardFor(Period.year(year))
                            .found()
                            .map(s -> named(s.stamp(), s.id(), rulebookNames))
                            .orElse(null));
            years.add(f);
            if (f.hasPoverty()) lastPoverty = f;
            if (f.hasCriteria()) lastCriteria = f;
        }
        List<PlanGap> gaps = new ArrayList<>();
        gaps.addAll(PlanGaps.poverty(poverty, unitYears, inScope, from, to));
        gaps.addAll(PlanGaps.criteria(plans, criteria, inScope, from, to, files));
        return new Review(
                label,
                from,
                to,
                unitsOn,
                scope.stream().map(t -> t.name).toList(),
                years,
                unitYears,
                communes,
                gaps,
                PlanGaps.perCommune(plans, criteria, inScope, from, to),
                SeriesBreaks.between(years, applied),
                List.copyOf(applied),
                notes.stream().distinct().toList(),
                List.copyOf(files),
                Map.copyOf(rulebookNames));
    }

    /**
     * The rulebook of a year as the review shows it: its id, or its stamp with the version
     * ("NTM-2026-2030 v1+vi-du") when the year's figures were evaluated under a province's overrides.
     */
    private static String shownSet(
            Optional<Rulebook> found,
            List<CommuneYear> criteriaOfYear,
            Map<String, String> storedNames,
            Map<String, String> names) {
        if (found.isEmpty()) return null;
        RulebookStamp stamp = found.get().stamp();
        String prefix = stamp.id() + " v";
        Optional<String> amended = criteriaOfYear.stream()
                .map(CommuneYear::set)
                .filter(s -> s != null && s.startsWith(prefix))
                .findFirst();
        // A province's version was stamped by the run that stored it; its official name came with it.
        amended.ifPresent(label -> names.put(label, storedNames.getOrDefault(label, stamp.officialName())));
        return amended.orElseGet(() -> named(stamp, stamp.id(), names));
    }

    /** Records the official name of what a year shows as {@code shown}, and returns {@code shown}. */
    private static String named(RulebookStamp stamp, String shown, Map<String, String> names) {
        names.put(shown, stamp.officialName());
        return shown;
    }

    /** Poverty of today's unit {@code t} in {@code year}: the sum of what its parts reported then. */
    private UnitYear restated(
            TodayUnit t,
            int year,
            List<Placed<PovertyRecord>> poverty,
            LocalDate unitsOn,
            Set<String> files,
            Set<BoundaryChange> applied) {
        String key = UnitNames.key(t.name);
        double households = 0;
        double poor = 0;
        double nearPoor = 0;
        List<String> from = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        for (Placed<PovertyRecord> p : poverty) {
            if (p.year() != year) continue;
            for (Crosswalk.Part part : p.placement().parts()) {
                if (!UnitNames.key(part.unit()).equals(key)) continue;
                PovertyRecord r = p.record();
                households += part.share() * r.figures().households();
                poor += part.share() * r.figures().poor();
                nearPoor += part.share() * r.figures().nearPoor();
                from.add(
                        part.share() < 1
                                ? r.commune() + " (" + Math.round(part.share() * 1000) / 10.0 + " %)"
                                : r.commune());
                reported.add(UnitNames.key(r.commune()));
                files.add(r.file());
                applied.addAll(part.via());
            }
        }
        if (from.isEmpty()) return null;
        List<String> missing = new ArrayList<>();
        for (BoundaryChange c : crosswalk.predecessors(t.name, t.parent, unitsOn)) {
            boolean pending = c.effective().isAfter(Years.end(year));
            if (pending && !reported.contains(UnitNames.key(c.oldUnit())))
                missing.add(UnitNames.withoutKind(c.oldUnit()));
        }
        return new UnitYear(t.name, year, households, poor, nearPoor, from, missing);
    }

    /** Notes for records of the parent asked for that now lie in a unit counted elsewhere. */
    private static List<String> leftOut(
            List<Placed<PovertyRecord>> poverty,
            List<Placed<CriteriaRecord>> criteria,
            String parentKey,
            Set<String> inScope,
            String label) {
        Set<String> notes = new LinkedHashSet<>();
        List<Placed<?>> all = new ArrayList<>(poverty);
        all.addAll(criteria);
        for (Placed<?> p : all) {
            if (p.parent() == null || !UnitNames.key(p.parent()).equals(parentKey)) continue;
            Crosswalk.Part main = p.placement().main();
            if (inScope.contains(UnitNames.key(main.unit()))) continue;
            notes.add(Message.of("review.countedElsewhere", p.commune(), p.parent(), main.unit(), label)
                    .vi());
        }
        return List.copyOf(notes);
    }

    /** The records that could be placed; those left out (a division without shares) go to {@code leftOut}. */
    private static <T> List<Placed<T>> withoutLeftOut(List<Placed<T>> placed, List<Placed<?>> leftOut) {
        List<Placed<T>> kept = new ArrayList<>(placed.size());
        for (Placed<T> p : placed) {
            if (p.placement().leftOut()) leftOut.add(p);
            else kept.add(p);
        }
        return kept;
    }

    private <T> List<Placed<T>> place(
            List<T> records,
            Function<T, String> commune,
            Function<T, String> parent,
            Function<T, Integer> year,
            int from,
            int to,
            LocalDate unitsOn) {
        List<Placed<T>> placed = new ArrayList<>();
        for (T r : records) {
            int y = year.apply(r);
            if (y < from || y > to) continue;
            Crosswalk.Placement placement = crosswalk.place(commune.apply(r), parent.apply(r), Years.end(y), unitsOn);
            placed.add(new Placed<>(r, commune.apply(r), parent.apply(r), y, placement));
        }
        return placed;
    }

    private void register(Map<String, TodayUnit> today, Placed<?> p, Crosswalk.Part part, LocalDate unitsOn) {
        String name = UnitNames.withoutKind(part.unit());
        TodayUnit t = today.computeIfAbsent(UnitNames.key(name), k -> new TodayUnit(name));
        boolean changed = !part.via().isEmpty();
        if (part.parent() != null && !part.parent().isBlank() && (t.parent == null || changed && !t.parentFromChange)) {
            // The parent a change led it into is today's; one a record was filed under may be a former one.
            t.parent = part.parent();
            t.parentFromChange = changed;
        }
        if (p.parent() != null && part.via().stream().noneMatch(c -> !c.movesParent())) {
            // Not merged (at most its parent moved): the parent it was reported under is still above it, as a former
            // one.
            t.ancestors.putIfAbsent(UnitNames.key(p.parent()), UnitNames.withoutKind(p.parent()));
        }
        for (BoundaryChange c : part.via()) {
            if (!c.movesParent()) continue;
            // A parent that moved ("huyện Ngân Sơn → tỉnh Thái Nguyên"): its old and new units are above the commune.
            t.ancestors.putIfAbsent(UnitNames.key(c.oldUnit()), c.oldUnit());
            t.ancestors.putIfAbsent(UnitNames.key(c.newUnit()), c.newUnit());
            if (!c.newParent().isBlank()) t.ancestors.putIfAbsent(UnitNames.key(c.newParent()), c.newParent());
        }
        // Whether its figures came through a change or not, a unit the crosswalk created has the
        // new parent and the former one (a virtual district) above it.
        List<BoundaryChange> into = crosswalk.predecessors(part.unit(), t.parent, unitsOn);
        into.stream()
                .map(BoundaryChange::newParent)
                .filter(n -> !n.isBlank())
                .forEach(n -> t.ancestors.putIfAbsent(UnitNames.key(n), n));
        if (!into.isEmpty()) {
            crosswalk
                    .formerParent(part.unit(), t.parent, unitsOn)
                    .ifPresent(f -> t.ancestors.putIfAbsent(UnitNames.key(f), f));
        }
    }

    /** "huyện Quảng Hòa (cũ)" for a parent that no longer exists on the review's last day; else as written. */
    private String labelOfParent(String parent, LocalDate unitsOn, Map<String, String> levels) {
        String key = UnitNames.key(parent);
        boolean former = crosswalk.isFormerParent(parent, unitsOn);
        String named = UnitNames.kindRank(parent) > 0
                ? parent
                : levels.containsKey(key) ? levels.get(key) + " " + parent : "đơn vị " + parent;
        return former ? named + " (cũ)" : named;
    }

    private static Double rate(Double part, Double households) {
        return part == null || households == null || households == 0 ? null : part / households * 100;
    }

    private static Double difference(Double now, Double before) {
        return now == null || before == null ? null : now - before;
    }
}
