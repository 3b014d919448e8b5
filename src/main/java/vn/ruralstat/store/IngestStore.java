package vn.ruralstat.store;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import vn.ruralstat.criteria.CommuneCriteria;
import vn.ruralstat.criteria.CommuneTarget;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.indicators.CommuneIndicatorRow;
import vn.ruralstat.indicators.CommuneRegistration;
import vn.ruralstat.indicators.IndicatorEntry;
import vn.ruralstat.ingest.ReportedValue;
import vn.ruralstat.ingest.RowCounts;
import vn.ruralstat.ingest.TableInfo;
import vn.ruralstat.ingest.TableSink;
import vn.ruralstat.poverty.VillagePoverty;
import vn.ruralstat.sheet.SheetRow;

/** Writes what ingestion reads into the database: files, tables, rows, rejections, findings. */
@Component
public class IngestStore {

    static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final BulkInserter bulk;
    private final FindingStore findings;

    public IngestStore(JdbcTemplate jdbc, BulkInserter bulk, FindingStore findings) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.findings = findings;
    }

    /** Records a file of the run before reading it; returns its id. */
    public long startFile(long runId, String path, String sha256, long size, Instant modified) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("INSERT INTO rs_source_file (run_id, path, sha256, size_bytes,"
                    + " modified_at, status) VALUES (?,?,?,?,?,'READING')", new String[] {"id"});
            ps.setLong(1, runId);
            ps.setString(2, path);
            ps.setString(3, sha256);
            ps.setLong(4, size);
            ps.setTimestamp(5, modified == null ? null : Timestamp.from(modified));
            return ps;
        }, key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    public void finishFile(long fileId, String status, String message, RowCounts counts) {
        jdbc.update("UPDATE rs_source_file SET status = ?, message = ?, tables_found = ?, rows_read = ?, rows_used = ?,"
                        + " rows_rejected = ?, rows_other = ? WHERE id = ?", status, truncate(message, 4000),
                counts.tables(), counts.read(), counts.used(), counts.rejected(), counts.other(), fileId);
    }

    /** Removes every row a file left before it turned out unreadable, so nothing half-read is used. */
    public void discardFileRows(long fileId) {
        String tables = "SELECT id FROM rs_source_table WHERE file_id = ?";
        for (String t : List.of("rs_poverty_row", "rs_criteria_row", "rs_commune_target", "rs_reported_value",
                "rs_indicator_value", "rs_commune_register")) {
            jdbc.update("DELETE FROM " + t + " WHERE table_id IN (" + tables + ")", fileId);
        }
        jdbc.update("DELETE FROM rs_rejected_row WHERE file_id = ?", fileId);
        jdbc.update("DELETE FROM rs_source_table WHERE file_id = ?", fileId);
        jdbc.update("DELETE FROM rs_finding WHERE file = (SELECT path FROM rs_source_file WHERE id = ?)"
                + " AND run_id = (SELECT run_id FROM rs_source_file WHERE id = ?)", fileId, fileId);
    }

    /** A sink that buffers one file's rows and writes them in batches; call {@link FileSink#flush()} at the end. */
    public FileSink sinkFor(long runId, long fileId) {
        return new FileSink(runId, fileId);
    }

    public final class FileSink implements TableSink {
        private final long runId;
        private final long fileId;
        private final List<Object[]> poverty = new ArrayList<>();
        private final List<Object[]> criteria = new ArrayList<>();
        private final List<Object[]> targets = new ArrayList<>();
        private final List<Object[]> indicatorValues = new ArrayList<>();
        private final List<Object[]> registrations = new ArrayList<>();
        private final List<Object[]> reported = new ArrayList<>();
        private final List<Object[]> rejected = new ArrayList<>();
        private final List<Finding> pendingFindings = new ArrayList<>();
        private final java.util.Map<Long, String> groups = new java.util.HashMap<>();

        private FileSink(long runId, long fileId) {
            this.runId = runId;
            this.fileId = fileId;
        }

        @Override
        public long startTable(TableInfo t) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(con -> {
                PreparedStatement ps = con.prepareStatement("INSERT INTO rs_source_table (run_id, file_id, sheet, dataset,"
                        + " header_first, header_last, unit_name, unit_level, parent_name, parent_level, period,"
                        + " criteria_set, columns_map, status) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,'USED')",
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
                return ps;
            }, key);
            return Objects.requireNonNull(key.getKey()).longValue();
        }

        @Override
        public void used(long tableId, Object record) {
            if (record instanceof VillagePoverty v) {
                VillagePoverty.PlannedReduction p = v.planned();
                poverty.add(new Object[] {runId, tableId, v.row(), v.name(), v.figures().households(), v.figures().poor(),
                        v.figures().nearPoor(), v.reportedPoorRate(), v.reportedNearPoorRate(), p.poorRate(),
                        p.poorHouseholds(), p.nearPoorRate(), p.nearPoorHouseholds(), truncate(groups.get(tableId), 200)});
            } else if (record instanceof CommuneCriteria c) {
                String statuses = c.statuses().stream().map(s -> s.raw().replace('|', '/'))
                        .collect(Collectors.joining("|"));
                criteria.add(new Object[] {runId, tableId, c.row(), c.commune(), c.reportedMet(), c.metCount(), statuses});
            } else if (record instanceof CommuneTarget t) {
                targets.add(new Object[] {runId, tableId, t.row(), t.commune(), t.ntmYear(), truncate(t.ntmText(), 500),
                        t.advancedYear(), t.modelYear(), truncate(t.note(), 2000)});
            } else if (record instanceof IndicatorEntry e) {
                indicatorValues.add(indicatorValue(tableId, e.commune(), e));
            } else if (record instanceof CommuneIndicatorRow r) {
                r.entries().forEach(e -> indicatorValues.add(indicatorValue(tableId, r.commune(), e)));
            } else if (record instanceof CommuneRegistration g) {
                registrations.add(new Object[] {runId, tableId, g.row(), truncate(g.commune(), 200), g.groupKey(),
                        truncate(g.parent(), 200), g.cell()});
            } else {
                throw new IllegalArgumentException("No storage for " + record.getClass());
            }
            if (poverty.size() + criteria.size() + targets.size() + indicatorValues.size() + registrations.size()
                    >= BATCH) {
                flush();
            }
        }

        private Object[] indicatorValue(long tableId, String commune, IndicatorEntry e) {
            return new Object[] {runId, tableId, e.row(), truncate(commune, 200), e.code(), truncate(e.value(), 500),
                    truncate(e.assessment(), 200), e.valueCell(), e.assessmentCell()};
        }

        @Override
        public void group(long tableId, String name) {
            groups.put(tableId, name);
        }

        @Override
        public void rejected(long tableId, String sheet, SheetRow row, String reasonVi, String reasonEn) {
            String raw = row.cells().stream().filter(c -> !c.isBlank()).map(c -> row.ref(c.column()) + "=" + c.text())
                    .collect(Collectors.joining("; "));
            rejected.add(new Object[] {runId, fileId, tableId == 0 ? null : tableId, sheet, row.number(),
                    truncate(reasonVi, 1000), truncate(reasonEn, 1000), truncate(raw, 2000)});
            if (rejected.size() >= BATCH) flush();
        }

        @Override
        public void reported(long tableId, ReportedValue v) {
            reported.add(new Object[] {runId, tableId, v.kind().name(), v.field(), v.value(), v.decimals(), v.cell(),
                    truncate(v.label(), 500), v.coveredFrom(), v.coveredTo()});
        }

        @Override
        public void finding(Finding finding) {
            pendingFindings.add(finding);
            if (pendingFindings.size() >= BATCH) flush();
        }

        /** Writes everything buffered so far. */
        public void flush() {
            bulk.insert("rs_poverty_row", List.of("run_id", "table_id", "row_num", "name", "households", "poor",
                    "near_poor", "poor_rate_reported", "near_poor_rate_reported", "planned_poor_rate", "planned_poor",
                    "planned_near_poor_rate", "planned_near_poor", "group_name"), poverty);
            bulk.insert("rs_criteria_row", List.of("run_id", "table_id", "row_num", "commune", "reported_met", "met",
                    "statuses"), criteria);
            bulk.insert("rs_commune_target", List.of("run_id", "table_id", "row_num", "commune", "ntm_year", "ntm_text",
                    "advanced_year", "model_year", "note"), targets);
            bulk.insert("rs_indicator_value", List.of("run_id", "table_id", "row_num", "commune", "code", "value_raw",
                    "assessment_raw", "value_cell", "assessment_cell"), indicatorValues);
            bulk.insert("rs_commune_register", List.of("run_id", "table_id", "row_num", "commune", "group_key", "parent",
                    "cell"), registrations);
            bulk.insert("rs_reported_value", List.of("run_id", "table_id", "kind", "field", "val", "decimals", "cell",
                    "label", "covered_from", "covered_to"), reported);
            bulk.insert("rs_rejected_row", List.of("run_id", "file_id", "table_id", "sheet", "row_num", "reason_vi",
                    "reason_en", "raw"), rejected);
            findings.save(runId, FindingStore.INGEST, pendingFindings);
            poverty.clear();
            criteria.clear();
            targets.clear();
            indicatorValues.clear();
            registrations.clear();
            reported.clear();
            rejected.clear();
            pendingFindings.clear();
        }
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

}
