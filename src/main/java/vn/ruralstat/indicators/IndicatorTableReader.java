package vn.ruralstat.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ruralstat.dataset.ColumnConventions;
import vn.ruralstat.dataset.ColumnMap;
import vn.ruralstat.dataset.DatasetId;
import vn.ruralstat.dataset.DatasetReader;
import vn.ruralstat.dataset.RowResult;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.message.Message;
import vn.ruralstat.sheet.HeaderBand;
import vn.ruralstat.sheet.Labels;
import vn.ruralstat.sheet.SheetRow;
import vn.ruralstat.sheet.UnitNames;

/**
 * Recognises one commune's indicator table: one indicator per row, in the shape of seed 002's
 * appendix ("TT | Tên tiêu chí | Nội dung tiêu chí | Chỉ tiêu chung | …") with the commune's own
 * figures beside it. It needs an indicator column ("Nội dung tiêu chí", "Nội dung", "Chỉ tiêu")
 * and at least one of a value column ("Hiện trạng", "Kết quả thực hiện", "Giá trị", "Thực
 * trạng", "Kết quả", "Số liệu") and a self-assessment column ("Tự đánh giá", "Đánh giá",
 * "Đạt/Chưa đạt", "Kết quả đánh giá"). A plan as published, without either, is not data and is
 * not taken. The published target ("Chỉ tiêu chung", "Yêu cầu") is mapped but never read: the
 * target comes from the rulebook.
 *
 * <p>The indicator's code is read from a code column ("Mã", "STT chỉ tiêu"), else from the start
 * of the indicator's text ("1.1. Có quy hoạch …", "4.1 Tỷ lệ …"), else from the TT column when
 * it holds one ("4.1"). A code typed as a number reads as the number: 3.10 typed as a number is
 * 3.1. A code outside the 2026-2030 set is still read; the evaluation reports it.
 *
 * <p>A row without a code is not an indicator: a criterion heading ("1 | Quy hoạch |"), a line of
 * wrapped text, a header repeated on a new page. The reader interface has no "skip", so such a
 * row is rejected with the reason "Dòng tiêu đề nhóm tiêu chí, không có số liệu" when it holds no
 * figure, and with a reason naming the cell when it does (a figure without an indicator).
 */
@Component
public class IndicatorTableReader implements DatasetReader {

    /** One indicator per row with one commune's value and/or self-assessment (seed 002 appendix shape). */
    public static final DatasetId DATASET = new DatasetId("INDICATOR_TABLE");

    static final String NAME = "name";
    static final String CODE = "code";
    static final String POSITION = "tt";
    static final String CRITERION = "criterion";
    static final String TARGET = "target";
    static final String VALUE = "value";
    static final String ASSESSMENT = "assessment";

    @Override
    public DatasetId dataset() {
        return DATASET;
    }

    /** A one-commune indicator table covers a commune, as a village table does. */
    @Override
    public int tableUnitRank() {
        return 1;
    }

    @Override
    public Optional<ColumnMap> recognize(HeaderBand header) {
        // A commune × indicator matrix names codes in its header; this table names none.
        if (header.labels().stream()
                        .filter(l -> IndicatorCodes.inHeader(l).isPresent())
                        .count()
                >= 2) {
            return Optional.empty();
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < header.width(); c++) {
            String l = header.folded().get(c);
            if (l.isEmpty()) continue;
            String field = strongField(l);
            if (field != null) columns.putIfAbsent(field, c);
        }
        // "Chỉ tiêu" alone is the indicator when nothing else is, else the published target.
        for (int c = 0; c < header.width(); c++) {
            String l = header.folded().get(c);
            if (l.isEmpty() || columns.containsValue(c) || !Labels.has(l, "chi tieu")) continue;
            columns.putIfAbsent(columns.containsKey(NAME) ? TARGET : NAME, c);
        }
        if (!columns.containsKey(NAME) || !columns.containsKey(VALUE) && !columns.containsKey(ASSESSMENT)) {
            return Optional.empty();
        }
        Map<String, Integer> inSheetOrder = new LinkedHashMap<>();
        columns.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .forEach(e -> inSheetOrder.put(e.getKey(), e.getValue()));
        return Optional.of(new ColumnMap(inSheetOrder, inSheetOrder.size()));
    }

    /** The field a folded header label surely names, or null. Assessment before value: "Kết quả tự đánh giá". */
    private static String strongField(String l) {
        if (Labels.hasAny(l, "stt chi tieu", "tt chi tieu", "ma chi tieu", "ma so", "ma")) return CODE;
        if (Labels.hasAny(l, "tu danh gia", "danh gia", "dat chua dat", "muc do dat")) return ASSESSMENT;
        if (Labels.hasAny(l, "hien trang", "ket qua thuc hien", "gia tri", "thuc trang", "ket qua", "so lieu")) {
            return VALUE;
        }
        if (Labels.hasAny(l, "chi tieu chung", "yeu cau", "muc tieu", "chi tieu dat chuan")) return TARGET;
        if (Labels.hasAny(l, "noi dung tieu chi", "noi dung chi tieu", "ten chi tieu", "noi dung")) return NAME;
        if (Labels.hasAny(l, "ten tieu chi", "tieu chi")) return CRITERION;
        if (Labels.hasAny(l, "stt", "tt", "so tt")) return POSITION;
        return null;
    }

    @Override
    public RowResult readRow(SheetRow row, ColumnMap columns, SourceRef sheet, ColumnConventions conventions) {
        Integer valueColumn = columns.column(VALUE);
        Integer assessmentColumn = columns.column(ASSESSMENT);
        String value = valueColumn == null ? "" : IndicatorCodes.valueText(row.cell(valueColumn));
        String assessment = assessmentColumn == null ? "" : IndicatorCodes.valueText(row.cell(assessmentColumn));
        Optional<String> code = code(row, columns);
        if (code.isEmpty()) {
            if (value.isEmpty() && assessment.isEmpty()) {
                return new RowResult.Heading(List.of());
            }
            String ref = row.ref(value.isEmpty() ? assessmentColumn : valueColumn);
            String nameRef = row.ref(columns.column(NAME));
            return new RowResult.Rejected(
                    Message.of("ROW_REJECTED.indicatorCodeMissing", ref, nameRef), ref, List.of());
        }
        return new RowResult.Used(
                new IndicatorEntry(
                        null,
                        code.get(),
                        value,
                        assessment,
                        valueColumn == null ? null : row.ref(valueColumn),
                        assessmentColumn == null ? null : row.ref(assessmentColumn),
                        row.number()),
                List.of());
    }

    private static Optional<String> code(SheetRow row, ColumnMap columns) {
        Optional<String> code = Optional.empty();
        if (columns.has(CODE)) code = IndicatorCodes.atStart(row.text(columns.column(CODE)));
        if (code.isEmpty()) code = IndicatorCodes.atStart(UnitNames.clean(row.text(columns.column(NAME))));
        // A TT column numbers criteria "1" and often indicators "1.1": only the latter is a code.
        if (code.isEmpty() && columns.has(POSITION)) code = IndicatorCodes.atStart(row.text(columns.column(POSITION)));
        return code;
    }

    @Override
    public String unitOf(Object record) {
        return ((IndicatorEntry) record).code();
    }

    /** Rows name indicators ("1.1", "1.2"), whose codes are alike by design. */
    @Override
    public boolean rowsNameUnits() {
        return false;
    }
}
