package vn.ruralstat.indicators;

import static vn.ruralstat.dataset.SqlValues.blankIfNull;
import static vn.ruralstat.dataset.SqlValues.truncate;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ruralstat.dataset.RowInserter;
import vn.ruralstat.dataset.RowTable;

/**
 * {@code rs_indicator_value}, shared by indicator tables and matrices: one row per commune and
 * indicator, with the cells of the value and of the self-assessment.
 */
final class IndicatorValues {

    private IndicatorValues() {}

    static RowTable table(JdbcTemplate jdbc, RowInserter inserter) {
        return new RowTable(
                "rs_indicator_value",
                List.of("row_num", "commune", "code", "value_raw", "assessment_raw", "value_cell", "assessment_cell"),
                jdbc,
                inserter);
    }

    static Object[] row(long runId, long tableId, String commune, IndicatorEntry e) {
        return new Object[] {
            runId,
            tableId,
            e.row(),
            truncate(commune, 200),
            e.code(),
            truncate(e.value(), 500),
            truncate(e.assessment(), 200),
            e.valueCell(),
            e.assessmentCell()
        };
    }

    /**
     * The values of a table in row order (a matrix row's entries in column order), each with its
     * commune: null in a one-commune table, whose commune is the table's unit.
     */
    static List<IndicatorEntry> read(RowTable table, long tableId) {
        return table.read(
                tableId,
                "row_num, id",
                (rs, i) -> new IndicatorEntry(
                        rs.getString("commune"),
                        rs.getString("code"),
                        blankIfNull(rs.getString("value_raw")),
                        blankIfNull(rs.getString("assessment_raw")),
                        rs.getString("value_cell"),
                        rs.getString("assessment_cell"),
                        rs.getInt("row_num")));
    }
}
