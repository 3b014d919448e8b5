package vn.ruralstat.annotate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.sheet.CsvWorkbookReader;
import vn.ruralstat.sheet.NumberText;
import vn.ruralstat.sheet.SheetRow;
import vn.ruralstat.sheet.SheetVisitor;
import vn.ruralstat.sheet.UnreadableFileException;

/**
 * A CSV file as a new workbook: the list of findings first, then one sheet holding the CSV's
 * values as ruralstat read them ({@link CsvWorkbookReader}: same encoding and delimiter detection,
 * text trimmed and spaces folded), record n in row n, so the cells the findings name are the cells
 * of the copy. Streamed ({@link SXSSFWorkbook}): a CSV can be far larger than its workbook's cells in
 * memory.
 *
 * <p>A value becomes a number only when it reads as one without doubt and shows the same in Excel:
 * digits with an optional "." and decimals, no leading zero, no trailing zero after the point, and
 * not a Vietnamese thousands grouping such as "14.386". Everything else ("4,32", "007", "=1+1")
 * stays text, written as a plain string that Excel never evaluates; values starting with "=", "+",
 * "-" or "@" also carry Excel's quote prefix so that editing the cell keeps them text.
 */
final class CsvCopy {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(?:0|[1-9][0-9]{0,14})(?:\\.[0-9]{1,15})?");
    private static final Pattern THOUSANDS_LOOKALIKE = Pattern.compile("-?[1-9][0-9]{0,2}\\.[0-9]{3}");
    private static final int ROWS_IN_MEMORY = 200;
    private static final int MAX_COLUMN_CHARS = 60;

    private CsvCopy() {}

    /**
     * @param file the file as the run names it (relative to the input folder)
     * @throws AnnotatedCopyException when the CSV cannot be read or does not fit in a sheet
     */
    static SXSSFWorkbook build(Path csv, String file, List<Finding> findings) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            String dataName = WorkbookUtil.createSafeSheetName(stem(csv), '_');
            Sheet list = workbook.createSheet(FindingListSheet.uniqueName(dataName::equalsIgnoreCase));
            Sheet data = workbook.createSheet(dataName);
            int dataIndex = workbook.getSheetIndex(data);
            // A CSV is one sheet: whatever name a finding gives it, it means this one.
            List<PlacedFinding> placed = new FindingPlacement(workbook, name -> dataIndex).place(findings);
            HighlightStyles styles = new HighlightStyles(workbook);
            new FindingListSheet(workbook, styles).write(list, file, placed);
            new CsvCopyVisitor(data, new CellMarker(workbook, styles), placed).readFrom(csv, file);
            WorkbookAnnotator.showFirstSheet(workbook);
            return workbook;
        } catch (IOException | RuntimeException e) {
            workbook.close(); // also deletes the streamed rows' temporary files
            throw e;
        }
    }

    /** True when the text is a number Excel shows exactly as written (see the class comment). */
    static boolean isPlainNumber(String text) {
        if (!PLAIN_NUMBER.matcher(text).matches()
                || THOUSANDS_LOOKALIKE.matcher(text).matches()) return false;
        return NumberText.plain(Double.parseDouble(text)).equals(text);
    }

    /** Text Excel would take for a formula if typed: "=1+1", "+84…", "-2+3", "@SUM(…)". */
    static boolean looksLikeFormula(String text) {
        return vn.ruralstat.sheet.FormulaLikeText.test(text);
    }

    private static String stem(Path csv) {
        String name = csv.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Writes the rows as they stream in, marking the cells with findings, blank ones included. */
    private static final class CsvCopyVisitor implements SheetVisitor {

        private final Sheet sheet;
        private final CellMarker marker;
        private final NavigableMap<Integer, NavigableMap<Integer, List<Finding>>> marks = new TreeMap<>();
        private final Map<Integer, Integer> widths = new HashMap<>();
        private final CellStyle quoted;
        private final SpreadsheetVersion grid;

        CsvCopyVisitor(Sheet sheet, CellMarker marker, List<PlacedFinding> placed) {
            this.sheet = sheet;
            this.marker = marker;
            this.grid = sheet.getWorkbook().getSpreadsheetVersion();
            this.quoted = sheet.getWorkbook().createCellStyle();
            quoted.setQuotePrefixed(true);
            for (PlacedFinding p : placed) {
                if (!p.onCell()) continue;
                marks.computeIfAbsent(p.cell().getRow(), r -> new TreeMap<>())
                        .computeIfAbsent(p.cell().getColumn(), c -> new ArrayList<>())
                        .add(p.finding());
            }
        }

        void readFrom(Path csv, String file) throws IOException {
            try {
                new CsvWorkbookReader().read(csv, this);
            } catch (UnreadableFileException e) {
                throw AnnotatedCopyException.unreadable(file, e);
            } catch (BeyondGrid e) {
                throw AnnotatedCopyException.beyondGrid(file, grid.getMaxRows(), grid.getMaxColumns());
            }
            widths.forEach((column, chars) ->
                    sheet.setColumnWidth(column, Math.min(MAX_COLUMN_CHARS, Math.max(8, chars + 2)) * 256));
        }

        @Override
        public void startSheet(String name, boolean hidden) {
            // the sheet was created before reading: the list of findings comes first
        }

        @Override
        public void row(SheetRow source) {
            int index = source.number() - 1;
            if (index > grid.getLastRowIndex()) throw new BeyondGrid();
            markRowsBefore(index);
            Row row = sheet.createRow(index);
            for (vn.ruralstat.sheet.Cell value : source.cells()) {
                if (value.column() > grid.getLastColumnIndex()) throw new BeyondGrid();
                write(row.createCell(value.column()), value.text());
                // a value alone on its line is a title or a note, which spills over the empty cells beside it
                if (source.cells().size() > 1) {
                    widths.merge(value.column(), Math.min(value.text().length(), MAX_COLUMN_CHARS), Math::max);
                }
            }
            mark(row, marks.remove(index));
        }

        @Override
        public void endSheet() {
            markRowsBefore(Integer.MAX_VALUE);
        }

        private void write(Cell cell, String text) {
            if (isPlainNumber(text)) {
                cell.setCellValue(Double.parseDouble(text));
                return;
            }
            cell.setCellValue(text.length() <= CommentText.MAX_CHARS ? text : text.substring(0, CommentText.MAX_CHARS));
            if (looksLikeFormula(text)) cell.setCellStyle(quoted);
        }

        /** Rows the CSV leaves blank but a finding points to ("missing total households"). */
        private void markRowsBefore(int index) {
            while (!marks.isEmpty() && marks.firstKey() < index) {
                Map.Entry<Integer, NavigableMap<Integer, List<Finding>>> first = marks.pollFirstEntry();
                mark(sheet.createRow(first.getKey()), first.getValue());
            }
        }

        private void mark(Row row, NavigableMap<Integer, List<Finding>> cells) {
            if (cells == null) return;
            cells.forEach((column, findings) -> {
                Cell cell = row.getCell(column);
                marker.mark(cell == null ? row.createCell(column) : cell, findings);
            });
        }
    }

    /** The CSV has a row or column beyond the sheet's grid. */
    private static final class BeyondGrid extends RuntimeException {

        private static final long serialVersionUID = 1L;

        BeyondGrid() {
            super(null, null, false, false);
        }
    }
}
