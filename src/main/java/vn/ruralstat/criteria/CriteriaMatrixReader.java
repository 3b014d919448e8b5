package vn.ruralstat.criteria;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.ruralstat.dataset.CellReading;
import vn.ruralstat.dataset.ColumnConventions;
import vn.ruralstat.dataset.ColumnMap;
import vn.ruralstat.dataset.CountCeiling;
import vn.ruralstat.dataset.DatasetId;
import vn.ruralstat.dataset.DatasetReader;
import vn.ruralstat.dataset.ReportedValue;
import vn.ruralstat.dataset.RowResult;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.message.Message;
import vn.ruralstat.rulebook.Criterion;
import vn.ruralstat.rulebook.CriterionColumn;
import vn.ruralstat.rulebook.Rulebook;
import vn.ruralstat.rulebook.Rulebooks;
import vn.ruralstat.sheet.ColumnMeaning;
import vn.ruralstat.sheet.HeaderBand;
import vn.ruralstat.sheet.Labels;
import vn.ruralstat.sheet.SheetRow;
import vn.ruralstat.sheet.UnitNames;

/**
 * Recognises the commune × criteria matrix: a commune column, optionally the reported count
 * of met criteria ("KQ Đạt số tiêu chí") and the commune's group ("Nhóm xã"), and one column per
 * criterion of a rulebook whose criteria a matrix form shows (the 19 of 2021-2025, the 10 of
 * 2026-2030), found by the criterion's header words in the rulebook ("Giao thông", abbreviations
 * as in the seed such as "Thủy lợi và PCTT") or by its number in the header or code row ("TC 7",
 * "7"). The set whose criteria the header names most is chosen; a header numbering its criteria only
 * fits every set at least as large as its highest number, and when it fits more than one the
 * table is stored {@link #BY_NUMBER}, to be read against the set of its period. The rulebook's
 * id is kept with the columns.
 */
@Component
public class CriteriaMatrixReader implements DatasetReader {

    /** NTM criteria met or planned, one row per commune of a parent unit (seed 004, last table). */
    public static final DatasetId DATASET = new DatasetId("CRITERIA_MATRIX");

    /**
     * Stored as the table's criteria set when its header numbers the criteria ("TC 1" … "TC 10", a
     * code row 1 … 10) and more than one set has that many: the run reads it against the set of the
     * table's period.
     */
    public static final String BY_NUMBER = "BY-NUMBER";

    static final String NAME = "name";
    static final String MET = "met";
    static final String GROUP = "group";

    private static final Pattern NUMBERED = Pattern.compile("(?:^|\\s)(?:tc|tieu chi|tieu chi so)?\\s*(\\d{1,2})$");
    private static final Pattern NOTE_YEAR = Pattern.compile("nam (\\d{4})\\s*(\\d+)\\s*tieu chi");
    /** An indicator code in a header ("1.1", "TC 4.1"): such a column is an indicator's, not a criterion's. */
    private static final Pattern INDICATOR_CODE = Pattern.compile("(?:^|\\D)\\d{1,2}\\.\\d{1,2}(?!\\d)");

    /** The rulebooks whose criteria a matrix form shows as columns, oldest first. */
    private final List<Rulebook> forms;

    private final Rulebooks rulebooks;

    private final CountCeiling ceiling;

    /** Counts up to the default ceiling. */
    public CriteriaMatrixReader(Rulebooks rulebooks) {
        this(rulebooks, CountCeiling.DEFAULT.max());
    }

    /** @param countMax {@code ruralstat.limits.count-max}: a count above it rejects its row */
    @Autowired
    public CriteriaMatrixReader(
            Rulebooks rulebooks, @Value("${ruralstat.limits.count-max:" + CellReading.MAX_COUNT + "}") long countMax) {
        // The count of criteria met is kept as an int: a ceiling set higher must not let one wrap.
        this.ceiling = new CountCeiling(Math.min(countMax, Integer.MAX_VALUE));
        this.rulebooks = rulebooks;
        this.forms = rulebooks.all().stream()
                .filter(r -> !r.matrixColumns().isEmpty())
                .toList();
    }

    @Override
    public DatasetId dataset() {
        return DATASET;
    }

    /**
     * Fewest criterion columns for a header to count as a matrix of a set: half its criteria,
     * rounded up (10 of the 19 of 2021-2025, 5 of the 10 of 2026-2030).
     */
    static int minimumColumns(int setSize) {
        return (setSize + 1) / 2;
    }

    @Override
    public Optional<ColumnMap> recognize(HeaderBand header) {
        Map<Integer, Integer> best = null;
        Rulebook bestForm = null;
        for (Rulebook form : forms) {
            Map<Integer, Integer> byName = byNames(header, form);
            int size = form.criteria().size();
            if (byName.size() < minimumColumns(size)) continue;
            // The set that names most columns fits best: the 19 seed headers of 2021-2025 also read as 7
            // of the 10 of 2026-2030, a larger share than 13 of 19 would be. On a tie, the smaller set.
            boolean better = best == null
                    || byName.size() > best.size()
                    || byName.size() == best.size()
                            && size < bestForm.criteria().size();
            if (better) {
                best = byName;
                bestForm = form;
            }
        }
        if (best != null) return columns(header, best, bestForm.id());
        Map<Integer, Integer> numbered = byNumbers(header);
        if (numbered.isEmpty()) return Optional.empty();
        int highest =
                numbered.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Rulebook> fitting = forms.stream()
                .filter(f -> f.criteria().size() >= highest)
                .filter(f -> numbered.size() >= minimumColumns(f.criteria().size()))
                .toList();
        if (fitting.isEmpty()) return Optional.empty();
        return columns(header, numbered, fitting.size() == 1 ? fitting.get(0).id() : BY_NUMBER);
    }

    /** Criterion number → column, each criterion found by the header words of the set. */
    private static Map<Integer, Integer> byNames(HeaderBand header, Rulebook form) {
        Map<Integer, Integer> criterionColumns = new LinkedHashMap<>();
        for (int c = 0; c < header.width(); c++) {
            String label = header.folded().get(c);
            if (!isCriterionLabel(label, header.labels().get(c))) continue;
            int criterion = byName(label, form.criteria());
            if (criterion > 0 && !criterionColumns.containsKey(criterion)) criterionColumns.put(criterion, c);
        }
        return criterionColumns;
    }

    /** Criterion number → column, each criterion found by its number in the header or code row. */
    private static Map<Integer, Integer> byNumbers(HeaderBand header) {
        Map<Integer, Integer> criterionColumns = new LinkedHashMap<>();
        for (int c = 0; c < header.width(); c++) {
            int criterion = byNumber(header.folded().get(c), header.codeAt(c));
            if (criterion > 0 && !criterionColumns.containsKey(criterion)) criterionColumns.put(criterion, c);
        }
        return criterionColumns;
    }

    private static boolean isCriterionLabel(String folded, String label) {
        return !folded.isEmpty()
                && !Labels.hasAny(folded, "nang cao", "kieu mau")
                && !INDICATOR_CODE.matcher(label).find();
    }

    private static Optional<ColumnMap> columns(HeaderBand header, Map<Integer, Integer> criterionColumns, String set) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < header.width(); c++) {
            String label = header.folded().get(c);
            if (criterionColumns.containsValue(c) || label.isEmpty()) continue;
            if (!columns.containsKey(GROUP) && isGroupLabel(label)) {
                columns.put(GROUP, c);
            } else if (!columns.containsKey(NAME)
                    && Labels.hasAny(label, "xa", "ten xa", "don vi", "phuong", "ten don vi")
                    && !Labels.hasAny(label, "so tieu chi", "kq dat")) {
                columns.put(NAME, c);
            } else if (!columns.containsKey(MET)
                    && (Labels.hasAny(label, "so tieu chi", "so tc", "kq dat", "ket qua")
                            || Labels.has(label, "dat") && Labels.has(label, "tieu chi"))) {
                columns.put(MET, c);
            }
        }
        if (!columns.containsKey(NAME)) return Optional.empty();
        criterionColumns.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> columns.put("c" + e.getKey(), e.getValue()));
        return Optional.of(new ColumnMap(columns, columns.size(), set));
    }

    /** "Nhóm", "Nhóm xã", "Phân nhóm": the commune's group (1, 2 or 3) of the 2026-2030 set. */
    private static boolean isGroupLabel(String label) {
        return Labels.has(label, "nhom") && !Labels.hasAny(label, "tieu chi", "so tieu chi");
    }

    /**
     * The number of the first criterion (in published order) one of whose header words the label
     * holds; a criterion whose combined words the label holds all of takes the header from the one
     * matched by a single of them ("Cơ sở … văn hóa"). 0 when none.
     */
    private static int byName(String label, List<Criterion> criteria) {
        Predicate<String> labelHas = k -> Labels.has(label, k);
        for (int i = 0; i < criteria.size(); i++) {
            CriterionColumn column = criteria.get(i).column();
            String word = column == null ? null : column.wordIn(labelHas);
            if (word == null) continue;
            for (int j = 0; j < criteria.size(); j++) {
                CriterionColumn other = criteria.get(j).column();
                if (j != i && other != null && other.claims(word, labelHas)) return j + 1;
            }
            return i + 1;
        }
        return 0;
    }

    private static int byNumber(String label, String code) {
        Matcher m = NUMBERED.matcher(label);
        // The code under "Tiêu chí" numbers a criterion; under "Số tiêu chí đạt" it numbers the column.
        boolean codeNumbersCriterion =
                label.isEmpty() || Labels.has(label, "tieu chi") && !Labels.hasAny(label, "so tieu chi", "tong", "dat");
        String number = m.find() ? m.group(1) : (codeNumbersCriterion ? code : "");
        if (!number.matches("\\d{1,2}")) return 0;
        int n = Integer.parseInt(number);
        return n >= 1 ? n : 0;
    }

    @Override
    public RowResult readRow(SheetRow row, ColumnMap columns, SourceRef sheet, ColumnConventions conventions) {
        List<Finding> findings = new ArrayList<>();
        String nameRef = row.ref(columns.column(NAME));
        String commune = UnitNames.clean(row.text(columns.column(NAME)));
        List<CriterionStatus> statuses = new ArrayList<>();
        int criteria = criteriaOf(columns);
        for (int n = 1; n <= criteria; n++) {
            Integer column = columns.column("c" + n);
            CriterionStatus status =
                    column == null ? CriterionStatus.BLANK : CriterionCellParser.parse(row.cell(column));
            if (status.kind() == CriterionStatus.Kind.UNRECOGNISED) {
                String ref = row.ref(column);
                findings.add(Finding.of(FindingCode.CRITERION_CELL_UNRECOGNISED, sheet.at(ref), ref, n, status.raw()));
            }
            statuses.add(status);
        }
        CellReading.Count reported = new CellReading(row, sheet, findings, conventions, ceiling)
                .count(columns.column(MET), "số tiêu chí đạt / criteria met");
        if (commune.isEmpty()) {
            return new RowResult.Rejected(Message.of("ROW_REJECTED.communeNameMissing", nameRef), findings);
        }
        Integer group = null;
        Integer groupColumn = columns.column(GROUP);
        if (groupColumn != null) {
            group = CommuneGroups.parse(row.cell(groupColumn)).orElse(null);
            if (group == null && !row.cell(groupColumn).isBlank()) {
                String ref = row.ref(groupColumn);
                findings.add(
                        Finding.of(FindingCode.COMMUNE_GROUP_UNRECOGNISED, sheet.at(ref), ref, row.text(groupColumn)));
            }
        }
        Integer reportedMet = reported.value() == null ? null : reported.value().intValue();
        return new RowResult.Used(
                new CommuneCriteria(commune, reportedMet, statuses, sheet.at(nameRef), row.number(), group, null),
                findings);
    }

    /**
     * How many criteria a row holds: those of the table's set, or for a table stored
     * {@link #BY_NUMBER} its highest criterion number (the run fits it to the set of its period).
     */
    private int criteriaOf(ColumnMap columns) {
        Optional<Rulebook> set = rulebooks.byId(columns.rulebookId());
        if (set.isPresent()) return set.get().criteria().size();
        return columns.columns().keySet().stream()
                .filter(f -> f.matches("c\\d+"))
                .mapToInt(f -> Integer.parseInt(f.substring(1)))
                .max()
                .orElse(0);
    }

    @Override
    public List<ReportedValue> reportedValues(
            SheetRow row, ColumnMap columns, ReportedValue.RowKind kind, ColumnConventions conventions) {
        ColumnMeaning meaning = kind == ReportedValue.RowKind.AVERAGE ? ColumnMeaning.DECIMAL : ColumnMeaning.COUNT;
        return CellReading.reportedRow(row, columns, kind, conventions, field -> meaning);
    }

    /** "Năm 2022: 29 tiêu chí; Năm 2023: 32 tiêu chí" under the table: planned criteria per year. */
    @Override
    public List<ReportedValue> noteValues(SheetRow row) {
        List<ReportedValue> values = new ArrayList<>();
        row.cells().forEach(cell -> {
            Matcher m = NOTE_YEAR.matcher(Labels.fold(cell.text()));
            while (m.find()) {
                values.add(new ReportedValue(
                        ReportedValue.RowKind.NOTE,
                        "planned_" + m.group(1),
                        Integer.parseInt(m.group(2)),
                        0,
                        row.ref(cell.column()),
                        cell.text()));
            }
        });
        return values;
    }

    @Override
    public String unitOf(Object record) {
        return ((CommuneCriteria) record).commune();
    }
}
