package vn.ruralstat.summary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.dataset.SourceFileSummary;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.indicators.CommuneEvaluation;
import vn.ruralstat.period.Period;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.PovertyRollup;
import vn.ruralstat.sheet.UnitNames;

/**
 * The part of a run that concerns one unit and period: the unit itself when it is a commune, or
 * its communes when it is a parent unit (a district, a province, a city), with the findings and
 * files of the tables kept. Names match as in ingestion (case, diacritics, kind prefix ignored).
 */
public final class UnitSummary {

    private static final java.util.regex.Pattern YEARS_ONLY =
            java.util.regex.Pattern.compile("\\d{4}(\\s*-\\s*\\d{4})?");

    private UnitSummary() {}

    /** "xã Ngân Sơn" asks for the commune only, "huyện Ngân Sơn" for the parent only, "Ngân Sơn" for either. */
    private static boolean communes(String unit) {
        return UnitNames.kindRank(unit) < 2;
    }

    private static boolean parents(String unit) {
        return UnitNames.kindRank(unit) != 1;
    }

    /**
     * An official code asked for ("01954" a commune, "19" a province): the unit of the run that
     * carries it, as "xã Ngân Sơn" or "tỉnh Thái Nguyên"; empty when {@code unit} is not a code or
     * no unit of the run has it.
     */
    public static java.util.Optional<String> nameOfCode(Consolidation c, String unit) {
        String code = unit == null ? "" : unit.strip();
        if (!code.matches("\\d{2}|\\d{5}")) return java.util.Optional.empty();
        java.util.Optional<String> commune = c.poverty().stream()
                .filter(p -> code.equals(p.code()))
                .map(p -> "xã " + p.commune())
                .findFirst();
        // A commune of a criteria matrix only carries its code too.
        java.util.Optional<String> assessed = commune.or(() -> c.criteria().stream()
                .flatMap(d -> d.communes().stream())
                .filter(x -> code.equals(x.code()))
                .map(x -> "xã " + x.commune())
                .findFirst());
        return assessed.or(() -> c.poverty().stream()
                .filter(p -> code.equals(p.parentCode()) && p.parent() != null)
                .map(CommunePoverty::parent)
                .findFirst());
    }

    /** Units of a run whose name matches {@code unit}, as "level name (parent)" for an officer to choose from. */
    public static Set<String> matches(Consolidation c, String unit) {
        String key = UnitNames.key(unit);
        Set<String> found = new TreeSet<>();
        boolean communes = communes(unit);
        boolean parents = parents(unit);
        java.util.Map<String, String> levels = new java.util.HashMap<>();
        c.rollups().forEach(r -> levels.putIfAbsent(UnitNames.key(r.unit()), r.level()));
        java.util.function.Function<String, String> parent =
                name -> levels.getOrDefault(UnitNames.key(name), ConsolidationService.PARENT) + " " + name;
        c.poverty().forEach(p -> {
            if (communes && UnitNames.key(p.commune()).equals(key))
                found.add("xã " + p.commune() + parentOf(p.parent()));
            if (parents && p.parent() != null && UnitNames.key(p.parent()).equals(key)) {
                found.add(parent.apply(p.parent()));
            }
        });
        c.criteria().forEach(d -> {
            if (parents && UnitNames.key(d.unit()).equals(key)) found.add(parent.apply(d.unit()));
            d.communes().forEach(x -> {
                if (communes && UnitNames.key(x.commune()).equals(key))
                    found.add("xã " + x.commune() + parentOf(d.unit()));
            });
        });
        c.evaluations().forEach(e -> {
            if (communes && UnitNames.key(e.commune()).equals(key))
                found.add("xã " + e.commune() + parentOf(e.parent()));
            if (parents && e.parent() != null && UnitNames.key(e.parent()).equals(key)) {
                found.add(parent.apply(e.parent()));
            }
        });
        return found;
    }

    private static String parentOf(String parent) {
        return parent == null ? "" : " (" + parent + ")";
    }

    /**
     * The run cut down to {@code unit} and, when given, {@code period} (a year lies within a
     * period "2022-2025"); the rollups are recomputed from the communes kept.
     */
    public static Consolidation of(Consolidation c, String unit, String period) {
        String key = UnitNames.key(unit);
        boolean asCommune = communes(unit);
        boolean asParent = parents(unit);
        java.util.function.BiPredicate<String, String> wanted =
                (commune, parent) -> asCommune && UnitNames.key(commune).equals(key)
                        || asParent && parent != null && UnitNames.key(parent).equals(key);
        List<CommunePoverty> poverty = c.poverty().stream()
                .filter(p -> inPeriod(p.period(), period))
                .filter(p -> wanted.test(p.commune(), p.parent()))
                .toList();
        List<DistrictCriteria> criteria = new ArrayList<>();
        for (DistrictCriteria d : c.criteria()) {
            if (!inPeriod(d.period(), period)) continue;
            if (asParent && UnitNames.key(d.unit()).equals(key)) {
                criteria.add(d);
            } else if (asCommune) {
                var communes = d.communes().stream()
                        .filter(x -> UnitNames.key(x.commune()).equals(key))
                        .toList();
                if (!communes.isEmpty()) {
                    criteria.add(new DistrictCriteria(
                            d.unit(),
                            d.period(),
                            d.rulebook(),
                            communes,
                            d.targets(),
                            d.source(),
                            d.level(),
                            d.province()));
                }
            }
        }
        List<CommuneEvaluation> evaluations = c.evaluations().stream()
                .filter(e -> inPeriod(e.period(), period))
                .filter(e -> wanted.test(e.commune(), e.parent()))
                .toList();
        Set<String> files = new LinkedHashSet<>();
        poverty.forEach(p -> files.add(p.source().file()));
        poverty.forEach(p -> p.villages().forEach(v -> files.add(v.source().file())));
        criteria.forEach(d -> files.add(d.source().file()));
        evaluations.forEach(e -> files.add(e.source().file()));
        List<Finding> findings = c.findings().stream()
                .filter(f -> f.source() != null && files.contains(f.source().file()))
                .toList();
        List<SourceFileSummary> sources =
                c.sources().stream().filter(s -> files.contains(s.path())).toList();
        String scope = matches(c, unit).stream().findFirst().orElse(unit) + (period == null ? "" : ", kỳ " + period);
        java.util.Map<String, String> levels = new java.util.HashMap<>();
        c.rollups().forEach(r -> levels.putIfAbsent(UnitNames.key(r.unit()), r.level()));
        java.util.Map<String, vn.ruralstat.rulebook.RulebookStamp> standards = new java.util.HashMap<>();
        c.rollups().stream()
                .filter(r -> r.standard() != null)
                .forEach(r -> standards.putIfAbsent(java.util.Objects.toString(r.period(), ""), r.standard()));
        List<PovertyRollup> rollups = ConsolidationService.rollups(poverty, levels).stream()
                .map(r -> r.withStandard(standards.get(java.util.Objects.toString(r.period(), ""))))
                .toList();
        return new Consolidation(c.runId(), scope, poverty, rollups, criteria, findings, sources, evaluations);
    }

    /** True when {@code period} (or no filter) covers the data's period: "2025" lies in "2022-2025". */
    static boolean inPeriod(String dataPeriod, String wanted) {
        if (wanted == null || wanted.isBlank()) return true;
        if (dataPeriod == null) return false;
        if (Objects.equals(dataPeriod, wanted)) return true;
        Period data = yearsOnly(dataPeriod);
        Period want = yearsOnly(wanted);
        return data != null && want != null && (data.contains(want) || want.contains(data));
    }

    /**
     * The period when it is written as years alone ("2025", "2022-2025"), else null: "6 tháng đầu
     * năm 2025" names a year but is not the whole of it, so it matches only itself.
     */
    private static Period yearsOnly(String label) {
        Period period = Period.parse(label);
        return period != null
                        && period.hasYears()
                        && YEARS_ONLY.matcher(period.label()).matches()
                ? period
                : null;
    }
}
