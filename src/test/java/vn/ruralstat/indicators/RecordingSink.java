package vn.ruralstat.indicators;

import java.util.ArrayList;
import java.util.List;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.ingest.ReportedValue;
import vn.ruralstat.ingest.TableInfo;
import vn.ruralstat.ingest.TableSink;
import vn.ruralstat.sheet.SheetRow;

/** Keeps what the scanner sends, for assertions. Copied from the ingest tests. */
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
        rejected.add(row.number() + ": " + reasonVi);
    }

    @Override
    public void reported(long tableId, ReportedValue value) {
        reported.add(value);
    }

    @Override
    public void finding(Finding finding) {
        findings.add(finding);
    }

    <T> List<T> used(Class<T> type) {
        return used.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
