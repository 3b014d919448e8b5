package vn.ruralstat.sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;

/**
 * Reads old Excel 97-2003 .xls workbooks with POI's HSSF user model.
 *
 * <p>POI cannot stream .xls: the whole workbook is loaded, several times the file's size in
 * memory. Files above a size limit are therefore refused, asking the officer to save as .xlsx.
 *
 * <ul>
 *   <li>Every sheet is visited, hidden and very hidden ones too, flagged as hidden.</li>
 *   <li>Row numbers are those Excel shows (1-based, gaps kept); rows without any non-blank cell are
 *       skipped; hidden rows (height zero) are flagged; hidden columns go to a visitor that is
 *       {@link HiddenColumnsAware}, right after {@code startSheet}.</li>
 *   <li>No row limit is needed: the format holds at most 65,536 rows a sheet.</li>
 *   <li>Formula cells give the value Excel cached when saving. An .xls always stores one, so
 *       {@link Cell.Kind#FORMULA_WITHOUT_VALUE} never comes from this reader.</li>
 *   <li>Date-formatted cells stay numbers (the Excel serial day).</li>
 * </ul>
 */
public final class XlsWorkbookReader implements WorkbookReader {

    /** 50 MB: a real officer's .xls is rarely above 5 MB; above this, loading it risks the heap. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    static {
        PoiLimits.apply(); // POI's parsing limits are JVM-wide; see there why each has its value
    }

    private final long maxBytes;

    public XlsWorkbookReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the largest file, in bytes, this reader loads into memory */
    public XlsWorkbookReader(long maxBytes) {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        this.maxBytes = maxBytes;
    }

    /**
     * @throws UnreadableFileException when the file is empty, above the size limit, password-protected,
     *                                 in the Excel 5.0/95 format, an .xlsx or a web page named .xls, or damaged
     */
    @Override
    public void read(Path file, SheetVisitor visitor) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) throw WorkbookFileProblems.xlsTooLarge(file, size, maxBytes);
        switch (WorkbookFileProblems.container(file)) {
            case EMPTY -> throw WorkbookFileProblems.empty(file);
            case ZIP -> throw WorkbookFileProblems.xlsxNamedXls(file);
            case OTHER -> throw WorkbookFileProblems.notRealXls(file);
            case OLE2 -> {
                // an .xls, or another OLE2 document that POI will refuse below
            }
        }
        try (POIFSFileSystem fs = openFileSystem(file);
                HSSFWorkbook workbook = openWorkbook(file, fs)) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                boolean hidden = workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i);
                readSheet(workbook.getSheetName(i), hidden, workbook.getSheetAt(i), visitor);
            }
        }
    }

    private static POIFSFileSystem openFileSystem(Path file) {
        try {
            return new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw WorkbookFileProblems.corruptXls(file, e);
        }
    }

    private static HSSFWorkbook openWorkbook(Path file, POIFSFileSystem fs) {
        try {
            // preserveNodes = false: the other OLE2 streams (macros, pictures' originals) are not kept
            return new HSSFWorkbook(fs.getRoot(), false);
        } catch (EncryptedDocumentException e) {
            throw WorkbookFileProblems.passwordProtected(file, e);
        } catch (OldExcelFormatException e) {
            throw WorkbookFileProblems.excel95(file, e);
        } catch (IOException | RuntimeException e) {
            throw WorkbookFileProblems.corruptXls(file, e);
        }
    }

    private static void readSheet(String name, boolean hidden, HSSFSheet sheet, SheetVisitor visitor) {
        visitor.startSheet(name, hidden);
        List<Integer> hiddenColumns = hiddenColumns(sheet);
        if (!hiddenColumns.isEmpty() && visitor instanceof HiddenColumnsAware aware)
            aware.hiddenColumns(name, hiddenColumns);
        if (sheet.getNumMergedRegions() > 0 && visitor instanceof MergedCellsAware aware) {
            aware.mergedCells(
                    name,
                    sheet.getMergedRegions().stream()
                            .limit(XlsxSheetLayout.MAX_MERGED)
                            .map(r -> r.formatAsString())
                            .toList());
        }
        for (Row row : sheet) {
            List<Cell> cells = new ArrayList<>(Math.max(0, row.getLastCellNum()));
            for (org.apache.poi.ss.usermodel.Cell source : row) {
                Cell cell = toCell(source);
                if (cell != null && !cell.isBlank()) cells.add(cell);
            }
            if (!cells.isEmpty()) visitor.row(new SheetRow(row.getRowNum() + 1, cells, row.getZeroHeight()));
        }
        visitor.endSheet();
    }

    private static List<Integer> hiddenColumns(HSSFSheet sheet) {
        List<Integer> hidden = new ArrayList<>();
        for (int column = 0; column <= SpreadsheetVersion.EXCEL97.getLastColumnIndex(); column++) {
            if (sheet.isColumnHidden(column)) hidden.add(column);
        }
        return hidden;
    }

    /** The cell as read, or null for a blank one. */
    static Cell toCell(org.apache.poi.ss.usermodel.Cell source) {
        CellType type = source.getCellType();
        if (type == CellType.FORMULA) type = source.getCachedFormulaResultType();
        int column = source.getColumnIndex();
        return switch (type) {
            case NUMERIC ->
                Cell.number(
                        column,
                        source.getNumericCellValue(),
                        ExcelPercentFormat.isPercent(source.getCellStyle().getDataFormatString()));
            case STRING -> Cell.text(column, source.getStringCellValue());
            case BOOLEAN ->
                new Cell(column, Cell.Kind.BOOLEAN, source.getBooleanCellValue() ? "TRUE" : "FALSE", null, false);
            case ERROR -> new Cell(column, Cell.Kind.ERROR, errorCode(source.getErrorCellValue()), null, false);
            default -> null;
        };
    }

    private static String errorCode(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException unknownCode) {
            return "#ERROR";
        }
    }
}
