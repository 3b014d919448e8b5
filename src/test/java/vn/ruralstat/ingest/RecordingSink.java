package vn.ruralstat.ingest;

import java.util.ArrayList;
import java.util.List;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.sheet.SheetRow;

/** Keeps what the scanner sends, for assertions. */
class RecordingSink implements TableSink {

    final List<TableInfo> tables = new ArrayList<>();
    final List<Object> used = new ArrayList<>();
    final List<String> rejected = new ArrayList<>();
    final List<ReportedValue> reported = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();

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
    }

    @Override
    public void reported(long tableId, ReportedValue value) {
        reported.add(value);
    }

    @Override
    public void finding(Finding finding) {
        findings.add(finding);
    }
}
