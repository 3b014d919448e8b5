package vn.ruralstat.store;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import vn.ruralstat.dataset.DatasetRows;
import vn.ruralstat.dataset.ReportedValue;
import vn.ruralstat.dataset.RowCounts;
import vn.ruralstat.dataset.RowTable;
import vn.ruralstat.dataset.SourceLedger;
import vn.ruralstat.dataset.SqlValues;
import vn.ruralstat.dataset.TableInfo;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.sheet.SheetRow;

/**
 * The source ledger in the database: files, tables, rejections and findings, and each used row
 * through its dataset's {@link DatasetRows}, whichever dataset it is.
 */
@Component
public class IngestStore implements SourceLedger {

    static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final BulkInserter bulk;
    private final FindingStore findings;
    private final DatasetRowsRegistry datasets;
    private final CarryForward carryForward;
    private final JobRuns runs;

    public IngestStore(
            JdbcTemplate jdbc,
            BulkInserter bulk,
            FindingStore findings,
            DatasetRowsRegistry datasets,
            CarryForward carryForward,
            JobRuns runs) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.findings = findings;
        this.datasets = datasets;
        this.carryForward = carryForward;
        this.runs = runs;
    }

    @Override
    public long startFile(long runId, String path, String sha256, long size, Instant modified) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    PreparedStatement ps = con.prepareStatement(
                            "INSERT INTO rs_source_file (run_id, path, sha256, size_bytes,"
                                    + " modified_at, status) VALUES (?,?,?,?,?,'READING')",
                            new String[] {"id"});
                    ps.setLong(1, runId);
                    ps.setString(2, path);
                    ps.setString(3, sha256);
                    ps.setLong(4, size);
                    ps.setTimestamp(5, modified == null ? null : Timestamp.from(modified));
                    return ps;
                },
                key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    @Override
    public void finishFile(long fileId, String status, String message, RowCounts counts) {
        jdbc.update(
                "UPDATE rs_source_file SET status = ?, message = ?, tables_found = ?, rows_read = ?, rows_used = ?,"
                        + " rows_rejected = ?, rows_other = ? WHERE id = ?",
                status,
                truncate(message, 4000),
                counts.tables(),
                counts.read(),
                counts.used(),
                counts.rejected(),
                counts.other(),
                fileId);
    }

    @Override
    public void discardFile(long fileId) {
        String tables = "SELECT id FROM rs_source_table WHERE file_id = ?";
        for (RowTable t : datasets.tables()) t.deleteFile(fileId);
        jdbc.update("DELETE FROM rs_reported_value WHERE table_id IN (" + tables + ")", fileId);
        jdbc.update("DELETE FROM rs_rejected_row WHERE file_id = ?", fileId);
        jdbc.update("DELETE FROM rs_source_table WHERE file_id = ?", fileId);
        jdbc.update(
                "DELETE FROM rs_finding WHERE file = (SELECT path FROM rs_source_file WHERE id = ?)"
                        + " AND run_id = (SELECT run_id FROM rs_source_file WHERE id = ?)",
                fileId,
                fileId);
    }

    @Override
    public Optional<PreviousFile> previous(String path, String sha256) {
        return runs.latestCompletedCopy(path, sha256);
    }

    @Override
    public RowCounts carryForward(PreviousFile previous, long runId, Instant modified) {
        return carryForward.copy(previous, runId, modified);
    }

    @Override
    public FileSink sinkFor(long runId, long fileId) {
        return new BufferedSink(runId, fileId);
    }

    private final class BufferedSink implements FileSink {
        private final long runId;
        private final long fileId;
        private final Map<RowTable, List<Object[]>> rows = new LinkedHashMap<>();
        private final Map<Long, DatasetRows<?, ?>> tableDatasets = new HashMap<>();
        private int buffered;
        private final List<Object[]> reported = new ArrayList<>();
        private final List<Object[]> rejected = new ArrayList<>();
        private final List<Finding> pendingFindings = new ArrayList<>();
        private final java.util.Map<Long, String> groups = new java.util.HashMap<>();

        private BufferedSink(long runId, long fileId) {
            this.runId = runId;
            this.fileId = fileId;
        }

        @Override
        public long startTable(TableInfo t) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(
                    con -> {
                        PreparedStatement ps = con.prepareStatement(
                                "INSERT INTO rs_source_table (run_id, file_id, sheet, dataset,"
                                        + " header_first, header_last, unit_name, unit_level, parent_name, parent_level, period,"
                                        + " criteria_set, columns_map, unit_code, parent_code, status)"
                                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'USED')",
                                new String[] {"id"});
                        ps.setLong(1, runId);
                        ps.setLong(2, fileId);
                        ps.setString(3, t.sheet());
                        ps.setString(4, t.dataset().name());
                        ps.setInt(5, t.header().firstRow());
                        ps.setInt(6, t.header().lastRow());
                        ps.setString(7, t.unit() == null ? null : t.unit().name());
                        ps.setString(8, t.unit() == null ? null : t.unit().level());
                        ps.setString(9, t.parent() == null ? null : t.parent().name());
                        ps.setString(10, t.parent() == null ? null : t.parent().level());
                        ps.setString(11, t.period());
                        ps.setString(12, t.columns().rulebookId());
                        ps.setString(13, t.columns().describe());
                        ps.setString(14, t.unitCode());
                        ps.setString(15, t.parentCode());
                        return ps;
                    },
                    key);
            long tableId = Objects.requireNonNull(key.getKey()).longValue();
            tableDatasets.put(tableId, datasets.of(t.dataset()));
            return tableId;
        }

        @Override
        public void used(long tableId, Object record) {
            DatasetRows<?, ?> dataset = tableDatasets.get(tableId);
            List<Object[]> tableRows = rows.computeIfAbsent(dataset.table(), t -> new ArrayList<>());
            int before = tableRows.size();
            tableRows.addAll(rowsOf(dataset, tableId, record));
            buffered += tableRows.size() - before;
            if (buffered >= BATCH) flush();
        }

        private <R> List<Object[]> rowsOf(DatasetRows<R, ?> dataset, long tableId, Object record) {
            return dataset.rowsOf(runId, tableId, dataset.recordType().cast(record), groups.get(tableId));
        }

        @Override
        public void group(long tableId, String name) {
            groups.put(tableId, name);
        }

        @Override
        public void rejected(long tableId, String sheet, SheetRow row, String reasonVi, String reasonEn) {
            String raw = row.cells().stream()
                    .filter(c -> !c.isBlank())
                    .map(c -> row.ref(c.column()) + "=" + c.text())
                    .collect(Collectors.joining("; "));
            rejected.add(new Object[] {
                runId,
                fileId,
                tableId == 0 ? null : tableId,
                sheet,
                row.number(),
                truncate(reasonVi, 1000),
                truncate(reasonEn, 1000),
                truncate(raw, 2000)
            });
            if (rejected.size() >= BATCH) flush();
        }

        @Override
        public void reported(long tableId, ReportedValue v) {
            reported.add(new Object[] {
                runId,
                tableId,
                v.kind().name(),
                v.field(),
                v.value(),
                v.decimals(),
                v.cell(),
                truncate(v.label(), 500),
                v.coveredFrom(),
                v.coveredTo()
            });
        }

        @Override
        public void finding(Finding finding) {
            pendingFindings.add(finding);
            if (pendingFindings.size() >= BATCH) flush();
        }

        @Override
        public void flush() {
            rows.forEach(RowTable::insert);
            bulk.insert(
                    "rs_reported_value",
                    List.of(
                            "run_id",
                            "table_id",
                            "kind",
                            "field",
                            "val",
                            "decimals",
                            "cell",
                            "label",
                            "covered_from",
                            "covered_to"),
                    reported);
            bulk.insert(
                    "rs_rejected_row",
                    List.of("run_id", "file_id", "table_id", "sheet", "row_num", "reason_vi", "reason_en", "raw"),
                    rejected);
            findings.save(runId, FindingStore.INGEST, pendingFindings);
            rows.clear();
            buffered = 0;
            reported.clear();
            rejected.clear();
            pendingFindings.clear();
        }
    }

    static String truncate(String s, int max) {
        return SqlValues.truncate(s, max);
    }
}
