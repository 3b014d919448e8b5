package vn.ruralstat.consolidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ruralstat.dataset.StoredTable;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.indicators.CommuneEvaluation;
import vn.ruralstat.indicators.CommuneRegisterReader;
import vn.ruralstat.indicators.CommuneRegistration;
import vn.ruralstat.indicators.IndicatorEntry;
import vn.ruralstat.indicators.IndicatorEvaluations;
import vn.ruralstat.indicators.IndicatorMatrixReader;
import vn.ruralstat.indicators.IndicatorTableReader;
import vn.ruralstat.indicators.MissingTargets;
import vn.ruralstat.period.Period;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.PovertyByCommune;
import vn.ruralstat.rulebook.PeriodMatch;
import vn.ruralstat.rulebook.Rulebook;
import vn.ruralstat.rulebook.Rulebooks;
import vn.ruralstat.sheet.UnitNames;

/**
 * Puts the run's indicator tables together per commune and period and evaluates each commune
 * under the rulebook of its period (with its province's overrides, when there are any), for the
 * group the commune register gives it. Indicator 6.1 comes from the commune's village poverty
 * table when the run has one for that period or the year before.
 */
final class IndicatorModel {

    record Result(List<CommuneEvaluation> evaluations, List<Finding> findings) {}

    private IndicatorModel() {}

    /**
     * @param entries       the values of an indicator table or matrix, each with its commune
     * @param registrations the communes of a commune register
     * @param national      the candidate rulebooks, before a province's overrides
     */
    static Result build(
            Function<StoredTable, List<IndicatorEntry>> entries,
            Function<StoredTable, List<CommuneRegistration>> registrations,
            List<StoredTable> tables,
            List<CommunePoverty> poverty,
            Rulebooks national,
            CommuneCodes codes) {
        Map<String, CommuneRegistration> register = new HashMap<>();
        tables.stream()
                .filter(t -> t.dataset().equals(CommuneRegisterReader.DATASET))
                .sorted(Comparator.comparing(
                        StoredTable::fileModified, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(t -> registrations.apply(t).forEach(r -> register.put(UnitNames.key(r.commune()), r)));
        Map<UnitPeriod, Commune> communes = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (StoredTable t : tables) {
            if (!t.dataset().equals(IndicatorTableReader.DATASET)
                    && !t.dataset().equals(IndicatorMatrixReader.DATASET)) {
                continue;
            }
            // A one-commune table is its commune's code when ingest matched it; a matrix row is matched
            // with the register in the matrix's province, once per commune.
            Map<String, CommuneCodes.Identity> rows = new HashMap<>();
            for (IndicatorEntry e : entries.apply(t)) {
                String name = e.commune() != null ? e.commune() : t.unitOrFile();
                String parent = e.commune() != null ? t.unitName() : t.parentName();
                CommuneCodes.Identity id = e.commune() == null
                        ? CommuneCodes.ofTable(t)
                        : rows.computeIfAbsent(
                                name,
                                n -> codes.ofRow(
                                        t,
                                        n,
                                        new SourceRef(t.file(), t.sheet(), t.cell(IndicatorMatrixReader.NAME, e.row())),
                                        findings));
                communes.computeIfAbsent(
                                new UnitPeriod(id.key(), t.period()), k -> new Commune(name, parent, t, id.code()))
                        .add(e, t);
            }
        }
        List<CommuneEvaluation> evaluations = new ArrayList<>();
        PovertyByCommune povertyByCommune = PovertyByCommune.of(poverty);
        for (Commune c : communes.values()) {
            CommuneRegistration registration = register.get(UnitNames.key(c.name));
            String parent = registration != null && registration.parent() != null ? registration.parent() : c.parent;
            Rulebooks rulebooks = national.withOverrides(province(parent));
            PeriodMatch<Rulebook> match = rulebooks.forPeriod(Period.parse(c.table.period()));
            if (match.found().isEmpty()) {
                findings.add(Finding.of(
                        FindingCode.RULEBOOK_UNKNOWN, c.table.source(), c.name, c.table.period(), match.reason()));
                continue;
            }
            IndicatorEvaluations.Result result = IndicatorEvaluations.evaluate(
                    c.name,
                    parent,
                    c.table.period(),
                    match.found().get(),
                    registration == null ? null : registration.groupKey(),
                    c.entries,
                    c.sheets::get,
                    povertyRate(povertyByCommune, c.name, c.code, c.table.period()),
                    c.table.source());
            evaluations.add(result.evaluation());
            findings.addAll(result.findings());
        }
        findings.addAll(mixedRulebooks(evaluations));
        findings.addAll(MissingTargets.of(evaluations));
        return new Result(evaluations, findings);
    }

    /** "tỉnh Cao Bằng" or "Cao Bằng" → "cao-bang", the name of a province's override file. */
    static String province(String parent) {
        if (parent == null) return "";
        return UnitNames.key(parent).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /**
     * Poor / households × 100 of the commune for the period, or for the latest year before it: from
     * its village table, or from its row in its parent unit's table.
     */
    static Double povertyRate(List<CommunePoverty> poverty, String commune, String period) {
        return povertyRate(PovertyByCommune.of(poverty), commune, null, period);
    }

    /** As above; a commune with a code takes the poverty of that code only (a namesake elsewhere is another commune). */
    static Double povertyRate(PovertyByCommune poverty, String commune, String code, String period) {
        String year = period == null ? "" : period.substring(0, Math.min(4, period.length()));
        return poverty.of(commune, code).stream()
                .filter(p -> p.period() != null
                        && p.period().compareTo(year) <= 0
                        && !p.rows().isEmpty())
                .max(Comparator.comparing(CommunePoverty::period))
                .map(p -> p.totals().poorRate())
                .orElse(null);
    }

    /** A parent unit whose communes were evaluated under two rulebooks: their figures are never added up. */
    private static List<Finding> mixedRulebooks(List<CommuneEvaluation> evaluations) {
        Map<String, Set<String>> byParent = evaluations.stream()
                .filter(e -> e.parent() != null)
                .collect(Collectors.groupingBy(
                        CommuneEvaluation::parent,
                        LinkedHashMap::new,
                        Collectors.mapping(
                                e -> e.rulebookId() + " v" + e.rulebookVersion(),
                                Collectors.toCollection(java.util.TreeSet::new))));
        List<Finding> findings = new ArrayList<>();
        byParent.forEach((parent, rulebooks) -> {
            if (rulebooks.size() > 1) {
                findings.add(Finding.of(
                        FindingCode.RULEBOOK_MIX, SourceRef.file(parent), parent, String.join(", ", rulebooks)));
            }
        });
        return findings;
    }

    private static final class Commune {
        final String name;
        final String parent;
        final StoredTable table;
        final String code;
        final List<IndicatorEntry> entries = new ArrayList<>();
        /** The sheet each entry was read from: a commune's indicators may come from several tables. */
        final Map<IndicatorEntry, SourceRef> sheets = new IdentityHashMap<>();

        Commune(String name, String parent, StoredTable table, String code) {
            this.name = name;
            this.parent = parent;
            this.table = table;
            this.code = code;
        }

        void add(IndicatorEntry e, StoredTable from) {
            entries.add(e);
            sheets.put(e, from.source());
        }
    }
}
