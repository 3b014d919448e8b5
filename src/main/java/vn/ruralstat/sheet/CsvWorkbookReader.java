package vn.ruralstat.sheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a CSV file as one sheet named after the file (without its extension).
 *
 * <ul>
 *   <li>Encoding: a byte order mark decides (UTF-8, UTF-16 LE or BE) and is dropped; without one,
 *       UTF-8 if the bytes are valid UTF-8, else Windows-1258. Legacy font encodings (TCVN3, VNI)
 *       are not recognised here. Should bytes later in a file judged UTF-8 be invalid, they read as U+FFFD.</li>
 *   <li>Delimiter: ',', ';' or tab, whichever splits the first lines most consistently; an Excel
 *       "sep=;" first line decides instead and is not a row.</li>
 *   <li>Row numbers are record numbers, counting blank lines, which is what Excel shows when it
 *       opens the file even where a quoted value spans several lines. Blank rows are skipped.</li>
 *   <li>Every value is a {@link Cell.Kind#TEXT} cell: CSV has no types, and "4,32" is for
 *       {@link VietnameseNumbers} to interpret. Blank values are omitted.</li>
 *   <li>Forgiving like Excel: a stray quote after a quoted value, or a quote left open at the end
 *       of the file, does not fail the read.</li>
 * </ul>
 */
public final class CsvWorkbookReader implements WorkbookReader {

    @Override
    public void read(Path file, SheetVisitor visitor) throws IOException {
        CsvFormatSniffer.CsvLayout layout = CsvFormatSniffer.sniff(file);
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT)
                .setDelimiter(layout.delimiter())
                .setIgnoreEmptyLines(false) // blank lines are rows in Excel; keep them numbered
                .setTrailingData(true)
                .setLenientEof(true)
                .get();
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(layout.bomBytes());
            BufferedReader text = new BufferedReader(
                    new InputStreamReader(in, CsvFormatSniffer.lenientDecoder(layout.charset())));
            if (layout.sepLineFirst()) text.readLine();
            try (CSVParser parser = format.parse(text)) {
                visitor.startSheet(sheetName(file), false);
                Iterator<CSVRecord> records = parser.iterator();
                for (CSVRecord r = next(file, parser, records); r != null; r = next(file, parser, records)) {
                    SheetRow row = toRow(r);
                    if (!row.cells().isEmpty()) visitor.row(row);
                }
                visitor.endSheet();
            }
        }
    }

    private static CSVRecord next(Path file, CSVParser parser, Iterator<CSVRecord> records) throws IOException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException) {
                throw WorkbookFileProblems.corruptCsv(file, parser.getCurrentLineNumber(), e.getCause());
            }
            throw e.getCause();
        }
    }

    private static SheetRow toRow(CSVRecord record) {
        List<Cell> cells = new ArrayList<>(record.size());
        for (int column = 0; column < record.size(); column++) {
            Cell cell = Cell.text(column, record.get(column));
            if (!cell.isBlank()) cells.add(cell);
        }
        return new SheetRow(Math.toIntExact(record.getRecordNumber()), cells, false);
    }

    static String sheetName(Path file) {
        String name = WorkbookFileProblems.name(file);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
