package vn.ruralstat.criteria;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.ruralstat.dataset.CellReading;
import vn.ruralstat.dataset.ColumnConventions;
import vn.ruralstat.dataset.ColumnMap;
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
 * of met criteria ("KQ Đạt số tiêu chí"), and one column per criterion of a rulebook whose
 * criteria a matrix form shows (the 2021-2025 set), found by the criterion's header words in the
 * rulebook ("Giao thông", abbreviations as in the seed such as "Thủy lợi và PCTT") or by its
 * number in the header or code row ("TC 7", "7"). The rulebook's id is kept with the columns.
 */
@Component
public class CriteriaMatrixReader implements DatasetReader {

    /** NTM criteria met or planned, one row per commune of a parent unit (seed 004, last table). */
    public static final DatasetId DATASET = new DatasetId("CRITERIA_MATRIX");

    static final String NAME = "name";
    static final String MET = "met";
    /** Minimum criteria columns for a header to count as a criteria matrix. */
    private static final int MIN_CRITERIA = 10;

    private static final Pattern NUMBERED = Pattern.compile("(?:^|\\s)(?:tc|tieu chi|tieu chi so)?\\s*(\\d{1,2})$");
    private static final Pattern NOTE_YEAR = Pattern.compile("nam (\\d{4})\\s*(\\d+)\\s*tieu chi");

    /** The rulebooks whose criteria a matrix form shows as columns, oldest first. */
    private final List<Rulebook> forms;

    private final Rulebooks rulebooks;

    public CriteriaMatrixReader(Rulebooks rulebooks) {
        this.rulebooks = rulebooks;
        this.forms = rulebooks.all().stream()
                .filter(r -> !r.matrixColumns().isEmpty())
                .toList();
    }

    @Override
    public DatasetId dataset() {
        return DATASET;
    }

    @Override
    public Optional<ColumnMap> recognize(HeaderBand header) {
        for (Rulebook form : forms) {
            Optional<ColumnMap> columns = recognize(header, form);
            if (columns.isPresent()) return columns;
        }
        return Optional.empty();
    }

    private static Optional<ColumnMap> recognize(HeaderBand header, Rulebook form) {
        Map<Integer, Integer> criterionColumns = new LinkedHashMap<>();
        for (int c = 0; c < header.width(); c++) {
            String label = header.folded().get(c);
            if (label.isEmpty() || Labels.hasAny(label, "nang cao", "kieu mau")) continue;
            int criterion = byName(label, form.criteria());
            if (criterion > 0 && !criterionColumns.containsKey(criterion)) criterionColumns.put(criterion, c);
        }
        if (criterionColumns.size() < MIN_CRITERIA) {
            criterionColumns.clear();
            for (int c = 0; c < header.width(); c++) {
                int criterion = byNumber(
                        header.folded().get(c),
                        header.codeAt(c),
                        form.criteria().size());
                if (criterion > 0 && !criterionColumns.containsKey(criterion)) criterionColumns.put(criterion, c);
            }
        }
        if (criterionColumns.size() < MIN_CRITERIA) return Optional.empty();
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < header.width(); c++) {
            String label = header.folded().get(c);
            if (criterionColumns.containsValue(c) || label.isEmpty()) continue;
            if (!columns.containsKey(NAME)
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
        return Optional.of(new ColumnMap(columns, columns.size(), form.id()));
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

    private static int byNumber(String label, String code, int criteria) {
        Matcher m = NUMBERED.matcher(label);
        String number = m.find() ? m.group(1) : (label.isEmpty() || Labels.has(label, "tieu chi") ? code : "");
        if (!number.matches("\\d{1,2}")) return 0;
        int n = Integer.parseInt(number);
        return n >= 1 && n <= criteria ? n : 0;
    }

    @Override
    public RowResult readRow(SheetRow row, ColumnMap columns, SourceRef sheet, ColumnConventions conventions) {
        List<Finding> findings = new ArrayList<>();
        String nameRef = row.ref(columns.column(NAME));
        String commune = UnitNames.clean(row.text(columns.column(NAME)));
        List<CriterionStatus> statuses = new ArrayList<>();
        int criteria =
                rulebooks.byId(columns.rulebookId()).orElseThrow().criteria().size();
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
        CellReading.Count reported = new CellReading(row, sheet, findings, conventions)
                .count(columns.column(MET), "số tiêu chí đạt / criteria met");
        if (commune.isEmpty()) {
            return new RowResult.Rejected(Message.of("ROW_REJECTED.communeNameMissing", nameRef), findings);
        }
        Integer reportedMet = reported.value() == null ? null : reported.value().intValue();
        return new RowResult.Used(
                new CommuneCriteria(commune, reportedMet, statuses, sheet.at(nameRef), row.number()), findings);
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
