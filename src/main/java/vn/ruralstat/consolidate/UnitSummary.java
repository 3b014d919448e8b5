package vn.ruralstat.consolidate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.indicators.CommuneEvaluation;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.sheet.UnitNames;

/**
 * The part of a run that concerns one unit and period: the unit itself when it is a commune, or
 * its communes when it is a parent unit (a district, a province, a city), with the findings and
 * files of the tables kept. Names match as in ingestion (case, diacritics, kind prefix ignored).
 */
public final class UnitSummary {

    private UnitSummary() {
    }

    /** Units of a run whose name matches {@code unit}, as "level name (parent)" for an officer to choose from. */
    public static Set<String> matches(Consolidation c, String unit) {
        String key = UnitNames.key(unit);
        Set<String> found = new TreeSet<>();
        c.poverty().forEach(p -> {
            if (UnitNames.key(p.commune()).equals(key)) found.add("xã " + p.commune() + parentOf(p.parent()));
            if (p.parent() != null && UnitNames.key(p.parent()).equals(key)) found.add("đơn vị cấp trên " + p.parent());
        });
        c.criteria().forEach(d -> {
            if (UnitNames.key(d.unit()).equals(key)) found.add("đơn vị cấp trên " + d.unit());
            d.communes().forEach(x -> {
                if (UnitNames.key(x.commune()).equals(key)) found.add("xã " + x.commune() + parentOf(d.unit()));
            });
        });
        c.evaluations().forEach(e -> {
            if (UnitNames.key(e.commune()).equals(key)) found.add("xã " + e.commune() + parentOf(e.parent()));
            if (e.parent() != null && UnitNames.key(e.parent()).equals(key)) found.add("đơn vị cấp trên " + e.parent());
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
        List<CommunePoverty> poverty = c.poverty().stream().filter(p -> inPeriod(p.period(), period))
                .filter(p -> UnitNames.key(p.commune()).equals(key) || p.parent() != null && UnitNames.key(p.parent()).equals(key))
                .toList();
        List<DistrictCriteria> criteria = new ArrayList<>();
        for (DistrictCriteria d : c.criteria()) {
            if (!inPeriod(d.period(), period)) continue;
            if (UnitNames.key(d.unit()).equals(key)) {
                criteria.add(d);
            } else {
                var communes = d.communes().stream().filter(x -> UnitNames.key(x.commune()).equals(key)).toList();
                if (!communes.isEmpty()) {
                    criteria.add(new DistrictCriteria(d.unit(), d.period(), d.set(), communes, d.targets(), d.source()));
                }
            }
        }
        List<CommuneEvaluation> evaluations = c.evaluations().stream().filter(e -> inPeriod(e.period(), period))
                .filter(e -> UnitNames.key(e.commune()).equals(key) || e.parent() != null && UnitNames.key(e.parent()).equals(key))
                .toList();
        Set<String> files = new LinkedHashSet<>();
        poverty.forEach(p -> files.add(p.source().file()));
        poverty.forEach(p -> p.villages().forEach(v -> files.add(v.source().file())));
        criteria.forEach(d -> files.add(d.source().file()));
        evaluations.forEach(e -> files.add(e.source().file()));
        List<Finding> findings = c.findings().stream()
                .filter(f -> f.source() != null && files.contains(f.source().file())).toList();
        List<SourceFileSummary> sources = c.sources().stream().filter(s -> files.contains(s.path())).toList();
        String scope = matches(c, unit).stream().findFirst().orElse(unit) + (period == null ? "" : ", kỳ " + period);
        return new Consolidation(c.runId(), scope, poverty, ConsolidationService.rollups(poverty), criteria, findings,
                sources, evaluations);
    }

    /** True when {@code period} (or no filter) covers the data's period: "2025" lies in "2022-2025". */
    static boolean inPeriod(String dataPeriod, String wanted) {
        if (wanted == null || wanted.isBlank()) return true;
        if (dataPeriod == null) return false;
        if (Objects.equals(dataPeriod, wanted)) return true;
        int[] data = span(dataPeriod);
        int[] want = span(wanted);
        return data != null && want != null && want[0] >= data[0] && want[1] <= data[1]
                || data != null && want != null && data[0] >= want[0] && data[1] <= want[1];
    }

    private static int[] span(String period) {
        String[] parts = period.split("-");
        try {
            int from = Integer.parseInt(parts[0].trim());
            int to = parts.length > 1 ? Integer.parseInt(parts[1].trim()) : from;
            return new int[] {from, to};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
