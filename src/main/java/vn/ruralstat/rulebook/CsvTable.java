package vn.ruralstat.rulebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.ruralstat.message.Message;

/**
 * A rulebook CSV read whole: UTF-8 (a BOM is skipped), a header row naming the columns, one
 * record a line. Cells are NFC-normalised and stripped; errors name the file and line.
 */
final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    final String resource;
    private final List<Row> rows;

    private CsvTable(String resource, List<Row> rows) {
        this.resource = resource;
        this.rows = rows;
    }

    List<Row> rows() {
        return rows;
    }

    static CsvTable fromClasspath(String resource, List<String> columns) {
        InputStream in = CsvTable.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new RulebookDataException(resource, 0, Message.of("rulebook.fileNotFound"));
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader, resource, columns);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    static CsvTable read(Reader reader, String resource, List<String> columns) {
        try (CSVParser parser = FORMAT.parse(reader)) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.replace("\uFEFF", "").strip())
                    .toList();
            List<String> missing =
                    columns.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new RulebookDataException(
                        resource, 1, Message.of("rulebook.missingColumns", missing, columns, header));
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                List<String> cells = new ArrayList<>();
                for (String cell : r) cells.add(PublishedText.nfc(cell));
                rows.add(new Row(resource, parser.getCurrentLineNumber(), header, cells));
            }
            return new CsvTable(resource, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** One record: its cells by column name, and where it stands for error messages. */
    record Row(String resource, long line, List<String> header, List<String> cells) {

        String get(String column) {
            int i = header.indexOf(column);
            return i >= 0 && i < cells.size() ? cells.get(i) : "";
        }

        String required(String column) {
            String v = get(column);
            if (v.isEmpty()) throw error(Message.of("rulebook.columnEmpty", column));
            return v;
        }

        <E extends Enum<E>> E choice(String column, Class<E> type) {
            String v = required(column);
            try {
                return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                List<String> expected = new ArrayList<>();
                for (E c : type.getEnumConstants())
                    expected.add(c.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                throw error(Message.of("rulebook.notAChoice", column, v, expected));
            }
        }

        RulebookDataException error(Message problem) {
            return new RulebookDataException(resource, line, problem);
        }
    }
}
