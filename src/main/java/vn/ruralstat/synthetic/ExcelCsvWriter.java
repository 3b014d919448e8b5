package vn.ruralstat.synthetic;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a CSV file the way Excel saves "CSV UTF-8 (Comma delimited)": a byte order mark, comma
 * separators, CRLF line ends, every record padded to the width of the sheet's used range (blank
 * rows become a line of commas, merged cells become blank fields), and quotes only around fields
 * holding a comma, a quote or a line break (quotes doubled). Streams: nothing is held in memory.
 */
final class ExcelCsvWriter implements Closeable {

    private final BufferedWriter out;
    private final int width;
    private int records;

    ExcelCsvWriter(Path file, int width) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
        this.width = width;
        out.write('\uFEFF');
    }

    /** Writes one record; fields beyond the width are an error, missing ones are blank, null is blank. */
    void row(List<String> fields) throws IOException {
        if (fields.size() > width) throw new IllegalArgumentException("record wider than " + width + ": " + fields);
        for (int i = 0; i < width; i++) {
            if (i > 0) out.write(',');
            String f = i < fields.size() ? fields.get(i) : null;
            if (f != null) out.write(quote(f));
        }
        out.write("\r\n");
        records++;
    }

    void blankRow() throws IOException {
        row(List.of());
    }

    /** Number of records written so far, which is also the 1-based number of the last one. */
    int records() {
        return records;
    }

    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
