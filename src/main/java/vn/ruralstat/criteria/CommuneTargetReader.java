package vn.ruralstat.criteria;

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
import vn.ruralstat.sheet.Cell;
import vn.ruralstat.sheet.HeaderBand;
import vn.ruralstat.sheet.Labels;
import vn.ruralstat.sheet.SheetRow;
import vn.ruralstat.sheet.UnitNames;

/**
 * Recognises the list of communes with their target years: a commune column and year columns
 * for NTM ("Năm phấn đấu đạt chuẩn NTM"), advanced NTM ("… nâng cao") and model NTM
 * ("… kiểu mẫu"), plus notes.
 */
@Component
public class CommuneTargetReader implements DatasetReader {

    /** Communes with the year each aims to reach NTM, advanced and model NTM (seed 004). */
    public static final DatasetId DATASET = new DatasetId("COMMUNE_TARGETS");

    @Override
    public DatasetId dataset() {
        return DATASET;
    }

    @Override
    public Optional<ColumnMap> recognize(HeaderBand header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < header.width(); c++) {
            String l = header.folded().get(c);
            if (l.isEmpty()) continue;
            boolean ntm = Labels.hasAny(l, "ntm", "nong thon moi");
            if (Labels.has(l, "nang cao")) columns.putIfAbsent("advanced", c);
            else if (Labels.has(l, "kieu mau")) columns.putIfAbsent("model", c);
            else if (ntm) columns.putIfAbsent("ntm", c);
            else if (Labels.has(l, "ghi chu")) columns.putIfAbsent("note", c);
            else if (Labels.hasAny(l, "xa", "ten xa", "don vi", "phuong")) columns.putIfAbsent("name", c);
        }
        boolean fits = columns.containsKey("name")
                && columns.containsKey("ntm")
                && (columns.containsKey("advanced") || columns.containsKey("model"));
        return fits ? Optional.of(new ColumnMap(columns, columns.size())) : Optional.empty();
    }

    @Override
    public RowResult readRow(SheetRow row, ColumnMap columns, SourceRef sheet, ColumnConventions conventions) {
        String nameRef = row.ref(columns.column("name"));
        String commune = UnitNames.clean(row.text(columns.column("name")));
        if (commune.isEmpty()) {
            return new RowResult.Rejected(Message.of("ROW_REJECTED.communeNameMissing", nameRef), List.of());
        }
        Cell ntm = cell(row, columns.column("ntm"));
        return new RowResult.Used(
                new CommuneTarget(
                        commune,
                        year(ntm),
                        year(ntm) == null ? ntm.text() : null,
                        year(cell(row, columns.column("advanced"))),
                        year(cell(row, columns.column("model"))),
                        cell(row, columns.column("note")).text(),
                        sheet.at(nameRef),
                        row.number(),
                        null),
                List.of());
    }

    private static Cell cell(SheetRow row, Integer column) {
        return column == null ? Cell.blank(0) : row.cell(column);
    }

    /** The year in a cell ("2024", 2024, "năm 2024"), or null. */
    static Integer year(Cell cell) {
        CriterionStatus s = CriterionCellParser.parse(cell);
        return s.isPlanned() ? s.year() : null;
    }

    @Override
    public String unitOf(Object record) {
        return ((CommuneTarget) record).commune();
    }
}
