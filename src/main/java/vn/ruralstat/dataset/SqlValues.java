package vn.ruralstat.dataset;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Values as the database takes and gives them: text cut to its column, numbers that may be NULL. */
public final class SqlValues {

    private SqlValues() {}

    /** The text cut to {@code max} characters, an ellipsis marking the cut. */
    public static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    public static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    public static String blankIfNull(String s) {
        return s == null ? "" : s;
    }
}
