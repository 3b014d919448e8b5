package vn.ruralstat.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.ruralstat.sheet.UnitNames;

/**
 * The history of boundary changes: which unit of one date lies in which units of a later date.
 * Changes are applied in date order and chain (a commune merged in 2020 and again in 2025 ends in
 * the 2025 unit), shares multiply along the chain.
 */
public final class Crosswalk {

    private final List<BoundaryChange> changes;

    public Crosswalk(List<BoundaryChange> changes) {
        this.changes = changes.stream()
                .sorted(Comparator.comparing(BoundaryChange::effective))
                .toList();
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
        place(unit, parent, asOf, target, 1.0, List.of(), parts, problems);
        return new Placement(List.copyOf(parts.values()), problems);
    }

    /** The parts of a unit on the target date, and what kept it from being placed, if anything. */
    public record Placement(List<Part> parts, List<String> problems) {

        /** The part holding the largest share: where a count that cannot be split (criteria met) is shown. */
        public Part main() {
            return parts.stream().max(Comparator.comparingDouble(Part::share)).orElseThrow();
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
            List<String> problems) {
        List<BoundaryChange> next = changes.stream()
                .filter(c -> c.effective().isAfter(asOf) && !c.effective().isAfter(target) && c.moves(unit, parent))
                .toList();
        if (next.isEmpty() && parent != null) {
            // Same name under another parent: most likely the same commune filed under another
            // district, or a namesake. Either way not restated, but said, so an officer can check.
            changes.stream()
                    .filter(c -> c.effective().isAfter(asOf) && !c.effective().isAfter(target) && c.moves(unit, null))
                    .findFirst()
                    .ifPresent(
                            c -> problems.add(unit + " (" + parent + "): bảng chuyển đổi có " + c.oldUnit() + " thuộc "
                                    + c.oldParent() + " (" + c.where()
                                    + "), khác đơn vị cấp trên nên chưa quy đổi / the crosswalk has "
                                    + c.oldUnit() + " under " + c.oldParent() + " (" + c.where()
                                    + "), another parent, so it is not restated"));
        }
        // Its parent moved first (a district abolished, its communes now under the province):
        // the unit follows, under the parent's new unit, to the largest part if the parent was split.
        LocalDate ownFirst = next.isEmpty() ? null : next.get(0).effective();
        Optional<BoundaryChange> parentMove = changes.stream()
                .filter(c -> c.effective().isAfter(asOf) && !c.effective().isAfter(target) && c.movesParent(parent))
                .filter(c -> ownFirst == null || c.effective().isBefore(ownFirst))
                .min(Comparator.comparing(BoundaryChange::effective).thenComparing(c -> -c.share()));
        if (parentMove.isPresent()) {
            BoundaryChange c = parentMove.get();
            List<BoundaryChange> path = new ArrayList<>(via);
            path.add(c);
            place(unit, c.newUnit(), c.effective(), target, share, List.copyOf(path), parts, problems);
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
        Map<String, List<BoundaryChange>> byOldParent = sameDay.stream()
                .collect(Collectors.groupingBy(
                        c -> UnitNames.key(c.oldParent()), LinkedHashMap::new, Collectors.toList()));
        if (byOldParent.size() > 1) {
            List<String> parents =
                    byOldParent.values().stream().map(l -> l.get(0).oldParent()).toList();
            problems.add(unit + ": không rõ thuộc " + parents + ", chưa quy đổi / ambiguous between " + parents
                    + ", not restated");
            PartKey key = new PartKey(UnitNames.key(unit), parent == null ? "" : UnitNames.key(parent));
            parts.merge(
                    key,
                    new Part(unit, parent, share, via),
                    (a, b) -> new Part(a.unit(), a.parent(), a.share() + b.share(), a.via()));
            return;
        }
        for (BoundaryChange c : sameDay) {
            List<BoundaryChange> path = new ArrayList<>(via);
            path.add(c);
            place(c.newUnit(), c.newParent(), first, target, share * c.share(), List.copyOf(path), parts, problems);
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

    /** The changes of the last date up to {@code until} that created {@code unit}: its predecessors. */
    public List<BoundaryChange> predecessors(String unit, String parent, LocalDate until) {
        List<BoundaryChange> into = changes.stream()
                .filter(c -> !c.effective().isAfter(until) && c.creates(unit, parent))
                .toList();
        if (into.isEmpty()) return List.of();
        LocalDate last = into.get(into.size() - 1).effective();
        return into.stream().filter(c -> c.effective().equals(last)).toList();
    }

    /** A part of a placement by the matching keys of its unit and parent: shares of one unit add up. */
    private record PartKey(String unit, String parent) {}
}
