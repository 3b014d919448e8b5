package vn.ruralstat.sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a CSV file with {@link CsvWorkbookReader} within limits: the file's size, checked before
 * reading, and the rows of its one sheet, checked as they come. CSV is streamed, so the limits
 * bound the time one file takes and the rows it can add to a run, not memory.
 *
 * <p>A row numbered above the limit stops the read with an {@link UnreadableFileException}
 * naming the sheet and the row; rows before it have already been visited, and the caller
 * discards the file's rows as for any unreadable file.
 */
final class LimitedCsvWorkbookReader implements WorkbookReader {

    /** 200 MB: the same as for .xlsx; a district's table is a few megabytes. */
    static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;

    /** 2,000,000 rows: above Excel's 1,048,576, so that no CSV Excel could write is refused. */
    static final int DEFAULT_MAX_ROWS = 2_000_000;

    private final WorkbookReader csv;
    private final long maxBytes;
    private final int maxRows;

    LimitedCsvWorkbookReader(WorkbookReader csv) {
        this(csv, DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS);
    }

    LimitedCsvWorkbookReader(WorkbookReader csv, long maxBytes, int maxRows) {
        if (maxBytes <= 0 || maxRows <= 0)
            throw new IllegalArgumentException("limits must be positive: " + maxBytes + ", " + maxRows);
        this.csv = csv;
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    @Override
    public void read(Path file, SheetVisitor visitor) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) throw WorkbookFileProblems.csvTooLarge(file, size, maxBytes);
        csv.read(file, new SheetVisitor() {
            private String sheet;

            @Override
            public void startSheet(String name, boolean hidden) {
                sheet = name;
                visitor.startSheet(name, hidden);
            }

            @Override
            public void row(SheetRow row) {
                if (row.number() > maxRows) throw WorkbookFileProblems.tooManyRows(file, sheet, row.number(), maxRows);
                visitor.row(row);
            }

            @Override
            public void endSheet() {
                visitor.endSheet();
            }
        });
    }
}
