package vn.ruralstat.report;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.criteria.CommuneCriteria;
import vn.ruralstat.criteria.CommuneTarget;
import vn.ruralstat.criteria.CommuneTargetJoin;
import vn.ruralstat.criteria.CriteriaCounts;
import vn.ruralstat.criteria.CriterionStatus;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.PovertyByCommune;
import vn.ruralstat.poverty.PovertyFigures;
import vn.ruralstat.poverty.PovertyRollup;
import vn.ruralstat.poverty.VillagePoverty;
import vn.ruralstat.report.SummaryDocument.CriteriaRow;
import vn.ruralstat.report.SummaryDocument.CriteriaSummary;
import vn.ruralstat.report.SummaryDocument.CriterionCount;
import vn.ruralstat.report.SummaryDocument.FindingEntry;
import vn.ruralstat.report.SummaryDocument.Location;
import vn.ruralstat.report.SummaryDocument.PlannedReduction;
import vn.ruralstat.report.SummaryDocument.Poverty;
import vn.ruralstat.report.SummaryDocument.Status;
import vn.ruralstat.report.SummaryDocument.Target;
import vn.ruralstat.report.SummaryDocument.Unit;
import vn.ruralstat.rulebook.Rulebook;
import vn.ruralstat.sheet.UnitNames;

/**
 * Builds the JSON summary from a consolidation: a flat list of units (roll-ups, communes,
 * villages, criteria parents and communes; a commune read as one row of its parent unit's table
 * carries its row's figures and no villages), where a unit seen by both a poverty table and a
 * criteria matrix for the same period is one entry carrying both.
 */
final class SummaryDocumentAssembler {

    static final String VILLAGE = "thôn";
    static final String COMMUNE = "xã";

    SummaryDocument assemble(Consolidation consolidation, List<String> files, OffsetDateTime generatedAt) {
        ParentUnitLabels parents = new ParentUnitLabels(consolidation.rollups(), consolidation.criteria());
        Units units = new Units(parents);
        // A parent unit's code, as the register gave it to its communes (a province's; districts have none).
        Map<String, String> parentCodes = new HashMap<>();
        consolidation.poverty().stream()
                .filter(c -> c.parent() != null && c.parentCode() != null)
                .forEach(c -> parentCodes.putIfAbsent(UnitNames.key(c.parent()), c.parentCode()));
        for (PovertyRollup rollup : consolidation.rollups()) {
            // A district of before 1/7/2025 sits under its province when known: namesakes stay two units.
            Draft draft = units.findParent(rollup.unit(), rollup.level(), rollup.province(), rollup.period());
            draft.poverty =
                    poverty(rollup.figures(), null, null, null, null, rollup.communes(), null, rollup.disputed());
            if (draft.code == null) draft.code = parentCodes.get(UnitNames.key(rollup.unit()));
        }
        for (CommunePoverty commune : consolidation.poverty()) {
            if (commune.readAsRow()) {
                // One row of its parent unit's table: its own figures as typed, and no villages.
                VillagePoverty row = commune.ownRow();
                units.find(commune, commune.parent()).poverty = poverty(
                        commune.totals(),
                        row.reportedPoorRate(),
                        row.reportedNearPoorRate(),
                        planned(row.planned()),
                        null,
                        null,
                        row.source(),
                        commune.disputed());
                continue;
            }
            units.find(commune, commune.parent()).poverty = poverty(
                    commune.totals(),
                    null,
                    null,
                    planned(null, commune.plannedPoorReduction(), null, commune.plannedNearPoorReduction()),
                    commune.villages().size(),
                    null,
                    commune.source(),
                    commune.disputed());
            for (VillagePoverty village : commune.villages()) {
                Draft v = units.find(village.name(), VILLAGE, commune.commune(), commune.period());
                v.parentCode = commune.code();
                v.poverty = poverty(
                        village.figures(),
                        village.reportedPoorRate(),
                        village.reportedNearPoorRate(),
                        planned(village.planned()),
                        null,
                        null,
                        village.source(),
                        village.disputed());
            }
        }
        PovertyByCommune povertyByCommune = PovertyByCommune.of(consolidation.poverty());
        for (DistrictCriteria district : consolidation.criteria()) {
            CommuneTargetJoin targets = CommuneTargetJoin.of(district);
            String level = parents.level(district.unit());
            units.findParent(district.unit(), level, district.province(), district.period()).criteriaSummary =
                    criteriaSummary(district);
            for (CommuneCriteria commune : district.communes()) {
                // A matched commune is its code: namesakes of two provinces are two entries.
                units.find(commune.commune(), COMMUNE, district.unit(), district.period(), commune.code()).criteria =
                        criteria(
                                district.rulebook(),
                                commune,
                                targets.targetOf(commune),
                                povertyRateFromVillages(povertyByCommune, commune, district.period()));
            }
        }
        return new SummaryDocument(
                SummaryDocument.SCHEMA_VERSION,
                consolidation.runId(),
                consolidation.scope(),
                generatedAt.truncatedTo(ChronoUnit.SECONDS).toString(),
                units.build(),
                RulebookStamps.uses(consolidation),
                consolidation.evaluations().stream()
                        .map(SummaryDocumentAssembler::evaluation)
                        .toList(),
                consolidation.findings().stream()
                        .map(SummaryDocumentAssembler::finding)
                        .toList(),
                List.copyOf(consolidation.sources()),
                List.copyOf(files));
    }

    private static Poverty poverty(
            PovertyFigures f,
            Double reportedPoor,
            Double reportedNear,
            PlannedReduction planned,
            Integer villages,
            List<String> communes,
            SourceRef source,
            boolean disputed) {
        return new Poverty(
                f.households(),
                f.poor(),
                f.nearPoor(),
                f.poorRate(),
                f.nearPoorRate(),
                f.poorAndNearPoorRate(),
                reportedPoor,
                reportedNear,
                planned,
                villages,
                communes == null ? null : List.copyOf(communes),
                location(source),
                disputed ? Boolean.TRUE : null);
    }

    private static PlannedReduction planned(VillagePoverty.PlannedReduction p) {
        return p == null ? null : planned(p.poorRate(), p.poorHouseholds(), p.nearPoorRate(), p.nearPoorHouseholds());
    }

    private static PlannedReduction planned(Double poorRate, Long poor, Double nearRate, Long near) {
        boolean none = poorRate == null && poor == null && nearRate == null && near == null;
        return none ? null : new PlannedReduction(poorRate, poor, nearRate, near);
    }

    /**
     * Criterion 11 (multidimensional poverty) of the 2021-2025 set, computed from the commune's
     * village poverty table when the run has one within the matrix's period: poor / households × 100.
     */
    private static Double povertyRateFromVillages(PovertyByCommune poverty, CommuneCriteria commune, String period) {
        String last = period == null ? "" : period.substring(Math.max(0, period.length() - 4));
        String first = period == null ? "" : period.substring(0, Math.min(4, period.length()));
        // By code when both are known: a namesake's villages elsewhere are another commune's.
        return poverty.of(commune.commune(), commune.code()).stream()
                .filter(p -> p.period() != null
                        && p.period().compareTo(first) >= 0
                        && p.period().compareTo(last) <= 0)
                .max(java.util.Comparator.comparing(vn.ruralstat.poverty.CommunePoverty::period))
                .map(p -> p.totals().poorRate())
                .orElse(null);
    }

    private static CriteriaRow criteria(
            Rulebook set, CommuneCriteria commune, CommuneTarget target, Double povertyRate) {
        List<Status> statuses = new ArrayList<>();
        for (int i = 0; i < commune.statuses().size(); i++) {
            CriterionStatus s = commune.statuses().get(i);
            String name = i < set.criteria().size() ? set.criteria().get(i).shownName() : null;
            statuses.add(new Status(i + 1, name, s.kind().name(), s.year(), s.display()));
        }
        Target registered = target == null
                ? null
                : new Target(
                        target.ntmYear(), target.ntmText(), target.advancedYear(), target.modelYear(), target.note());
        return new CriteriaRow(
                set.id(),
                set.version(),
                commune.metCount(),
                commune.reportedMet(),
                statuses,
                byYear(commune.plannedByYear()),
                commune.lastPlannedYear().isPresent()
                        ? commune.lastPlannedYear().getAsInt()
                        : null,
                registered,
                povertyRate,
                location(commune.source()),
                commune.group(),
                commune.code());
    }

    private static CriteriaSummary criteriaSummary(DistrictCriteria district) {
        int[] met = district.metPerCriterion();
        List<CriterionCount> perCriterion = new ArrayList<>();
        for (int i = 0; i < met.length; i++) {
            perCriterion.add(
                    new CriterionCount(i + 1, district.criteria().get(i).shownName(), met[i]));
        }
        CriteriaCounts all = district.counts();
        List<SummaryDocument.GroupSummary> byGroup = new ArrayList<>();
        if (CriteriaGroupSheet.gradedByGroup(district.rulebook())) {
            district.countsByGroup()
                    .forEach((group, counts) -> byGroup.add(new SummaryDocument.GroupSummary(
                            group,
                            CriteriaGroupSheet.groupLabel(group),
                            counts.communes(),
                            counts.totalMet(),
                            counts.averageMetPerCommune(),
                            counts.meetingAll(),
                            counts.meetingHalfOrMore(),
                            counts.belowHalf(),
                            counts.metPerCriterion())));
        }
        return new CriteriaSummary(
                district.rulebook().id(),
                district.rulebook().version(),
                district.rulebook().header().titleWithSource(),
                district.communes().size(),
                district.totalMet(),
                district.averageMetPerCommune(),
                perCriterion,
                byYear(district.plannedByYear()),
                location(district.source()),
                all.criteria(),
                all.meetingAll(),
                all.meetingHalfOrMore(),
                all.belowHalf(),
                byGroup);
    }

    private static SummaryDocument.Evaluation evaluation(vn.ruralstat.indicators.CommuneEvaluation e) {
        List<SummaryDocument.IndicatorResult> results = e.standing().criteria().stream()
                .flatMap(c -> c.indicators().stream())
                .map(v -> {
                    var entry = e.values().get(v.indicator());
                    String value =
                            entry == null ? null : (entry.value().isBlank() ? entry.assessment() : entry.value());
                    return new SummaryDocument.IndicatorResult(
                            v.indicator(),
                            value,
                            v.status().name(),
                            v.cause() == null ? null : v.cause().name(),
                            v.reasonVi(),
                            v.gap() == null ? null : v.gap().phraseVi(),
                            v.gap() == null ? null : v.gap().distance().doubleValue());
                })
                .toList();
        return new SummaryDocument.Evaluation(
                e.commune(),
                e.parent(),
                e.period(),
                e.rulebookId(),
                e.rulebookVersion(),
                e.key(),
                e.standing().criteriaMet(),
                e.standing().criteriaCount(),
                e.standing().indicatorsMet(),
                e.standing().indicatorCount(),
                e.standing().standard().name(),
                e.computedRate(),
                results);
    }

    /** JSON object keys are strings: {"2024": 3}, in year order. */
    private static Map<String, Integer> byYear(Map<Integer, Integer> plannedByYear) {
        Map<String, Integer> byYear = new LinkedHashMap<>();
        plannedByYear.forEach((year, count) -> byYear.put(String.valueOf(year), count));
        return byYear;
    }

    private static FindingEntry finding(Finding f) {
        SourceRef source = f.source() == null ? new SourceRef(null, null, null) : f.source();
        return new FindingEntry(
                f.code() == null ? null : f.code().name(),
                f.severity() == null ? null : f.severity().name(),
                f.messageVi(),
                f.messageEn(),
                source.file(),
                source.sheet(),
                source.cell(),
                f.reported(),
                f.expected());
    }

    private static Location location(SourceRef source) {
        return source == null ? null : new Location(source.file(), source.sheet(), source.cell());
    }

    /** Units in order of first appearance, found again by level, name key and period. */
    private static final class Units {
        private final List<Draft> drafts = new ArrayList<>();
        private final Map<DraftKey, Namesakes> byKey = new HashMap<>();
        private final ParentUnitLabels parents;

        Units(ParentUnitLabels parents) {
            this.parents = parents;
        }

        /** A unit by its matching key (level and name), in one period. */
        private record DraftKey(vn.ruralstat.unit.Unit.Key unit, String period) {}

        /**
         * The unit of that level, name and period; created when new. Two units whose sources name
         * different parents stay apart (a "Tân Lập" in each of two communes).
         */
        Draft find(String name, String level, String parent, String period) {
            return find(name, level, parent, period, null);
        }

        /**
         * A parent unit in its province (a district before 1/7/2025, when known). Of namesake districts
         * of several provinces, one whose province is not known is a unit of its own, never taken for one
         * of them.
         */
        Draft findParent(String name, String level, String province, String period) {
            return find(name, level, province, period, null, parents.hasNamesakes(name));
        }

        /** A commune of the poverty data, with its register codes: two codes are two communes, whatever their names. */
        Draft find(CommunePoverty commune, String parent) {
            // Under namesake districts, a commune the register did not place is never taken for a placed one.
            boolean strict = parent != null && parents.hasNamesakes(parent);
            Draft draft = find(commune.commune(), COMMUNE, parent, commune.period(), commune.code(), strict);
            if (draft.parentCode == null) draft.parentCode = commune.parentCode();
            return draft;
        }

        private Draft find(String name, String level, String parent, String period, String code) {
            return find(name, level, parent, period, code, false);
        }

        /** As above; {@code strict}: only a draft of the same parent and code (both may be unknown). */
        private Draft find(String name, String level, String parent, String period, String code, boolean strict) {
            DraftKey key = new DraftKey(vn.ruralstat.unit.Unit.of(level, name).key(), UnitNames.clean(period));
            Namesakes namesakes = byKey.computeIfAbsent(key, k -> new Namesakes());
            String parentKey = parent == null ? null : UnitNames.key(parent);
            for (Draft draft : namesakes.mayMatch(parentKey, strict)) {
                if (strict && !Objects.equals(draft.code, code)) continue;
                if (code != null && draft.code != null && !code.equals(draft.code)) continue;
                if (draft.parent == null && parent != null) namesakes.placeUnder(draft, parent, parentKey);
                if (draft.code == null) draft.code = code;
                return draft;
            }
            Draft draft = new Draft(name, level, parent, parentKey, period, drafts.size());
            draft.code = code;
            namesakes.add(draft);
            drafts.add(draft);
            return draft;
        }

        List<Unit> build() {
            return drafts.stream()
                    .map(d -> new Unit(
                            d.name,
                            d.level,
                            d.parent,
                            d.period,
                            d.poverty,
                            d.criteria,
                            d.criteriaSummary,
                            d.code,
                            d.parentCode))
                    .toList();
        }
    }

    private static final class Draft {
        final String name;
        final String level;
        final String period;
        /** Its place among all drafts: of two drafts that may match, the earlier is taken. */
        final int position;

        String parent;
        /** The parent's name key, computed once; null while the parent is not known. */
        String parentKey;

        String code;
        String parentCode;
        Poverty poverty;
        CriteriaRow criteria;
        CriteriaSummary criteriaSummary;

        Draft(String name, String level, String parent, String parentKey, String period, int position) {
            this.name = name;
            this.level = level;
            this.parent = parent;
            this.parentKey = parentKey;
            this.period = period;
            this.position = position;
        }
    }

    /**
     * The drafts of one level, name and period ("Thôn 1" is in hundreds of communes), by parent: a
     * village finds its draft among those of its commune and those without parent, not among all.
     */
    private static final class Namesakes {
        private final List<Draft> all = new ArrayList<>();
        private final List<Draft> withoutParent = new ArrayList<>();
        private final Map<String, List<Draft>> byParentKey = new HashMap<>();

        void add(Draft draft) {
            all.add(draft);
            if (draft.parent == null) withoutParent.add(draft);
            else
                byParentKey
                        .computeIfAbsent(draft.parentKey, k -> new ArrayList<>(1))
                        .add(draft);
        }

        /**
         * The drafts that may be the unit under that parent, in the order they were made: any when the
         * parent is not known; else those of the same parent and those without one. Strictly, only those
         * of the same parent, known or not.
         */
        List<Draft> mayMatch(String parentKey, boolean strict) {
            if (parentKey == null) return strict ? withoutParent : all;
            List<Draft> same = byParentKey.getOrDefault(parentKey, List.of());
            return strict ? same : inOrder(same, withoutParent);
        }

        /** A draft without parent learns it: it moves to its parent's drafts, in its place among them. */
        void placeUnder(Draft draft, String parent, String parentKey) {
            draft.parent = parent;
            draft.parentKey = parentKey;
            withoutParent.remove(draft);
            List<Draft> same = byParentKey.computeIfAbsent(parentKey, k -> new ArrayList<>(1));
            int at = 0;
            while (at < same.size() && same.get(at).position < draft.position) at++;
            same.add(at, draft);
        }

        private static List<Draft> inOrder(List<Draft> a, List<Draft> b) {
            if (b.isEmpty()) return a;
            if (a.isEmpty()) return b;
            List<Draft> out = new ArrayList<>(a.size() + b.size());
            int i = 0;
            int j = 0;
            while (i < a.size() || j < b.size()) {
                boolean takeA = j >= b.size() || i < a.size() && a.get(i).position < b.get(j).position;
                out.add(takeA ? a.get(i++) : b.get(j++));
            }
            return out;
        }
    }
}
