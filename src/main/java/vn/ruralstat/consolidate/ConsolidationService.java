package vn.ruralstat.consolidate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.ruralstat.criteria.CriteriaChecks;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.ingest.Dataset;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.PovertyChecks;
import vn.ruralstat.poverty.PovertyFigures;
import vn.ruralstat.poverty.PovertyRollup;
import vn.ruralstat.store.FindingStore;
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

    private final RunModelLoader loader;
    private final SubmissionDeduplicator deduplicator;
    private final FindingStore findings;
    private final RunDataStore store;
    private final JdbcTemplate jdbc;

    public ConsolidationService(RunModelLoader loader, SubmissionDeduplicator deduplicator, FindingStore findings,
                                RunDataStore store, JdbcTemplate jdbc) {
        this.loader = loader;
        this.deduplicator = deduplicator;
        this.findings = findings;
        this.store = store;
        this.jdbc = jdbc;
    }

    /** Resolves duplicate submissions and checks every table; stores and returns the findings. */
    public List<Finding> check(long runId) {
        List<Finding> found = new ArrayList<>(deduplicator.deduplicate(runId));
        RunModel model = loader.load(runId);
        found.addAll(model.merging());
        for (RunModel.PovertyTable p : model.povertyTables()) {
            found.addAll(PovertyChecks.check(p.villages(), p.table().source(), p.table()::cell, p.reported()));
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
        List<String> seen = new ArrayList<>();
        for (CommunePoverty c : communes) {
            vn.ruralstat.sheet.NearNames.closest(c.commune(), seen).ifPresent(other -> found.add(Finding.of(
                    vn.ruralstat.finding.FindingCode.UNIT_NEAR_MATCH, c.source(),
                    "Xã \"" + c.commune() + "\" gần giống xã \"" + other + "\" ở tệp khác nhưng không được gộp;"
                            + " nếu là một xã, hãy sửa tên cho thống nhất.",
                    "Commune \"" + c.commune() + "\" resembles \"" + other + "\" from another file but was not merged;"
                            + " if they are one commune, make the names agree.")));
            seen.add(c.commune());
        }
        return found;
    }

    /** Everything the report shows, rebuilt from the database. */
    public Consolidation build(long runId) {
        RunModel model = loader.load(runId);
        List<CommunePoverty> poverty = model.communes();
        List<DistrictCriteria> criteria = model.districts();
        return new Consolidation(runId, scope(poverty, criteria), poverty, rollups(poverty, model.parentLevels()), criteria,
                findings.load(runId), store.sources(runId), model.evaluations());
    }

    /**
     * Poverty per parent unit named by the sources, and over the whole run, each per period: the
     * same territory in two years must never be added up. Counts are summed, so every rate is
     * household-weighted.
     */
    static List<PovertyRollup> rollups(List<CommunePoverty> communes) {
        return rollups(communes, Map.of());
    }

    /** As {@link #rollups(List)}, each parent at its level ("huyện", "tỉnh") when {@code levels} knows it. */
    public static List<PovertyRollup> rollups(List<CommunePoverty> communes, Map<String, String> levels) {
        Map<String, List<CommunePoverty>> byParent = communes.stream().filter(c -> c.parent() != null)
                .collect(Collectors.groupingBy(c -> c.parent() + "|" + c.period(), LinkedHashMap::new, Collectors.toList()));
        List<PovertyRollup> rollups = new ArrayList<>();
        byParent.values().forEach(group -> rollups.add(rollup(group.get(0).parent(),
                levels.getOrDefault(vn.ruralstat.sheet.UnitNames.key(group.get(0).parent()), PARENT), group.get(0).period(),
                group)));
        Map<String, List<CommunePoverty>> byPeriod = communes.stream().collect(Collectors.groupingBy(
                c -> Objects.toString(c.period(), ""), java.util.TreeMap::new, Collectors.toList()));
        byPeriod.forEach((period, group) -> rollups.add(rollup(WHOLE_RUN, "toàn bộ", period.isEmpty() ? null : period,
                group)));
        return rollups;
    }

    private static PovertyRollup rollup(String unit, String level, String period, List<CommunePoverty> group) {
        PovertyFigures sum = group.stream().map(CommunePoverty::totals).reduce(PovertyFigures.ZERO, PovertyFigures::plus);
        return new PovertyRollup(unit, level, period, sum, group.stream().map(CommunePoverty::commune).toList());
    }

    private static String scope(List<CommunePoverty> poverty, List<DistrictCriteria> criteria) {
        TreeSet<String> tops = new TreeSet<>();
        poverty.forEach(p -> tops.add(p.parent() != null ? p.parent() : "xã " + p.commune()));
        criteria.forEach(c -> tops.add(c.unit()));
        return tops.size() == 1 ? tops.first() : WHOLE_RUN;
    }

    /**
     * Stores the consolidated figures per unit, for summaries and the next level up: each commune at
     * level "xã" (a commune read as one row of its parent unit's table too) with its villages at
     * "thôn", each parent unit's roll-up, and the criteria per parent unit and commune.
     */
    public int saveUnitFigures(Consolidation c) {
        List<Object[]> rows = new ArrayList<>();
        for (CommunePoverty p : c.poverty()) {
            PovertyFigures t = p.totals();
            rows.add(new Object[] {c.runId(), Dataset.VILLAGE_POVERTY.name(), p.commune(), "xã", p.parent(), p.period(),
                    t.households(), t.poor(), t.nearPoor(), t.poorRate(), t.nearPoorRate(), null, null, null, null});
            p.villages().forEach(v -> rows.add(new Object[] {c.runId(), Dataset.VILLAGE_POVERTY.name(), v.name(), "thôn",
                    p.commune(), p.period(), v.figures().households(), v.figures().poor(), v.figures().nearPoor(),
                    v.poorRate(), v.nearPoorRate(), null, null, null, null}));
        }
        for (PovertyRollup r : c.rollups()) {
            PovertyFigures f = r.figures();
            rows.add(new Object[] {c.runId(), Dataset.VILLAGE_POVERTY.name(), r.unit(), r.level(), null, r.period(),
                    f.households(), f.poor(), f.nearPoor(), f.poorRate(), f.nearPoorRate(), r.communes().size(), null,
                    null, null});
        }
        for (DistrictCriteria d : c.criteria()) {
            rows.add(new Object[] {c.runId(), Dataset.CRITERIA_MATRIX.name(), d.unit(), PARENT, null, d.period(), null,
                    null, null, null, null, d.communes().size(), d.totalMet(), d.averageMetPerCommune(), d.set().id()});
            d.communes().forEach(x -> rows.add(new Object[] {c.runId(), Dataset.CRITERIA_MATRIX.name(), x.commune(), "xã",
                    d.unit(), d.period(), null, null, null, null, null, null, x.metCount(), null, d.set().id()}));
        }
        jdbc.batchUpdate("INSERT INTO rs_unit_figure (run_id, dataset, unit_name, unit_level, parent_name, period,"
                + " households, poor, near_poor, poor_rate, near_poor_rate, communes, criteria_met, average_met,"
                + " criteria_set) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
        return rows.size();
    }
}
