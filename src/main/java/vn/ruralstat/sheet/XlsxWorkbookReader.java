package vn.ruralstat.sheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Streams .xlsx and .xlsm workbooks with fastexcel-reader, one row at a time, so a sheet of a
 * million rows needs no more memory than one row (plus the shared strings read so far).
 *
 * <ul>
 *   <li>Every sheet is visited, hidden and very hidden ones too, flagged as hidden.</li>
 *   <li>Row numbers are those Excel shows (1-based, gaps kept); rows without any non-blank cell are skipped.</li>
 *   <li>Hidden rows ({@code hidden="1"}) are flagged; hidden columns go to a visitor that is
 *       {@link HiddenColumnsAware}, right after {@code startSheet}. fastexcel does not expose either,
 *       so a pass over each worksheet's XML reads them first ({@link XlsxSheetLayout}); rows hidden
 *       only through the sheet's default height ({@code zeroHeight}) are not flagged, as in POI.</li>
 *   <li>Formula cells give their cached value (the value Excel last saved); a formula saved
 *       without one, as some generators write them, becomes {@link Cell.Kind#FORMULA_WITHOUT_VALUE}.</li>
 *   <li>Date-formatted cells stay numbers (the Excel serial day); turning them into dates needs
 *       context the reader does not have.</li>
 * </ul>
 *
 * <p>Hostile files: fastexcel reads the zip with Commons Compress, not POI, so POI's
 * {@code ZipSecureFile} limits do not apply. {@link XlsxPackage} checks the zip first (file size,
 * entry count, total unzipped size, compression ratio, parts larger than declared, DOCTYPEs).
 * fastexcel's own XML parser (Aalto) neither loads external DTDs nor expands entities: a forged
 * entity reference fails the parse instead. The DOCTYPE is still refused up front, with a message
 * that says why. A sheet whose rows go past the row limit is not read.
 */
public final class XlsxWorkbookReader implements WorkbookReader {

    /** With cell formats, to see percent styles; a malformed value fails the file rather than hiding as an error cell. */
    private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);

    /** Cached formula results that are error codes; fastexcel hands them over as plain strings. */
    private static final Set<String> ERROR_CODES = Set.of(
            "#NULL!",
            "#DIV/0!",
            "#VALUE!",
            "#REF!",
            "#NAME?",
            "#NUM!",
            "#N/A",
            "#GETTING_DATA",
            "#SPILL!",
            "#CALC!",
            "#FIELD!",
            "#BLOCKED!",
            "#CONNECT!",
            "#BUSY!",
            "#UNKNOWN!");

    /** 200 MB: far above any officer's workbook (rarely 10 MB), low enough to bound the time one file takes. */
    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;

    /**
     * 1 GB unzipped: workbook XML compresses 5 to 20 times, so this admits any real workbook up to
     * Excel's million rows of a few dozen columns, and refuses a zip bomb before it is inflated.
     */
    public static final long DEFAULT_MAX_UNZIPPED_BYTES = 1024L * 1024 * 1024;

    /** Excel's own limit, 1,048,576 rows a sheet: a row numbered above it was not made by Excel. */
    public static final int DEFAULT_MAX_ROWS = 1_048_576;

    private final long maxBytes;
    private final long maxUnzippedBytes;
    private final int maxRows;

    public XlsxWorkbookReader() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_UNZIPPED_BYTES, DEFAULT_MAX_ROWS);
    }

    /**
     * @param maxBytes         the largest file, in bytes, this reader opens
     * @param maxUnzippedBytes the most bytes the file's parts may unzip to, added up from the zip's directory
     * @param maxRows          the highest row number a sheet may have; a sheet going past it is refused
     */
    public XlsxWorkbookReader(long maxBytes, long maxUnzippedBytes, int maxRows) {
        if (maxBytes <= 0 || maxUnzippedBytes <= 0 || maxRows <= 0) {
            throw new IllegalArgumentException(
                    "limits must be positive: " + maxBytes + ", " + maxUnzippedBytes + ", " + maxRows);
        }
        this.maxBytes = maxBytes;
        this.maxUnzippedBytes = maxUnzippedBytes;
        this.maxRows = maxRows;
    }

    /**
     * @throws UnreadableFileException when the file is empty, above the size limit, not a zip workbook,
     *                                 damaged, a zip bomb, forged (DOCTYPE), has a sheet beyond the row
     *                                 limit, or is an OLE2 file (a password-protected .xlsx or a renamed .xls)
     */
    @Override
    public void read(Path file, SheetVisitor visitor) throws IOException {
        switch (WorkbookFileProblems.container(file)) {
            case EMPTY -> throw WorkbookFileProblems.empty(file);
            case OLE2 -> throw WorkbookFileProblems.ole2InsteadOfXlsx(file);
            default -> {
                // a zip, or something the package checks will refuse with a message we translate
            }
        }
        long size = Files.size(file);
        if (size > maxBytes) throw WorkbookFileProblems.xlsxTooLarge(file, size, maxBytes);
        try (XlsxPackage pkg = XlsxPackage.open(file, maxUnzippedBytes);
                ReadableWorkbook workbook = open(file)) {
            List<Sheet> sheets = workbook.getSheets().toList();
            for (Sheet sheet : sheets) {
                XlsxSheetLayout layout = pkg.layout(sheet.getId(), sheet.getName(), maxRows);
                readSheet(file, sheet, layout, visitor);
            }
        }
    }

    private static ReadableWorkbook open(Path file) {
        try {
            return new ReadableWorkbook(file.toFile(), OPTIONS);
        } catch (IOException | RuntimeException e) {
            // The file was readable a moment ago (its first bytes were), so this is its content: a broken zip or XML.
            throw WorkbookFileProblems.corruptXlsx(file, e);
        }
    }

    private static void readSheet(Path file, Sheet sheet, XlsxSheetLayout layout, SheetVisitor visitor) {
        visitor.startSheet(sheet.getName(), sheet.getVisibility() != SheetVisibility.VISIBLE);
        if (!layout.hiddenColumns().isEmpty() && visitor instanceof HiddenColumnsAware aware) {
            aware.hiddenColumns(sheet.getName(), layout.hiddenColumns());
        }
        if (!layout.mergedRanges().isEmpty() && visitor instanceof MergedCellsAware aware) {
            aware.mergedCells(sheet.getName(), layout.mergedRanges());
        }
        try (Stream<Row> rows = openRows(file, sheet)) {
            Iterator<Row> iterator = rows.iterator();
            for (SheetRow row = nextRow(file, iterator, layout); row != null; row = nextRow(file, iterator, layout)) {
                if (!row.cells().isEmpty()) visitor.row(row);
            }
        }
        visitor.endSheet();
    }

    private static Stream<Row> openRows(Path file, Sheet sheet) {
        try {
            return sheet.openStream();
        } catch (IOException | RuntimeException e) {
            throw WorkbookFileProblems.corruptXlsx(file, e);
        }
    }

    /**
     * The next row, or null at the end of the sheet. Only fastexcel's parsing runs here, never the
     * visitor, so any runtime exception is the file's XML or zip failing to parse.
     */
    private static SheetRow nextRow(Path file, Iterator<Row> rows, XlsxSheetLayout layout) {
        try {
            return rows.hasNext() ? toSheetRow(rows.next(), layout) : null;
        } catch (RuntimeException e) {
            throw WorkbookFileProblems.corruptXlsx(file, e);
        }
    }

    private static SheetRow toSheetRow(Row row, XlsxSheetLayout layout) {
        List<Cell> cells = new ArrayList<>(row.getPhysicalCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            org.dhatim.fastexcel.reader.Cell source = row.getCell(i);
            Cell cell = source == null ? null : toCell(source);
            if (cell != null && !cell.isBlank()) cells.add(cell);
        }
        return new SheetRow(row.getRowNum(), cells, layout.rowHidden(row.getRowNum()));
    }

    /** The cell as read, or null for an empty one. */
    static Cell toCell(org.dhatim.fastexcel.reader.Cell source) {
        int column = source.getColumnIndex();
        Object value = source.getValue();
        return switch (source.getType()) {
            case NUMBER -> value instanceof BigDecimal n ? number(column, n, source) : null;
            case STRING -> value instanceof String s ? Cell.text(column, s) : null;
            case BOOLEAN -> value instanceof Boolean b ? bool(column, b) : null;
            case ERROR -> error(column, source.getRawValue());
            case FORMULA -> formula(column, source);
            case EMPTY -> null;
        };
    }

    private static Cell formula(int column, org.dhatim.fastexcel.reader.Cell source) {
        Object value = source.getValue();
        String raw = source.getRawValue();
        if (raw == null) {
            String formula = source.getFormula();
            return new Cell(column, Cell.Kind.FORMULA_WITHOUT_VALUE, formula == null ? "" : formula, null, false);
        }
        if (value instanceof BigDecimal n) return number(column, n, source);
        if (value instanceof Boolean b) return bool(column, b);
        if (raw.isEmpty()) return null; // the formula's result is the empty string
        if (ERROR_CODES.contains(raw)) return error(column, raw);
        try {
            return number(column, new BigDecimal(raw.trim()), source);
        } catch (NumberFormatException notANumber) {
            return Cell.text(column, raw);
        }
    }

    private static Cell number(int column, BigDecimal value, org.dhatim.fastexcel.reader.Cell source) {
        return Cell.number(column, value.doubleValue(), ExcelPercentFormat.isPercent(source.getDataFormatString()));
    }

    private static Cell bool(int column, boolean value) {
        return new Cell(column, Cell.Kind.BOOLEAN, value ? "TRUE" : "FALSE", null, false);
    }

    private static Cell error(int column, String code) {
        return new Cell(column, Cell.Kind.ERROR, code == null || code.isEmpty() ? "#ERROR" : code, null, false);
    }
}
