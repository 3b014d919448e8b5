package vn.ruralstat.criteria;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.ingest.CellReading;
import vn.ruralstat.ingest.ColumnConventions;
import vn.ruralstat.ingest.ColumnMap;
import vn.ruralstat.ingest.Dataset;
import vn.ruralstat.ingest.DatasetReader;
import vn.ruralstat.ingest.ReportedValue;
import vn.ruralstat.ingest.RowResult;
import vn.ruralstat.sheet.ColumnMeaning;
import vn.ruralstat.sheet.HeaderBand;
import vn.ruralstat.sheet.Labels;
import vn.ruralstat.sheet.SheetRow;
import vn.ruralstat.sheet.UnitNames;
import vn.ruralstat.message.Message;

/**
 * Recognises the commune × criteria matrix: a commune column, optionally the reported count
 * of met criteria ("KQ Đạt số tiêu chí"), and one column per criterion, found by the
 * criterion's name in the header ("Giao thông", abbreviations as in the seed such as
 * "Thủy lợi và PCTT") or by its number in the header or code row ("TC 7", "7").
 */
@Component
public class CriteriaMatrixReader implements DatasetReader {

    static final String NAME = "name";
    static final String MET = "met";
    /** Minimum criteria columns for a header to count as a criteria matrix. */
    private static final int MIN_CRITERIA = 10;
    private static final CriteriaSet SET = CriteriaSet.NTM_2021_2025;
    private static final Pattern NUMBERED = Pattern.compile("(?:^|\\s)(?:tc|tieu chi|tieu chi so)?\\s*(\\d{1,2})$");
    /** Header words of each 2021-2025 criterion, folded; the first that matches a column wins. */
    private static final List<List<String>> KEYWORDS = List.of(
            List.of("quy hoach"), List.of("giao thong"), List.of("thuy loi"), List.of("dien"),
            List.of("truong hoc"), List.of("co so vat chat van hoa", "csvc van hoa", "co so vat chat"),
            List.of("thuong mai"), List.of("thong tin", "truyen thong"), List.of("nha o"), List.of("thu nhap"),
            List.of("ngheo"), List.of("lao dong"), List.of("to chuc san xuat", "san xuat"), List.of("giao duc"),
            List.of("y te"), List.of("van hoa"), List.of("moi truong"), List.of("he thong chinh tri", "chinh tri"),
            List.of("quoc phong", "an ninh"));
    private static final Pattern NOTE_YEAR = Pattern.compile("nam (\\d{4})\\s*(\\d+)\\s*tieu chi");

    @Override
    public Dataset dataset() {
        return Dataset.CRITERIA_MATRIX;
    }

    public static CriteriaSet criteriaSet() {
        return SET;
    }

    @Override
    public Optional<ColumnMap> recognize(HeaderBand header) {
        Map<Integer, Integer> criterionColumns = new LinkedHashMap<>();
        for (int c = 0; c < header.width(); c++) {
            String label = header.folded().get(c);
            if (label.isEmpty() || Labels.hasAny(label, "nang cao", "kieu mau")) continue;
            int criterion = byName(label);
            if (criterion > 0 && !criterionColumns.containsKey(criterion)) criterionColumns.put(criterion, c);
        }
        if (criterionColumns.size() < MIN_CRITERIA) {
            criterionColumns.clear();
            for (int c = 0; c < header.width(); c++) {
                int criterion = byNumber(header.folded().get(c), header.codeAt(c));
                if (criterion > 0 && !criterionColumns.containsKey(criterion)) criterionColumns.put(criterion, c);
            }
        }
        if (criterionColumns.size() < MIN_CRITERIA) return Optional.empty();
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < header.width(); c++) {
            String label = header.folded().get(c);
            if (criterionColumns.containsValue(c) || label.isEmpty()) continue;
            if (!columns.containsKey(NAME) && Labels.hasAny(label, "xa", "ten xa", "don vi", "phuong", "ten don vi")
                    && !Labels.hasAny(label, "so tieu chi", "kq dat")) {
                columns.put(NAME, c);
            } else if (!columns.containsKey(MET) && (Labels.hasAny(label, "so tieu chi", "so tc", "kq dat", "ket qua")
                    || Labels.has(label, "dat") && Labels.has(label, "tieu chi"))) {
                columns.put(MET, c);
            }
        }
        if (!columns.containsKey(NAME)) return Optional.empty();
        criterionColumns.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> columns.put("c" + e.getKey(), e.getValue()));
        return Optional.of(new ColumnMap(columns, columns.size()));
    }

    private static int byName(String label) {
        for (int i = 0; i < KEYWORDS.size(); i++) {
            for (String k : KEYWORDS.get(i)) {
                if (Labels.has(label, k)) {
                    // "Văn hóa" alone is criterion 16; with "cơ sở vật chất" it is criterion 6.
                    if (i == 15 && Labels.hasAny(label, "co so", "csvc")) return 6;
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private static int byNumber(String label, String code) {
        Matcher m = NUMBERED.matcher(label);
        String number = m.find() ? m.group(1) : (label.isEmpty() || Labels.has(label, "tieu chi") ? code : "");
        if (!number.matches("\\d{1,2}")) return 0;
        int n = Integer.parseInt(number);
        return n >= 1 && n <= SET.size() ? n : 0;
    }

    @Override
    public RowResult readRow(SheetRow row, ColumnMap columns, SourceRef sheet, ColumnConventions conventions) {
        List<Finding> findings = new ArrayList<>();
        String nameRef = row.ref(columns.column(NAME));
        String commune = UnitNames.clean(row.text(columns.column(NAME)));
        List<CriterionStatus> statuses = new ArrayList<>();
        for (int n = 1; n <= SET.size(); n++) {
            Integer column = columns.column("c" + n);
            CriterionStatus status = column == null ? CriterionStatus.BLANK : CriterionCellParser.parse(row.cell(column));
            if (status.kind() == CriterionStatus.Kind.UNRECOGNISED) {
                String ref = row.ref(column);
                findings.add(Finding.of(FindingCode.CRITERION_CELL_UNRECOGNISED, sheet.at(ref), ref, n, status.raw()));
            }
            statuses.add(status);
        }
        CellReading.Count reported = new CellReading(row, sheet, findings, conventions).count(columns.column(MET),
                "số tiêu chí đạt / criteria met");
        if (commune.isEmpty()) {
            return new RowResult.Rejected(Message.of("ROW_REJECTED.communeNameMissing", nameRef), findings);
        }
        Integer reportedMet = reported.value() == null ? null : reported.value().intValue();
        return new RowResult.Used(new CommuneCriteria(commune, reportedMet, statuses, sheet.at(nameRef), row.number()),
                findings);
    }

    @Override
    public List<ReportedValue> reportedValues(SheetRow row, ColumnMap columns, ReportedValue.RowKind kind,
                                              ColumnConventions conventions) {
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
                values.add(new ReportedValue(ReportedValue.RowKind.NOTE, "planned_" + m.group(1),
                        Integer.parseInt(m.group(2)), 0, row.ref(cell.column()), cell.text()));
            }
        });
        return values;
    }

    @Override
    public String unitOf(Object record) {
        return ((CommuneCriteria) record).commune();
    }
}
