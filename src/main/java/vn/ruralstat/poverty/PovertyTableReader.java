package vn.ruralstat.poverty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
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
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.message.Message;
import vn.ruralstat.sheet.ColumnMeaning;
import vn.ruralstat.sheet.HeaderBand;
import vn.ruralstat.sheet.Labels;
import vn.ruralstat.sheet.SheetRow;
import vn.ruralstat.sheet.UnitNames;

/**
 * Recognises a village poverty table by its header words (with or without diacritics): a unit
 * column (Thôn / Xóm / Bản / Xã, phường / Đơn vị), total households ("Tổng số hộ"), poor
 * households ("Hộ nghèo" / "Hộ"), and optionally their rates ("Tỷ lệ (%)"), near-poor
 * households and rates ("Hộ cận nghèo"), and planned reductions ("Kế hoạch giảm", "Tỷ lệ giảm",
 * "Số hộ giảm").
 */
@Component
public class PovertyTableReader implements DatasetReader {

    /** Households by poverty status, one row per village of a commune (seed 003 appendix). */
    public static final DatasetId DATASET = new DatasetId("VILLAGE_POVERTY");

    static final String NAME = "name";
    static final String HOUSEHOLDS = "households";
    static final String POOR = "poor";
    static final String POOR_RATE = "poor_rate";
    static final String NEAR_POOR = "near_poor";
    static final String NEAR_POOR_RATE = "near_poor_rate";
    static final String PLANNED_POOR_RATE = "planned_poor_rate";
    static final String PLANNED_POOR = "planned_poor";
    static final String PLANNED_NEAR_POOR_RATE = "planned_near_poor_rate";
    static final String PLANNED_NEAR_POOR = "planned_near_poor";

    private static final List<String> COUNT_FIELDS =
            List.of(HOUSEHOLDS, POOR, NEAR_POOR, PLANNED_POOR, PLANNED_NEAR_POOR);

    private final CountCeiling ceiling;

    /** Counts up to the default ceiling. */
    public PovertyTableReader() {
        this(CountCeiling.DEFAULT.max());
    }

    /** @param countMax {@code ruralstat.limits.count-max}: a count above it rejects its row */
    @Autowired
    public PovertyTableReader(@Value("${ruralstat.limits.count-max:" + CellReading.MAX_COUNT + "}") long countMax) {
        this.ceiling = new CountCeiling(countMax);
    }

    @Override
    public DatasetId dataset() {
        return DATASET;
    }

    /** A village table covers a commune. */
    @Override
    public int tableUnitRank() {
        return 1;
    }

    /** The year of the review in the households header is the period; the title names the plan's year. */
    @Override
    public Optional<String> periodField() {
        return Optional.of(HOUSEHOLDS);
    }

    @Override
    public Optional<ColumnMap> recognize(HeaderBand header) {
        Map<String, Integer> columns = new HashMap<>();
        first(header, PovertyTableReader::isUnitName).ifPresent(c -> columns.put(NAME, c));
        Predicate<String> planned = l -> Labels.hasAny(l, "giam", "ke hoach", "thoat ngheo");
        first(
                        header,
                        l -> !isPoverty(l)
                                && !planned.test(l)
                                && !Labels.hasAny(l, "nhan khau", "khau", "nguoi")
                                && Labels.hasAny(
                                        l, "tong so ho", "so ho dan", "so ho", "tong so", "tong ho", "ho gia dinh"))
                .ifPresent(c -> columns.put(HOUSEHOLDS, c));
        Predicate<String> near = l -> Labels.has(l, "can ngheo");
        Predicate<String> poor = l -> isPoverty(l) && !near.test(l);
        Predicate<String> rate = l -> Labels.hasAny(l, "ty le", "tyle");
        first(header, l -> poor.test(l) && !rate.test(l) && !planned.test(l)).ifPresent(c -> columns.put(POOR, c));
        first(header, l -> poor.test(l) && rate.test(l) && !planned.test(l)).ifPresent(c -> columns.put(POOR_RATE, c));
        first(header, l -> near.test(l) && !rate.test(l) && !planned.test(l)).ifPresent(c -> columns.put(NEAR_POOR, c));
        first(header, l -> near.test(l) && rate.test(l) && !planned.test(l))
                .ifPresent(c -> columns.put(NEAR_POOR_RATE, c));
        first(header, l -> poor.test(l) && rate.test(l) && planned.test(l))
                .ifPresent(c -> columns.put(PLANNED_POOR_RATE, c));
        first(header, l -> poor.test(l) && !rate.test(l) && planned.test(l))
                .ifPresent(c -> columns.put(PLANNED_POOR, c));
        first(header, l -> near.test(l) && rate.test(l) && planned.test(l))
                .ifPresent(c -> columns.put(PLANNED_NEAR_POOR_RATE, c));
        first(header, l -> near.test(l) && !rate.test(l) && planned.test(l))
                .ifPresent(c -> columns.put(PLANNED_NEAR_POOR, c));
        if (!columns.containsKey(NAME) || !columns.containsKey(HOUSEHOLDS) || !columns.containsKey(POOR)) {
            return Optional.empty();
        }
        return Optional.of(new ColumnMap(ordered(columns), columns.size()));
    }

    private static boolean isPoverty(String label) {
        return Labels.has(label, "ngheo");
    }

    private static boolean isUnitName(String label) {
        return !isPoverty(label)
                && !Labels.hasAny(label, "stt", "tt", "so tt", "tong so", "ghi chu")
                && Labels.hasAny(
                        label,
                        "thon",
                        "xom",
                        "ban",
                        "ap",
                        "xa",
                        "phuong",
                        "don vi",
                        "ten",
                        "khu",
                        "lang",
                        "to dan pho",
                        "dia ban");
    }

    private static Optional<Integer> first(HeaderBand header, Predicate<String> test) {
        List<Integer> found = header.columnsWhere(test);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static Map<String, Integer> ordered(Map<String, Integer> columns) {
        Map<String, Integer> ordered = new java.util.LinkedHashMap<>();
        for (String f : List.of(
                NAME,
                HOUSEHOLDS,
                POOR,
                POOR_RATE,
                NEAR_POOR,
                NEAR_POOR_RATE,
                PLANNED_POOR_RATE,
                PLANNED_POOR,
                PLANNED_NEAR_POOR_RATE,
                PLANNED_NEAR_POOR)) {
            if (columns.containsKey(f)) ordered.put(f, columns.get(f));
        }
        return ordered;
    }

    @Override
    public RowResult readRow(SheetRow row, ColumnMap columns, SourceRef sheet, ColumnConventions conventions) {
        List<Finding> findings = new ArrayList<>();
        CellReading cells = new CellReading(row, sheet, findings, conventions, ceiling);
        String name = UnitNames.clean(row.text(columns.column(NAME)));
        CellReading.Count households = cells.count(columns.column(HOUSEHOLDS), "tổng số hộ / total households");
        CellReading.Count poor = cells.count(columns.column(POOR), "hộ nghèo / poor households");
        CellReading.Count nearPoor = cells.count(columns.column(NEAR_POOR), "hộ cận nghèo / near-poor households");
        Double poorRate = cells.percent(columns.column(POOR_RATE), "tỷ lệ hộ nghèo / poverty rate");
        Double nearPoorRate = cells.percent(columns.column(NEAR_POOR_RATE), "tỷ lệ hộ cận nghèo / near-poverty rate");
        VillagePoverty.PlannedReduction planned = new VillagePoverty.PlannedReduction(
                cells.percent(columns.column(PLANNED_POOR_RATE), "tỷ lệ giảm hộ nghèo / planned poverty reduction"),
                cells.count(columns.column(PLANNED_POOR), "số hộ nghèo giảm / planned poor reduction")
                        .value(),
                cells.percent(
                        columns.column(PLANNED_NEAR_POOR_RATE),
                        "tỷ lệ giảm hộ cận nghèo / planned near-poverty reduction"),
                cells.count(columns.column(PLANNED_NEAR_POOR), "số hộ cận nghèo giảm / planned near-poor reduction")
                        .value());

        String nameRef = row.ref(columns.column(NAME));
        if (name.isEmpty()) {
            return new RowResult.Rejected(Message.of("ROW_REJECTED.villageNameMissing", nameRef), findings);
        }
        if (households.invalid() || poor.invalid() || nearPoor.invalid()) {
            // The findings above mark the unreadable cells; the rejection marks the village's name.
            return new RowResult.Rejected(Message.of("ROW_REJECTED.countsUnreadable", row.number()), findings);
        }
        if (households.blank()) {
            String ref = row.ref(columns.column(HOUSEHOLDS));
            return new RowResult.Rejected(Message.of("ROW_REJECTED.householdsMissing", ref), ref, findings);
        }
        if (poor.blank()) {
            String ref = row.ref(columns.column(POOR));
            return new RowResult.Rejected(Message.of("ROW_REJECTED.poorMissing", ref), ref, findings);
        }
        PovertyFigures figures =
                new PovertyFigures(households.value(), poor.value(), nearPoor.value() == null ? 0 : nearPoor.value());
        return new RowResult.Used(
                new VillagePoverty(name, figures, poorRate, nearPoorRate, planned, sheet.at(nameRef), row.number()),
                findings);
    }

    @Override
    public List<ReportedValue> reportedValues(
            SheetRow row, ColumnMap columns, ReportedValue.RowKind kind, ColumnConventions conventions) {
        return CellReading.reportedRow(
                row,
                columns,
                kind,
                conventions,
                field -> COUNT_FIELDS.contains(field) ? ColumnMeaning.COUNT : ColumnMeaning.PERCENT);
    }

    /**
     * A commune heading inside a district's village table: the unit column names a commune
     * ("Xã Ngân Sơn", "THỊ TRẤN NÀ PHẶC") and the row has no household counts. The villages
     * below it, up to the next heading, belong to that commune.
     */
    @Override
    public Optional<String> groupHeading(SheetRow row, ColumnMap columns) {
        String name = UnitNames.clean(row.text(columns.column(NAME)));
        String folded = Labels.fold(name);
        boolean commune = folded.startsWith("xa ") || folded.startsWith("phuong ") || folded.startsWith("thi tran ");
        boolean noCounts = row.cell(columns.column(HOUSEHOLDS)).isBlank()
                && row.cell(columns.column(POOR)).isBlank();
        return commune && noCounts ? Optional.of(name) : Optional.empty();
    }

    @Override
    public String unitOf(Object record) {
        return ((VillagePoverty) record).name();
    }
}
