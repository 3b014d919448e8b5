package vn.ruralstat.store;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import vn.ruralstat.dataset.RowInserter;

/**
 * Inserts many rows at once: with PostgreSQL's COPY when the database is PostgreSQL (an order
 * of magnitude faster than batched INSERTs), with JDBC batches elsewhere (H2). Uses the
 * connection of the current transaction, so a failed chunk rolls back its rows either way.
 */
@Component
public class BulkInserter implements RowInserter {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    public BulkInserter(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @Override
    public void insert(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) return;
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (connection.isWrapperFor(PGConnection.class)) {
                copy(connection.unwrap(PGConnection.class), table, columns, rows);
                return;
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY into " + table + " failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        String placeholders = String.join(",", java.util.Collections.nCopies(columns.size(), "?"));
        jdbc.batchUpdate(
                "INSERT INTO " + table + " (" + String.join(",", columns) + ") VALUES (" + placeholders + ")", rows);
    }

    private static void copy(PGConnection pg, String table, List<String> columns, List<Object[]> rows)
            throws SQLException, IOException {
        StringBuilder csv = new StringBuilder(rows.size() * 64);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) csv.append(',');
                appendCsv(csv, row[i]);
            }
            csv.append('\n');
        }
        pg.getCopyAPI()
                .copyIn(
                        "COPY " + table + " (" + String.join(",", columns) + ") FROM STDIN WITH (FORMAT csv)",
                        new StringReader(csv.toString()));
    }

    // In COPY's CSV format an unquoted empty field is NULL and a quoted one is the empty string.
    private static void appendCsv(StringBuilder csv, Object value) {
        if (value == null) return;
        if (value instanceof Number || value instanceof Boolean) {
            csv.append(value);
            return;
        }
        csv.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
    }
}
