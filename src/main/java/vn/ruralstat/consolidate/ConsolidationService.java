package vn.ruralstat.consolidate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.ruralstat.criteria.CriteriaChecks;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.period.Period;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.PlausibilityLimits;
import vn.ruralstat.poverty.PovertyChecks;
import vn.ruralstat.poverty.PovertyFigures;
import vn.ruralstat.poverty.PovertyRollup;
import vn.ruralstat.poverty.PovertyRows;
import vn.ruralstat.rulebook.PovertyStandard;
import vn.ruralstat.rulebook.Rulebooks;
import vn.ruralstat.store.FindingStore;
import vn.ruralstat.store.JobRuns;
import vn.ruralstat.store.RunDataStore;

/**
 * The check, consolidate and report-model work of a run, on what the ingest step stored:
 * deduplicate submissions, check every reported figure, roll poverty up to parent units, and
 * assemble the {@link Consolidation} the report is written from.
 */
@Service
public class ConsolidationService {

    /** Name of the roll-up over every commune of the run. */
    public static final String WHOLE_RUN = "Toàn bộ dữ liệu nhận được";
    /** The level of a parent unit whose title did not say which ("huyện", "tỉnh"). */
    public static final String PARENT = "đơn vị cấp trên";

    private final RunModels models;
    private final SubmissionDeduplicator deduplicator;
    private final FindingStore findings;
    private final RunDataStore store;
    private final Rulebooks rulebooks;
    private final PovertyRows povertyRows;
    private final JobRuns jobRuns;
    private final PlausibilityLimits limits;

    /**
     * @param yearOverYearFactor  {@code ruralstat.checks.year-over-year-factor}: a count that changed
     *                            by more than this factor since its previous period is doubted
     * @param villageHouseholds   {@code ruralstat.checks.village-households-max}
     * @param communeHouseholds   {@code ruralstat.checks.commune-households-max}
     */
    ConsolidationService(
            RunModels models,
            SubmissionDeduplicator deduplicator,
            FindingStore findings,
            RunDataStore store,
            Rulebooks rulebooks,
            PovertyRows povertyRows,
            JobRuns jobRuns,
            @Value("${ruralstat.checks.year-over-year-factor:3}") double yearOverYearFactor,
            @Value("${ruralstat.checks.village-households-max:5000}") long villageHouseholds,
            @Value("${ruralstat.checks.commune-households-max:60000}") long communeHouseholds) {
        this.models = models;
        this.deduplicator = deduplicator;
        this.findings = findings;
        this.store = store;
        this.rulebooks = rulebooks;
        this.povertyRows = povertyRows;
        this.jobRuns = jobRuns;
        this.limits = new PlausibilityLimits(
                yearOverYearFactor, PlausibilityLimits.DEFAULT.minimumJump(), villageHouseholds, communeHouseholds);
    }

    /**
     * Resolves duplicate submissions and checks every table; stores and returns the findings. Builds
     * the run's model, which the later steps take as it is.
     */
    public List<Finding> check(long runId) {
        List<Finding> found = new ArrayList<>(deduplicator.deduplicate(runId));
        RunModel model = models.rebuild(runId);
        found.addAll(model.merging());
        PreviousPeriods previous = model.povertyTables().isEmpty()
                ? null
                : new PreviousPeriods(
                        povertyRows.ofRuns(PreviousPeriods.runsToRead(runId, jobRuns.coverageOfCompletedRuns())));
        for (RunModel.PovertyTable p : model.povertyTables()) {
            PovertyChecks.Context context =
                    new PovertyChecks.Context(previous.of(p.table(), p.rows()), limits, p.rowsAreCommunes());
            found.addAll(PovertyChecks.check(p.villages(), p.table().source(), p.table()::cell, p.reported(), context));
        }
        for (RunModel.CriteriaTable c : model.criteriaTables()) {
            found.addAll(CriteriaChecks.check(c.data(), c.table()::cell, c.reported()));
        }
        found.addAll(nearCommuneNames(model.communes()));
        findings.save(runId, FindingStore.CHECK, found);
        return found;
    }

    /**
     * Communes of the run whose names are close but not the same ("Phúc Sen" from one file, "Phúc
     * Sơn" from another): kept apart, and reported so an officer can tell whether they are one.
     */
    static List<Finding> nearCommuneNames(List<CommunePoverty> communes) {
        List<Finding> found = new ArrayList<>();
        vn.ruralstat.sheet.NearNames seen = new vn.ruralstat.sheet.NearNames();
        for (CommunePoverty c : communes) {
            seen.closest(c.commune())
                    .ifPresent(other -> found.add(Finding.of(
                            vn.ruralstat.finding.FindingCode.UNIT_NEAR_MATCH,
                            "otherFile",
                            c.source(),
                            c.commune(),
                            other)));
            seen.add(c.commune());
        }
        return found;
    }

    /** Everything the report shows: the run's model, with the findings and files as they are stored now. */
    public Consolidation build(long runId) {
        RunModel model = models.of(runId);
        List<Finding> stored = findings.load(runId);
        // Corrected counts are used; rows resting on a disputed cell are marked, and so is all summed from them.
        List<CommunePoverty> poverty = new DisputedCells(model.povertyTables(), stored).apply(model.communes());
        List<DistrictCriteria> criteria = model.districts();
        List<PovertyRollup> rollups = rollups(poverty, model.parentLevels()).stream()
                .map(r -> r.withStandard(rulebooks
                        .povertyStandardFor(Period.parse(r.period()))
                        .found()
                        .map(PovertyStandard::stamp)
                        .orElse(null)))
                .toList();
        return new Consolidation(
                runId,
                scope(poverty, criteria),
                poverty,
                rollups,
                criteria,
                stored,
                store.sources(runId),
                model.evaluations());
    }

    /**
     * Poverty per parent unit named by the sources, and over the whole run, each per period: the
     * same territory in two years must never be added up. Counts are summed, so every rate is
     * household-weighted.
     */
    static List<PovertyRollup> rollups(List<CommunePoverty> communes) {
        return rollups(communes, Map.of());
    }

    /**
     * As {@link #rollups(List)}, each parent at its level ("huyện", "tỉnh") when {@code levels} knows it.
     * A district of before 1/7/2025 is its name and its province: namesakes of two provinces are two.
     */
    public static List<PovertyRollup> rollups(List<CommunePoverty> communes, Map<String, String> levels) {
        Map<ParentPeriod, List<CommunePoverty>> byParent = communes.stream()
                .filter(c -> c.parent() != null)
                .collect(Collectors.groupingBy(
                        c -> new ParentPeriod(
                                c.parent(),
                                DistrictProvinces.Key.of("", c.parentProvince()).province(),
                                c.period()),
                        LinkedHashMap::new,
                        Collectors.toList()));
        List<PovertyRollup> rollups = new ArrayList<>();
        byParent.values()
                .forEach(group -> rollups.add(rollup(
                        group.get(0).parent(),
                        levels.getOrDefault(
                                vn.ruralstat.sheet.UnitNames.key(group.get(0).parent()), PARENT),
                        group.get(0).period(),
                        group,
                        group.get(0).parentProvince())));
        Map<String, List<CommunePoverty>> byPeriod = communes.stream()
                .collect(Collectors.groupingBy(
                        c -> Objects.toString(c.period(), ""), java.util.TreeMap::new, Collectors.toList()));
        byPeriod.forEach((period, group) ->
                rollups.add(rollup(WHOLE_RUN, "toàn bộ", period.isEmpty() ? null : period, group, null)));
        return rollups;
    }

    /** A parent as written, with its province's key when known (namesake districts), in one period. */
    private record ParentPeriod(String parent, String province, String period) {}

    private static PovertyRollup rollup(
            String unit, String level, String period, List<CommunePoverty> group, String province) {
        PovertyFigures sum =
                group.stream().map(CommunePoverty::totals).reduce(PovertyFigures.ZERO, PovertyFigures::plus);
        return DisputedCells.marked(
                new PovertyRollup(
                        unit,
                        level,
                        period,
                        sum,
                        group.stream().map(CommunePoverty::commune).toList(),
                        null,
                        province),
                group);
    }

    private static String scope(List<CommunePoverty> poverty, List<DistrictCriteria> criteria) {
        TreeSet<String> tops = new TreeSet<>();
        poverty.forEach(p -> tops.add(p.parent() != null ? p.parent() : "xã " + p.commune()));
        criteria.forEach(c -> tops.add(c.unit()));
        // Namesake districts of two provinces are two tops.
        TreeSet<String> provinces = new TreeSet<>();
        poverty.stream()
                .map(CommunePoverty::parentProvince)
                .filter(Objects::nonNull)
                .forEach(provinces::add);
        criteria.stream()
                .map(DistrictCriteria::province)
                .filter(Objects::nonNull)
                .forEach(provinces::add);
        return tops.size() == 1 && provinces.size() <= 1 ? tops.first() : WHOLE_RUN;
    }
}
