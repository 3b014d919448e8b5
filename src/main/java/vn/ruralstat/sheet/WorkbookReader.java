package vn.ruralstat.sheet;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one spreadsheet file of a given format and streams its sheets to a visitor. */
public interface WorkbookReader {

    /**
     * Streams every sheet of {@code file} to {@code visitor}.
     *
     * @throws UnreadableFileException when the file is not a readable spreadsheet of this format
     * @throws IOException             when the file cannot be read at all
     */
    void read(Path file, SheetVisitor visitor) throws IOException;
}
