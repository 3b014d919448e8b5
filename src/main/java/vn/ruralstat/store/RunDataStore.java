package vn.ruralstat.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.ruralstat.consolidate.SourceFileSummary;
import vn.ruralstat.criteria.CommuneCriteria;
import vn.ruralstat.criteria.CommuneTarget;
import vn.ruralstat.criteria.CriterionCellParser;
import vn.ruralstat.criteria.CriterionStatus;
import vn.ruralstat.indicators.CommuneRegistration;
import vn.ruralstat.indicators.IndicatorEntry;
import vn.ruralstat.ingest.Dataset;
import vn.ruralstat.ingest.ReportedValue;
import vn.ruralstat.poverty.PovertyFigures;
import vn.ruralstat.poverty.VillagePoverty;

/** Reads back what a run stored, as domain records carrying their source cells. */
@Component
public class RunDataStore {

    private final JdbcTemplate jdbc;

    public RunDataStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<StoredTable> tables(long runId) {
        return jdbc.query("SELECT t.*, f.path, f.sha256, f.modified_at FROM rs_source_table t"
                + " JOIN rs_source_file f ON f.id = t.file_id WHERE t.run_id = ? ORDER BY f.path, t.id", (rs, i) -> {
            Timestamp modified = rs.getTimestamp("modified_at");
            return new StoredTable(rs.getLong("id"), rs.getLong("file_id"), rs.getString("path"), rs.getString("sha256"),
                    modified == null ? null : modified.toInstant(), rs.getString("sheet"),
                    Dataset.valueOf(rs.getString("dataset")), rs.getInt("header_first"), rs.getString("unit_name"),
                    rs.getString("unit_level"), rs.getString("parent_name"), rs.getString("parent_level"),
                    rs.getString("period"), rs.getString("criteria_set"), rs.getString("columns_map"),
                    rs.getString("status"));
        }, runId);
    }

    /** A village row with the commune heading it stood under in a district table (null without headings). */
    public record GroupedVillage(String group, VillagePoverty village) {
    }

    public List<GroupedVillage> povertyRows(StoredTable table) {
        return jdbc.query("SELECT * FROM rs_poverty_row WHERE table_id = ? ORDER BY row_num", (rs, i) -> {
            int row = rs.getInt("row_num");
            return new GroupedVillage(rs.getString("group_name"), new VillagePoverty(rs.getString("name"),
                    new PovertyFigures(rs.getLong("households"), rs.getLong("poor"), rs.getLong("near_poor")),
                    nullableDouble(rs, "poor_rate_reported"), nullableDouble(rs, "near_poor_rate_reported"),
                    new VillagePoverty.PlannedReduction(nullableDouble(rs, "planned_poor_rate"),
                            nullableLong(rs, "planned_poor"), nullableDouble(rs, "planned_near_poor_rate"),
                            nullableLong(rs, "planned_near_poor")),
                    table.source().at(table.cell("name", row)), row));
        }, table.id());
    }

    public List<CommuneCriteria> criteriaRows(StoredTable table, int criteriaCount) {
        return jdbc.query("SELECT * FROM rs_criteria_row WHERE table_id = ? ORDER BY row_num", (rs, i) -> {
            int row = rs.getInt("row_num");
            String[] raw = rs.getString("statuses").split("\\|", -1);
            List<CriterionStatus> statuses = new ArrayList<>();
            for (int n = 0; n < criteriaCount; n++) {
                statuses.add(n < raw.length ? CriterionCellParser.parse(raw[n]) : CriterionStatus.BLANK);
            }
            return new CommuneCriteria(rs.getString("commune"), nullableInt(rs, "reported_met"), statuses,
                    table.source().at(table.cell("name", row)), row);
        }, table.id());
    }

    public List<CommuneTarget> targets(StoredTable table) {
        return jdbc.query("SELECT * FROM rs_commune_target WHERE table_id = ? ORDER BY row_num", (rs, i) -> {
            int row = rs.getInt("row_num");
            return new CommuneTarget(rs.getString("commune"), nullableInt(rs, "ntm_year"), rs.getString("ntm_text"),
                    nullableInt(rs, "advanced_year"), nullableInt(rs, "model_year"), rs.getString("note"),
                    table.source().at(table.cell("name", row)), row);
        }, table.id());
    }

    /**
     * The indicator values of an indicator table or matrix in row order (a matrix row's entries in
     * column order), each with its commune: null in a one-commune table, whose commune is the table's unit.
     */
    public List<IndicatorEntry> indicatorEntries(StoredTable table) {
        return jdbc.query("SELECT * FROM rs_indicator_value WHERE table_id = ? ORDER BY row_num, id", (rs, i) ->
                new IndicatorEntry(rs.getString("commune"), rs.getString("code"), blankIfNull(rs.getString("value_raw")),
                        blankIfNull(rs.getString("assessment_raw")), rs.getString("value_cell"),
                        rs.getString("assessment_cell"), rs.getInt("row_num")), table.id());
    }

    public List<CommuneRegistration> registrations(StoredTable table) {
        return jdbc.query("SELECT * FROM rs_commune_register WHERE table_id = ? ORDER BY row_num, id", (rs, i) ->
                new CommuneRegistration(rs.getString("commune"), rs.getString("group_key"), rs.getString("parent"),
                        rs.getString("cell"), rs.getInt("row_num")), table.id());
    }

    public List<ReportedValue> reported(StoredTable table) {
        return jdbc.query("SELECT * FROM rs_reported_value WHERE table_id = ? ORDER BY id", (rs, i) ->
                new ReportedValue(ReportedValue.RowKind.valueOf(rs.getString("kind")), rs.getString("field"),
                        rs.getDouble("val"), rs.getInt("decimals"), rs.getString("cell"), rs.getString("label"),
                        rs.getInt("covered_from"), rs.getInt("covered_to")),
                table.id());
    }

    public List<SourceFileSummary> sources(long runId) {
        return jdbc.query("SELECT * FROM rs_source_file WHERE run_id = ? ORDER BY path", (rs, i) ->
                new SourceFileSummary(rs.getString("path"), rs.getString("sha256"), rs.getLong("size_bytes"),
                        rs.getString("status"), rs.getString("message"), rs.getInt("tables_found"),
                        rs.getInt("rows_read"), rs.getInt("rows_used"), rs.getInt("rows_rejected"),
                        rs.getInt("rows_other")), runId);
    }

    /** Marks a table as replaced by a newer submission and moves its used rows to rejected in its file's accounting. */
    public void supersede(StoredTable older, StoredTable newer, int rows) {
        jdbc.update("UPDATE rs_source_table SET status = 'SUPERSEDED', superseded_by = ? WHERE id = ?", newer.id(),
                older.id());
        jdbc.update("UPDATE rs_source_file SET rows_used = rows_used - ?, rows_rejected = rows_rejected + ? WHERE id = ?",
                rows, rows, older.fileId());
        jdbc.update("UPDATE rs_source_file SET status = 'SUPERSEDED', message = ? WHERE id = ? AND NOT EXISTS"
                + " (SELECT 1 FROM rs_source_table t WHERE t.file_id = ? AND t.status = 'USED')",
                "replaced by " + newer.file(), older.fileId(), older.fileId());
    }

    public int usedRows(StoredTable table) {
        String rowTable = switch (table.dataset()) {
            case VILLAGE_POVERTY -> "rs_poverty_row";
            case CRITERIA_MATRIX -> "rs_criteria_row";
            case COMMUNE_TARGETS -> "rs_commune_target";
            case INDICATOR_TABLE, INDICATOR_MATRIX -> "rs_indicator_value";
            case COMMUNE_REGISTER -> "rs_commune_register";
        };
        // A matrix row is stored as one value per indicator: count rows, not values.
        String count = table.dataset() == Dataset.INDICATOR_MATRIX ? "COUNT(DISTINCT row_num)" : "COUNT(*)";
        Integer n = jdbc.queryForObject("SELECT " + count + " FROM " + rowTable + " WHERE table_id = ?", Integer.class,
                table.id());
        return n == null ? 0 : n;
    }

    private static String blankIfNull(String s) {
        return s == null ? "" : s;
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
