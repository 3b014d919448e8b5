package vn.ruralstat.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Chooses the reader for a spreadsheet file, by its name and, where the name lies, by its first bytes. */
public final class WorkbookReaders {

    private static final Set<String> EXCEL_2007 = Set.of("xlsx", "xlsm");
    private static final Set<String> SPREADSHEET_EXTENSIONS = Set.of("xlsx", "xlsm", "xls", "csv");

    private WorkbookReaders() {}

    /**
     * The reader for a file, or empty when its extension is not .xlsx, .xlsm, .xls or .csv (any case).
     * An officer cannot tell an .xlsx from an .xls renamed to .xlsx (Excel opens both, with at most a
     * warning), so where the first bytes say what the file really is, the reader of that format reads it.
     *
     * <table>
     *   <caption>Which reader</caption>
     *   <tr><th>First bytes</th><th>Named</th><th>Reader</th></tr>
     *   <tr><td>zip (PK)</td><td>any of the four</td><td>{@link XlsxWorkbookReader}</td></tr>
     *   <tr><td>OLE2 holding an .xls workbook</td><td>any of the four</td><td>{@link XlsWorkbookReader}</td></tr>
     *   <tr><td>other OLE2</td><td>.xlsx, .xlsm</td><td>{@link XlsxWorkbookReader}, which explains: password-protected</td></tr>
     *   <tr><td>other OLE2</td><td>.xls, .csv</td><td>{@link XlsWorkbookReader}, which explains</td></tr>
     *   <tr><td>other, or unreadable</td><td>.xlsx/.xlsm, .xls, .csv</td><td>Xlsx, Xls (which refuses a non-.xls),
     *       Csv reader (with the limits of {@link LimitedCsvWorkbookReader})</td></tr>
     * </table>
     *
     * Each reader has its default limits (file size; rows a sheet; for .xlsx, unzipped size).
     * A file that cannot be opened is given the reader its name suggests; reading it then throws.
     */
    public static Optional<WorkbookReader> forFile(Path file) {
        return forFile(file, null);
    }

    /** As {@link #forFile(Path)}, telling {@code csvEncodings} which encoding a CSV file was read in. */
    public static Optional<WorkbookReader> forFile(Path file, CsvWorkbookReader.EncodingListener csvEncodings) {
        String extension = extension(file);
        if (!SPREADSHEET_EXTENSIONS.contains(extension)) return Optional.empty();
        WorkbookFileProblems.Container container;
        try {
            container = WorkbookFileProblems.container(file);
        } catch (IOException e) {
            container = WorkbookFileProblems.Container.OTHER;
        }
        boolean namedXlsx = EXCEL_2007.contains(extension);
        if (container == WorkbookFileProblems.Container.ZIP) return Optional.of(new XlsxWorkbookReader());
        if (container == WorkbookFileProblems.Container.OLE2
                && namedXlsx
                && !WorkbookFileProblems.holdsXlsWorkbook(file)) {
            return Optional.of(new XlsxWorkbookReader()); // an encrypted .xlsx: the .xlsx reader explains
        }
        if (container == WorkbookFileProblems.Container.OLE2 || extension.equals("xls")) {
            return Optional.of(new XlsWorkbookReader());
        }
        if (namedXlsx) return Optional.of(new XlsxWorkbookReader());
        return Optional.of(new LimitedCsvWorkbookReader(
                csvEncodings == null ? new CsvWorkbookReader() : new CsvWorkbookReader(csvEncodings)));
    }

    /**
     * True for .xlsx, .xlsm, .xls and .csv names (any case), except the "~$" lock files Excel
     * leaves beside an open workbook and hidden dot files. Looks at the name only.
     */
    public static boolean isSpreadsheet(Path file) {
        Path name = file.getFileName();
        if (name == null) return false;
        String text = name.toString();
        if (text.startsWith("~$") || text.startsWith(".")) return false;
        return SPREADSHEET_EXTENSIONS.contains(extension(file));
    }

    private static String extension(Path file) {
        String name = WorkbookFileProblems.name(file);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
