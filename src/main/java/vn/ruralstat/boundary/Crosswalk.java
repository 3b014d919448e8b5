package vn.ruralstat.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ruralstat.message.Message;
import vn.ruralstat.sheet.UnitNames;

/**
 * The history of boundary changes: which unit of one date lies in which units of a later date.
 * Changes are applied in date order and chain (a commune merged in 2020 and again in 2025 ends in
 * the 2025 unit), shares multiply along the chain.
 */
public final class Crosswalk {

    private final List<BoundaryChange> changes;
    /** Lines moving a unit (not a parent), by the matching key of the old unit, in date order. */
    private final Map<String, List<BoundaryChange>> byOldUnit = new HashMap<>();
    /** Lines moving a parent ("huyện Ngân Sơn → tỉnh Thái Nguyên"), by the key of the old parent. */
    private final Map<String, List<BoundaryChange>> parentMoves = new HashMap<>();
    /** Every line, by the matching key of the new unit, in date order: predecessors. */
    private final Map<String, List<BoundaryChange>> byNewUnit = new HashMap<>();
    /** The first date a parent (district, province) is named as a unit's old parent: former parents. */
    private final Map<String, LocalDate> oldParents = new HashMap<>();
    /** Keys of the parents the lines lead into: units still in force after the changes. */
    private final Set<String> newParents = new HashSet<>();

    /**
     * The lines of one or several crosswalk files. Indexed once by the matching keys of their names,
     * so that placing a unit looks up its few namesakes instead of the ten thousand lines of the
     * national crosswalk.
     */
    public Crosswalk(List<BoundaryChange> changes) {
        this.changes = changes.stream()
                .sorted(Comparator.comparing(BoundaryChange::effective))
                .toList();
        for (BoundaryChange c : this.changes) {
            String oldKey = UnitNames.key(c.oldUnit());
            (c.movesParent() ? parentMoves : byOldUnit)
                    .computeIfAbsent(oldKey, k -> new ArrayList<>(1))
                    .add(c);
            byNewUnit
                    .computeIfAbsent(UnitNames.key(c.newUnit()), k -> new ArrayList<>(1))
                    .add(c);
            if (c.movesParent()) {
                oldParents.merge(oldKey, c.effective(), (a, b) -> a.isBefore(b) ? a : b);
                newParents.add(UnitNames.key(c.newUnit()));
            }
            for (String parent : List.of(c.oldParent(), c.oldProvince())) {
                if (!parent.isBlank())
                    oldParents.merge(UnitNames.key(parent), c.effective(), (a, b) -> a.isBefore(b) ? a : b);
            }
            if (!c.newParent().isBlank()) newParents.add(UnitNames.key(c.newParent()));
        }
    }

    public static Crosswalk empty() {
        return new Crosswalk(List.of());
    }

    public List<BoundaryChange> changes() {
        return changes;
    }

    /** One piece of a unit on the target date. */
    public record Part(String unit, String parent, double share, List<BoundaryChange> via) {

        /** True when no change moved the unit: it is still the unit it was. */
        public boolean unchanged() {
            return via.isEmpty();
        }
    }

    /**
     * Where the unit {@code unit} (under {@code parent}, when known) as it stood on {@code asOf} lies
     * on {@code target}: the units it went into with their shares (summing to 1), or itself when no
     * change of the period concerns it. When two changes of one date could be meant (same name under
     * different parents, and the parent is not known), the unit is left as it is and the problem said.
     */
    public Placement place(String unit, String parent, LocalDate asOf, LocalDate target) {
        List<String> problems = new ArrayList<>();
        Map<PartKey, Part> parts = new LinkedHashMap<>();
        List<BoundaryChange> unsplit = new ArrayList<>();
        place(unit, parent, asOf, target, 1.0, List.of(), parts, problems, unsplit);
        if (!unsplit.isEmpty()) {
            // One piece cannot be split: the whole record stays out, never counted in part.
            return new Placement(List.of(), problems, List.copyOf(unsplit));
        }
        return new Placement(List.copyOf(parts.values()), problems);
    }

    /** The parts of a unit on the target date, and what kept it from being placed, if anything. */
    public record Placement(List<Part> parts, List<String> problems, List<BoundaryChange> unsplit) {

        /** A placement with every piece of the unit placed. */
        public Placement(List<Part> parts, List<String> problems) {
            this(parts, problems, List.of());
        }

        /** The part holding the largest share: where a count that cannot be split (criteria met) is shown. */
        public Part main() {
            return parts.stream().max(Comparator.comparingDouble(Part::share)).orElseThrow();
        }

        /**
         * True when (a piece of) the unit was divided with no shares given: its figures cannot be
         * restated, and are left out of the restated totals rather than guessed.
         */
        public boolean leftOut() {
            return !unsplit.isEmpty();
        }
    }

    private void place(
            String unit,
            String parent,
            LocalDate asOf,
            LocalDate target,
            double share,
            List<BoundaryChange> via,
            Map<PartKey, Part> parts,
            List<String> problems,
            List<BoundaryChange> unsplit) {
        List<BoundaryChange> named = byOldUnit.getOrDefault(UnitNames.key(unit), List.of());
        List<BoundaryChange> next = named.stream()
                .filter(c -> c.effective().isAfter(asOf) && !c.effective().isAfter(target) && c.moves(unit, parent))
                .toList();
        if (next.isEmpty() && parent != null) {
            // Same name under another parent: most likely the same commune filed under another
            // district, or a namesake. Either way not restated, but said, so an officer can check.
            named.stream()
                    .filter(c -> c.effective().isAfter(asOf) && !c.effective().isAfter(target) && c.moves(unit, null))
                    .findFirst()
                    .ifPresent(c -> problems.add(Message.of(
                                    "crosswalk.underAnotherParent", unit, parent, c.oldUnit(), c.oldParent(), c.where())
                            .vi()));
        }
        // Its parent moved first (a district abolished, its communes now under the province):
        // the unit follows, under the parent's new unit, to the largest part if the parent was split.
        LocalDate ownFirst = next.isEmpty() ? null : next.get(0).effective();
        Optional<BoundaryChange> parentMove = (parent == null
                        ? List.<BoundaryChange>of()
                        : parentMoves.getOrDefault(UnitNames.key(parent), List.of()))
                .stream()
                        .filter(c ->
                                c.effective().isAfter(asOf) && !c.effective().isAfter(target) && c.movesParent(parent))
                        .filter(c -> ownFirst == null || c.effective().isBefore(ownFirst))
                        .min(Comparator.comparing(BoundaryChange::effective).thenComparing(c -> -c.share()));
        if (parentMove.isPresent()) {
            BoundaryChange c = parentMove.get();
            List<BoundaryChange> path = new ArrayList<>(via);
            path.add(c);
            place(unit, c.newUnit(), c.effective(), target, share, List.copyOf(path), parts, problems, unsplit);
            return;
        }
        if (next.isEmpty()) {
            PartKey key = new PartKey(UnitNames.key(unit), parent == null ? "" : UnitNames.key(parent));
            parts.merge(
                    key,
                    new Part(unit, parent, share, via),
                    (a, b) -> new Part(a.unit(), a.parent(), a.share() + b.share(), a.via()));
            return;
        }
        LocalDate first = next.get(0).effective();
        List<BoundaryChange> sameDay =
                next.stream().filter(c -> c.effective().equals(first)).toList();
        // One old unit is one parent and, in the national crosswalk, one code: "Thị trấn Yên Viên" and
        // "Xã Yên Viên" of one district are two units, told apart by the kind word when it is written.
        Map<String, List<BoundaryChange>> byOldParent = sameDay.stream()
                .collect(Collectors.groupingBy(
                        c -> UnitNames.key(c.oldParent()) + "|" + c.oldCode(),
                        LinkedHashMap::new,
                        Collectors.toList()));
        if (byOldParent.size() > 1 && !kind(unit).isEmpty()) {
            Map<String, List<BoundaryChange>> sameKind = new LinkedHashMap<>(byOldParent);
            sameKind.values().removeIf(l -> !kind(l.get(0).oldUnit()).equals(kind(unit)));
            if (sameKind.size() == 1) {
                byOldParent = sameKind;
                sameDay = sameKind.values().iterator().next();
            }
        }
        if (byOldParent.size() > 1) {
            List<String> parents = byOldParent.values().stream()
                    .map(l -> l.get(0))
                    .map(c -> c.oldCode().isBlank() ? c.oldParent() : c.oldUnit() + " (" + c.oldParent() + ")")
                    .toList();
            problems.add(Message.of("crosswalk.parentAmbiguous", unit, parents).vi());
            PartKey key = new PartKey(UnitNames.key(unit), parent == null ? "" : UnitNames.key(parent));
            parts.merge(
                    key,
                    new Part(unit, parent, share, via),
                    (a, b) -> new Part(a.unit(), a.parent(), a.share() + b.share(), a.via()));
            return;
        }
        if (sameDay.stream().anyMatch(BoundaryChange::withoutShare)) {
            BoundaryChange c = sameDay.get(0);
            List<String> into = sameDay.stream().map(BoundaryChange::newUnit).toList();
            List<String> where = sameDay.stream().map(BoundaryChange::where).toList();
            Message why = Message.of(
                    "crosswalk.dividedWithoutShares",
                    c.oldUnit(),
                    c.oldParent(),
                    String.join(", ", into),
                    String.format("%02d/%02d/%d", first.getDayOfMonth(), first.getMonthValue(), first.getYear()),
                    String.join(", ", where));
            problems.add(why.vi());
            unsplit.addAll(sameDay);
            return;
        }
        for (BoundaryChange c : sameDay) {
            List<BoundaryChange> path = new ArrayList<>(via);
            path.add(c);
            place(
                    c.newUnit(),
                    c.newParent(),
                    first,
                    target,
                    share * c.share(),
                    List.copyOf(path),
                    parts,
                    problems,
                    unsplit);
        }
    }

    /**
     * The parent the unit {@code unit} came from before its last change — for a commune made of
     * communes of several former districts, the district most of them came from (the first listed on
     * a tie). Empty when no change up to {@code until} created the unit.
     */
    public Optional<String> formerParent(String unit, String parent, LocalDate until) {
        List<BoundaryChange> into = predecessors(unit, parent, until);
        Map<String, List<BoundaryChange>> byOldParent = into.stream()
                .filter(c -> !c.oldParent().isBlank())
                .collect(Collectors.groupingBy(
                        c -> UnitNames.key(c.oldParent()), LinkedHashMap::new, Collectors.toList()));
        return byOldParent.values().stream()
                .max(Comparator.comparingInt(List::size))
                .map(l -> l.get(0).oldParent());
    }

    /**
     * The changes of the last date up to {@code until} that created {@code unit}: its predecessors.
     * Without a parent, a name that today's units of several parents bear has none: the national
     * crosswalk has many a "Xã Hạnh Phúc", and their predecessors must not be mixed.
     */
    public List<BoundaryChange> predecessors(String unit, String parent, LocalDate until) {
        List<BoundaryChange> into = byNewUnit.getOrDefault(UnitNames.key(unit), List.of()).stream()
                .filter(c -> !c.effective().isAfter(until) && c.creates(unit, parent))
                .toList();
        if (into.isEmpty() && parent != null && !parent.isBlank() && !newParents.contains(UnitNames.key(parent))) {
            // Filed under a parent that no line leads into (a former district): the name alone decides.
            return predecessors(unit, null, until);
        }
        if (into.isEmpty()) return List.of();
        if (parent == null || parent.isBlank()) {
            long parents = into.stream()
                    .map(c -> UnitNames.key(c.newParent()))
                    .filter(k -> !k.isEmpty())
                    .distinct()
                    .count();
            if (parents > 1) return List.of();
        }
        LocalDate last = into.get(into.size() - 1).effective();
        return into.stream().filter(c -> c.effective().equals(last)).toList();
    }

    /** The kind word a name starts with, folded ("thi tran", "xa"), or empty: "Yên Viên" has none. */
    static String kind(String name) {
        String shown = UnitNames.clean(name);
        return UnitNames.fold(
                shown.substring(0, shown.length() - UnitNames.withoutKind(shown).length()));
    }

    /**
     * True when {@code parent} (a district, a province) was a unit's old parent in a change up to
     * {@code on} and no change leads into it: it no longer exists ("huyện Quảng Hòa (cũ)").
     */
    public boolean isFormerParent(String parent, LocalDate on) {
        String key = UnitNames.key(parent);
        LocalDate first = oldParents.get(key);
        return first != null && !first.isAfter(on) && !newParents.contains(key);
    }

    /** A part of a placement by the matching keys of its unit and parent: shares of one unit add up. */
    private record PartKey(String unit, String parent) {}
}
