package vn.ruralstat.consolidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.ruralstat.criteria.CommuneCriteria;
import vn.ruralstat.criteria.CommuneTarget;
import vn.ruralstat.criteria.CommuneTargetReader;
import vn.ruralstat.criteria.CommuneTargetRows;
import vn.ruralstat.criteria.CriteriaMatrixReader;
import vn.ruralstat.criteria.CriteriaRows;
import vn.ruralstat.criteria.CriterionStatus;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.dataset.StoredTable;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.indicators.CommuneRegisterRows;
import vn.ruralstat.indicators.IndicatorMatrixRows;
import vn.ruralstat.indicators.IndicatorTableReader;
import vn.ruralstat.indicators.IndicatorTableRows;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.GroupedVillage;
import vn.ruralstat.poverty.PovertyRows;
import vn.ruralstat.poverty.PovertyTableReader;
import vn.ruralstat.poverty.VillagePoverty;
import vn.ruralstat.register.NationalRegister;
import vn.ruralstat.rulebook.Rulebook;
import vn.ruralstat.rulebook.Rulebooks;
import vn.ruralstat.sheet.TitleContext;
import vn.ruralstat.sheet.UnitMention;
import vn.ruralstat.sheet.UnitNames;
import vn.ruralstat.store.RunDataStore;

/**
 * Builds the run's tables back from the database. A criteria matrix takes the targets of the
 * latest commune target list submitted for the same parent unit. Tables of one unit and period
 * (a table split over several sheets) are put together; a village or commune that appears on
 * two of them is counted once, from the first. The rows of a district's or province's poverty
 * table are communes ({@link #rowsAreCommunes}).
 */
@Component
class RunModelLoader {

    private final RunDataStore store;
    private final Rulebooks rulebooks;
    private final PovertyRows povertyRows;
    private final CriteriaRows criteriaRows;
    private final CommuneTargetRows targetRows;
    private final IndicatorTableRows indicatorTableRows;
    private final IndicatorMatrixRows indicatorMatrixRows;
    private final CommuneRegisterRows registerRows;
    private final CommuneCodes codes;
    private final MatrixCommunes matrixCommunes;
    private final NationalRegister register;

    RunModelLoader(
            RunDataStore store,
            Rulebooks rulebooks,
            PovertyRows povertyRows,
            CriteriaRows criteriaRows,
            CommuneTargetRows targetRows,
            IndicatorTableRows indicatorTableRows,
            IndicatorMatrixRows indicatorMatrixRows,
            CommuneRegisterRows registerRows,
            NationalRegister register) {
        this.store = store;
        this.rulebooks = rulebooks;
        this.povertyRows = povertyRows;
        this.criteriaRows = criteriaRows;
        this.targetRows = targetRows;
        this.indicatorTableRows = indicatorTableRows;
        this.indicatorMatrixRows = indicatorMatrixRows;
        this.registerRows = registerRows;
        this.codes = new CommuneCodes(register);
        this.matrixCommunes = new MatrixCommunes(codes);
        this.register = register;
    }

    RunModel load(long runId) {
        List<StoredTable> tables = store.tables(runId).stream()
                .filter(t -> "USED".equals(t.status()))
                .toList();
        List<Finding> merging = new ArrayList<>();
        DistrictProvinces provinces = new DistrictProvinces(register, tables);
        tables.forEach(t -> provinces.unplaced(t).ifPresent(merging::add));
        List<RunModel.PovertyTable> povertyTables = new ArrayList<>();
        Map<UnitPeriod, CommuneBuilder> communes = new LinkedHashMap<>();
        Map<String, String> parentLevels = new LinkedHashMap<>();
        RunTotals runTotals = new RunTotals();
        for (StoredTable t : tables) {
            if (!t.dataset().equals(PovertyTableReader.DATASET)) continue;
            List<GroupedVillage> rows = povertyRows.read(t);
            // A table whose counts would overflow the run's totals is refused whole, never summed.
            Optional<Finding> refused = runTotals.admit(t, rows);
            if (refused.isPresent()) {
                merging.add(refused.get());
                continue;
            }
            // The level of each parent as its table's title gave it ("huyện", "tỉnh"), for labels.
            if (t.parentName() != null && t.parentLevel() != null) {
                parentLevels.putIfAbsent(UnitNames.key(t.parentName()), t.parentLevel());
            }
            boolean rowsAreCommunes = rowsAreCommunes(t, rows);
            povertyTables.add(new RunModel.PovertyTable(t, rows, store.reported(t), rowsAreCommunes));
            boolean parentOfRows = rowsAreCommunes || rows.stream().anyMatch(r -> r.group() != null);
            if (parentOfRows && t.unitName() != null && t.unitLevel() != null) {
                parentLevels.putIfAbsent(UnitNames.key(t.unitName()), t.unitLevel());
            }
            Map<String, CommuneCodes.Identity> headings = new HashMap<>();
            String tableProvince = provinces.of(t);
            for (GroupedVillage row : rows) {
                // A commune is its code when the register matched it (namesakes of two provinces are two
                // communes), its name key when not.
                if (rowsAreCommunes) {
                    String commune = communeOfRow(row.village().name());
                    CommuneCodes.Identity id =
                            codes.ofRow(t, row.village().name(), row.village().source(), merging);
                    String province = provinceOf(tableProvince, id, provinces);
                    communes.computeIfAbsent(new UnitPeriod(id.key(), t.period()), k -> new CommuneBuilder(
                                            commune, t.unitName(), t, id.code(), t.unitCode())
                                    .in(province))
                            .addOwnRow(row.village(), merging);
                    continue;
                }
                String commune = row.group() == null ? t.unitOrFile() : communeOfHeading(row.group());
                String parent = row.group() == null ? t.parentName() : t.unitName();
                CommuneCodes.Identity id = row.group() == null
                        ? CommuneCodes.ofTable(t)
                        : headings.computeIfAbsent(
                                row.group(),
                                g -> codes.ofRow(t, g, row.village().source(), merging));
                String parentCode = row.group() == null ? t.parentCode() : t.unitCode();
                // A village table's commune: its district's province only when the run places that district.
                String province = row.group() == null
                        ? (parent == null ? null : provinces.sole(parent))
                        : provinceOf(tableProvince, id, provinces);
                communes.computeIfAbsent(
                                new UnitPeriod(id.key(), t.period()),
                                k -> new CommuneBuilder(commune, parent, t, id.code(), parentCode).in(province))
                        .add(row.village(), merging);
            }
        }
        Map<DistrictProvinces.Key, Map<String, CommuneTarget>> targetsByUnit = targets(tables, provinces, merging);
        List<RunModel.CriteriaTable> criteriaTables = new ArrayList<>();
        Map<DistrictKey, DistrictBuilder> districts = new LinkedHashMap<>();
        for (StoredTable t : tables) {
            if (!t.dataset().equals(CriteriaMatrixReader.DATASET)) continue;
            List<CommuneCriteria> rows = matrixCommunes.matched(t, criteriaRows.read(t), merging);
            Rulebook set = criteriaSet(t, rows, merging);
            if (set == null) continue;
            String province = provinces.of(t);
            Map<String, CommuneTarget> targets = targetsByUnit.getOrDefault(unitKey(t, province), Map.of());
            DistrictCriteria data = new DistrictCriteria(
                    t.unitOrFile(),
                    t.period(),
                    set,
                    fitted(rows, set.criteria().size()),
                    targets,
                    t.source(),
                    t.unitLevel(),
                    province);
            criteriaTables.add(new RunModel.CriteriaTable(t, data, store.reported(t)));
            // Figures of two criteria sets are never added together, even for one unit and period.
            districts
                    .computeIfAbsent(
                            new DistrictKey(unitKey(t, province), t.period(), set.id()), k -> new DistrictBuilder(data))
                    .add(data, merging);
        }
        List<CommunePoverty> built =
                communes.values().stream().map(CommuneBuilder::build).toList();
        IndicatorModel.Result indicators =
                IndicatorModel.build(this::indicatorEntries, registerRows::read, tables, built, rulebooks, codes);
        merging.addAll(indicators.findings());
        return new RunModel(
                povertyTables,
                built,
                parentLevels,
                criteriaTables,
                districts.values().stream().map(DistrictBuilder::build).toList(),
                indicators.evaluations(),
                merging);
    }

    /**
     * The rows of a table are the units one level below the table's unit: a commune's table lists
     * villages, a district's or province's table lists communes ("Thị trấn Vân Tùng", "Xã Cốc Đán",
     * or plain names) — unless commune headings group its rows, then the rows under them are those
     * communes' villages. The header's words do not decide: "Xã, phường" heads village tables too.
     * A table whose unit nobody named keeps its rows as villages.
     */
    static boolean rowsAreCommunes(StoredTable t, List<GroupedVillage> rows) {
        return t.unitName() != null
                && t.unitLevel() != null
                && TitleContext.rank(t.unitLevel()) >= 2
                && rows.stream().allMatch(r -> r.group() == null);
    }

    /**
     * "Thị trấn Vân Tùng" → "Vân Tùng", "XÃ CỐC ĐÁN" → "CỐC ĐÁN", "Đức Vân" as it is: the name as
     * written without its kind word. Unaccented kind words ("Xa Coc Dan") count only in names
     * typed without any diacritics, so that "Xã Xa Dung" keeps "Xa Dung".
     */
    static String communeOfRow(String written) {
        return UnitNames.kindRank(written) == 1 ? UnitNames.withoutKind(written) : UnitNames.clean(written);
    }

    /** "Xã Ngân Sơn" → "Ngân Sơn"; a heading that names no unit is kept as written. */
    static String communeOfHeading(String heading) {
        List<UnitMention> units = TitleContext.units(heading);
        return units.isEmpty() ? heading : units.get(0).name();
    }

    /**
     * The targets of the latest target list of each parent unit, by commune key; each commune of a
     * list matched with the register like a matrix row, so that the two join by code.
     */
    private Map<DistrictProvinces.Key, Map<String, CommuneTarget>> targets(
            List<StoredTable> tables, DistrictProvinces provinces, List<Finding> merging) {
        Map<DistrictProvinces.Key, Map<String, CommuneTarget>> byUnit = new HashMap<>();
        tables.stream()
                .filter(t -> t.dataset().equals(CommuneTargetReader.DATASET))
                .sorted(Comparator.comparing(
                                StoredTable::fileModified, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(StoredTable::file))
                .forEach(t -> {
                    Map<String, CommuneTarget> byCommune =
                            byUnit.computeIfAbsent(unitKey(t, provinces.of(t)), k -> new HashMap<>());
                    matrixCommunes.putTargets(t, targetRows.read(t), byCommune, merging);
                });
        return byUnit;
    }

    /**
     * A parent unit's key: its name, and for a district of before 1/7/2025 its province when known
     * ({@link DistrictProvinces}); namesake districts of two provinces are two units.
     */
    static DistrictProvinces.Key unitKey(StoredTable t, String province) {
        return t.unitName() == null
                ? new DistrictProvinces.Key("?" + t.file(), null)
                : DistrictProvinces.Key.of(t.unitName(), province);
    }

    /** The province of a district table's commune: as the title names it, else as the register placed the commune. */
    private static String provinceOf(String tableProvince, CommuneCodes.Identity id, DistrictProvinces provinces) {
        if (tableProvince != null || id.province() == null) return tableProvince;
        return provinces.shown(id.province());
    }

    /** A parent unit's matrices of one period and one criteria set. */
    private record DistrictKey(DistrictProvinces.Key unit, String period, String set) {}

    /**
     * The criteria set a matrix was read against: the one stored with it, or for a matrix that
     * numbered its criteria only ({@link CriteriaMatrixReader#BY_NUMBER}) the matrix set of its
     * period. Null, with a finding, when the period names no such set.
     */
    private Rulebook criteriaSet(StoredTable t, List<CommuneCriteria> rows, List<Finding> merging) {
        if (!CriteriaMatrixReader.BY_NUMBER.equals(t.criteriaSet())) {
            return rulebooks
                    .byId(t.criteriaSet())
                    .orElseThrow(() -> new IllegalStateException("table " + t.id() + " was read against rulebook '"
                            + t.criteriaSet() + "', which is not loaded"));
        }
        vn.ruralstat.period.Period period = t.period() == null ? null : vn.ruralstat.period.Period.parse(t.period());
        java.util.Optional<Rulebook> byPeriod = period == null
                ? java.util.Optional.empty()
                : rulebooks.forPeriod(period).found().filter(r -> !r.matrixColumns()
                        .isEmpty());
        if (byPeriod.isPresent()) return byPeriod.get();
        int numbered = rows.stream().mapToInt(c -> c.statuses().size()).max().orElse(0);
        String candidates = rulebooks.all().stream()
                .filter(r -> !r.matrixColumns().isEmpty() && r.criteria().size() >= numbered)
                .map(Rulebook::id)
                .collect(java.util.stream.Collectors.joining(", "));
        merging.add(Finding.of(
                FindingCode.CRITERIA_SET_UNDECIDED,
                t.source().at(t.cell("c1", t.headerFirstRow())),
                numbered,
                t.period() == null ? "—" : t.period(),
                candidates));
        return null;
    }

    /**
     * Each commune row with one status per criterion of its set, {@code count} in all: a stored
     * row with fewer statuses is filled with blanks, one with more is cut.
     */
    private static List<CommuneCriteria> fitted(List<CommuneCriteria> rows, int count) {
        return rows.stream()
                .map(c -> {
                    List<CriterionStatus> statuses = new ArrayList<>();
                    for (int n = 0; n < count; n++) {
                        statuses.add(n < c.statuses().size() ? c.statuses().get(n) : CriterionStatus.BLANK);
                    }
                    return new CommuneCriteria(
                            c.commune(), c.reportedMet(), statuses, c.source(), c.row(), c.group(), c.code());
                })
                .toList();
    }

    /** The indicator values of an indicator table or matrix, each with its commune. */
    private List<vn.ruralstat.indicators.IndicatorEntry> indicatorEntries(StoredTable t) {
        return t.dataset().equals(IndicatorTableReader.DATASET)
                ? indicatorTableRows.read(t)
                : indicatorMatrixRows.read(t);
    }

    /** A file's sheet, to raise one finding per table of villages. */
    private record SheetKey(String file, String sheet) {}

    private static Finding twice(String unit, SourceRef first, SourceRef second) {
        return Finding.of(
                FindingCode.DUPLICATE_UNIT, "twoPlacesOfTable", second, unit, first.describe(), second.describe());
    }

    /** A commune given twice for one period: as a row of its parent's table and by its villages, or in two rows. */
    private static Finding communeTwice(String commune, String period, SourceRef first, SourceRef second) {
        return Finding.of(
                FindingCode.DUPLICATE_UNIT,
                "communeTwice",
                second,
                commune,
                period,
                first.describe(),
                second.describe());
    }

    private static final class CommuneBuilder {
        private final String commune;
        private final String parent;
        private final StoredTable first;
        private final String code;
        private final String parentCode;
        private String province;
        private final Map<String, VillagePoverty> villages = new LinkedHashMap<>();
        private VillagePoverty ownRow;
        private final Set<SheetKey> ignoredTables = new HashSet<>();

        CommuneBuilder(String commune, String parent, StoredTable first, String code, String parentCode) {
            this.commune = commune;
            this.parent = parent;
            this.first = first;
            this.code = code;
            this.parentCode = parentCode;
        }

        /** Its parent district placed in a province (before 1/7/2025); null when not known. */
        CommuneBuilder in(String province) {
            this.province = province;
            return this;
        }

        void add(VillagePoverty village, List<Finding> merging) {
            if (ownRow != null) {
                // One finding per table of villages, not one per village.
                if (ignoredTables.add(
                        new SheetKey(village.source().file(), village.source().sheet()))) {
                    merging.add(communeTwice(commune, first.period(), ownRow.source(), village.source()));
                }
                return;
            }
            VillagePoverty earlier = villages.putIfAbsent(UnitNames.writtenKey(village.name()), village);
            if (earlier != null && earlier != village)
                merging.add(twice(village.name(), earlier.source(), village.source()));
        }

        /**
         * The commune's own row in its parent unit's table. A commune met before (a second row of
         * the same name, or its village table for the same period) is counted once, from the first.
         */
        void addOwnRow(VillagePoverty row, List<Finding> merging) {
            if (ownRow != null || !villages.isEmpty()) {
                SourceRef earlier = ownRow != null
                        ? ownRow.source()
                        : villages.values().iterator().next().source();
                merging.add(communeTwice(commune, first.period(), earlier, row.source()));
                return;
            }
            ownRow = row;
        }

        CommunePoverty build() {
            CommunePoverty built = ownRow != null
                    ? CommunePoverty.ofRow(commune, parent, first.period(), ownRow)
                    : CommunePoverty.ofVillages(
                            commune, parent, first.period(), List.copyOf(villages.values()), first.source());
            return built.withCodes(code, parentCode).withParentProvince(province);
        }
    }

    private static final class DistrictBuilder {
        private final DistrictCriteria first;
        private final Map<String, CommuneCriteria> communes = new LinkedHashMap<>();

        DistrictBuilder(DistrictCriteria first) {
            this.first = first;
        }

        void add(DistrictCriteria table, List<Finding> merging) {
            for (CommuneCriteria c : table.communes()) {
                // Namesakes of two provinces with their codes are two communes; a name not matched is its name.
                CommuneCriteria earlier = communes.putIfAbsent(MatrixCommunes.key(c.commune(), c.code()), c);
                if (earlier != null) merging.add(twice(c.commune(), earlier.source(), c.source()));
            }
        }

        DistrictCriteria build() {
            return new DistrictCriteria(
                    first.unit(),
                    first.period(),
                    first.rulebook(),
                    List.copyOf(communes.values()),
                    first.targets(),
                    first.source(),
                    first.level(),
                    first.province());
        }
    }
}
