package vn.ruralstat.ingest;

import java.util.ArrayList;
import java.util.List;
import vn.ruralstat.dataset.DatasetReader;
import vn.ruralstat.dataset.ReportedValue;
import vn.ruralstat.dataset.RowCounts;
import vn.ruralstat.dataset.TableInfo;
import vn.ruralstat.dataset.TableSink;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.sheet.SheetRow;

/** Keeps what the scanner sends, for assertions. */
public class RecordingSink implements TableSink {

    public final List<TableInfo> tables = new ArrayList<>();
    public final List<Object> used = new ArrayList<>();
    /** "row: English reason" */
    public final List<String> rejected = new ArrayList<>();
    /** "row: Vietnamese reason" */
    public final List<String> rejectedVi = new ArrayList<>();

    public final List<ReportedValue> reported = new ArrayList<>();
    public final List<Finding> findings = new ArrayList<>();

    /** Scans one sheet ("Sheet1" of {@code file}) with {@code readers}, recording what they find here. */
    public RowCounts scan(List<DatasetReader> readers, String file, List<SheetRow> rows) {
        TableScanner scanner = new TableScanner(readers, new TableUnitResolver(), this, SourceRef.file(file));
        scanner.startSheet("Sheet1", false);
        rows.forEach(scanner::row);
        scanner.endSheet();
        return scanner.counts();
    }

    @Override
    public long startTable(TableInfo table) {
        tables.add(table);
        return tables.size();
    }

    @Override
    public void used(long tableId, Object record) {
        used.add(record);
    }

    @Override
    public void rejected(long tableId, String sheet, SheetRow row, String reasonVi, String reasonEn) {
        rejected.add(row.number() + ": " + reasonEn);
        rejectedVi.add(row.number() + ": " + reasonVi);
    }

    @Override
    public void reported(long tableId, ReportedValue value) {
        reported.add(value);
    }

    @Override
    public void finding(Finding finding) {
        findings.add(finding);
    }

    /** The records used, of one type. */
    public <T> List<T> used(Class<T> type) {
        return used.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
