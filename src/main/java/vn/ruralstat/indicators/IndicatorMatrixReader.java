package vn.ruralstat.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.ruralstat.dataset.ColumnConventions;
import vn.ruralstat.dataset.ColumnMap;
import vn.ruralstat.dataset.DatasetId;
import vn.ruralstat.dataset.DatasetReader;
import vn.ruralstat.dataset.RowResult;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.message.Message;
import vn.ruralstat.rulebook.Rulebooks;
import vn.ruralstat.sheet.Cell;
import vn.ruralstat.sheet.HeaderBand;
import vn.ruralstat.sheet.Labels;
import vn.ruralstat.sheet.SheetRow;
import vn.ruralstat.sheet.UnitNames;

/**
 * Recognises a commune × indicator matrix: a commune column ("Xã", "Tên xã", "Đơn vị") and at
 * least {@value #MIN_INDICATORS} columns whose header names an indicator code of a rulebook read
 * from indicator tables (the 2026-2030 set) ("Chỉ tiêu 1.1", "TC 4.1", "4.1 Tỷ lệ lao động …", "Tiêu chí 4 / 4.1" under a merged
 * criterion header). The 2021-2025 criteria matrix numbers its columns "1" … "19" or names them,
 * never "x.y", so the two are not confused. Each indicator column is mapped under its code.
 *
 * <p>A row gives one entry per non-blank indicator cell; a commune row without any is rejected,
 * so that every row used is a row stored.
 */
@Component
public class IndicatorMatrixReader implements DatasetReader {

    /** One commune per row, one indicator per column. */
    public static final DatasetId DATASET = new DatasetId("INDICATOR_MATRIX");

    public static final String NAME = "name";
    static final int MIN_INDICATORS = 5;

    private final Set<String> codes;

    public IndicatorMatrixReader(Rulebooks rulebooks) {
        this.codes = IndicatorCodes.ofIndicatorRulebooks(rulebooks);
    }

    @Override
    public DatasetId dataset() {
        return DATASET;
    }

    @Override
    public Optional<ColumnMap> recognize(HeaderBand header) {
        Map<String, Integer> indicators = new LinkedHashMap<>();
        Integer commune = null;
        for (int c = 0; c < header.width(); c++) {
            String l = header.folded().get(c);
            if (l.isEmpty()) continue;
            Optional<String> code = IndicatorCodes.inHeader(header.labels().get(c));
            if (code.isPresent()) {
                if (codes.contains(code.get())) indicators.putIfAbsent(code.get(), c);
            } else if (commune == null
                    && Labels.hasAny(l, "xa", "ten xa", "don vi", "phuong", "ten don vi")
                    && !Labels.hasAny(l, "so tieu chi", "so chi tieu", "nhom", "vung", "xa hoi", "don vi tinh")) {
                commune = c;
            }
        }
        if (commune == null || indicators.size() < MIN_INDICATORS) return Optional.empty();
        Map<String, Integer> columns = new LinkedHashMap<>();
        columns.put(NAME, commune);
        columns.putAll(indicators);
        // Indicator names in the header ("4.1 Tỷ lệ lao động …") may also read as 2021-2025
        // criterion names; a column counted twice makes sure the codes win.
        return Optional.of(new ColumnMap(columns, 1 + 2 * indicators.size()));
    }

    @Override
    public RowResult readRow(SheetRow row, ColumnMap columns, SourceRef sheet, ColumnConventions conventions) {
        String nameRef = row.ref(columns.column(NAME));
        String commune = UnitNames.clean(row.text(columns.column(NAME)));
        if (commune.isEmpty()) {
            return new RowResult.Rejected(Message.of("ROW_REJECTED.communeNameMissing", nameRef), List.of());
        }
        List<IndicatorEntry> entries = new ArrayList<>();
        columns.columns().forEach((field, column) -> {
            if (field.equals(NAME)) return;
            Cell cell = row.cell(column);
            if (cell.isBlank()) return;
            entries.add(new IndicatorEntry(
                    commune, field, IndicatorCodes.valueText(cell), "", row.ref(column), null, row.number()));
        });
        if (entries.isEmpty()) {
            return new RowResult.Rejected(
                    Message.of("ROW_REJECTED.noIndicatorFigures", commune, row.number()), List.of());
        }
        return new RowResult.Used(new CommuneIndicatorRow(commune, entries, row.number()), List.of());
    }

    @Override
    public String unitOf(Object record) {
        return ((CommuneIndicatorRow) record).commune();
    }
}
