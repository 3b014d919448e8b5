package vn.ruralstat.output;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import vn.ruralstat.message.VisibleText;

/**
 * A sheet laid out like an official table form: a title and subtitle merged across the table,
 * header rows with merged cells and borders, a code row, then bordered data rows; printed on A4
 * landscape with the header repeated on every page. The print scale fits the table to the page's
 * width only while the smallest type stays at {@value #SMALLEST_PRINTED_POINTS} pt or more; a wider
 * table runs onto more pages across, with its first (name) columns repeated on each.
 * Rows are written top to bottom only, as the streaming workbook requires.
 */
public final class TableSheet {

    public static final String NO_DATA = "Không có dữ liệu";

    /** No type below this size on paper (issue #12): scale × smallest font ≥ 10 pt. */
    public static final int SMALLEST_PRINTED_POINTS = 10;

    // A4 landscape (297 mm = 841.9 pt) less the left and right margins of 0.4 in (28.8 pt each).
    static final double PRINTABLE_WIDTH_POINTS = 841.9 - 2 * 28.8;
    static final int SMALLEST_SCALE =
            (int) Math.ceil(100.0 * SMALLEST_PRINTED_POINTS / WorkbookStyles.SMALLEST_FONT_POINTS);

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final int width;
    private final SheetMirror mirror;
    private int nextRow;
    private int tableLastColumn;
    private int headerFirstRow = -1;
    private int headerLastRow = -1;
    private int[] widths = new int[0];
    private boolean widerThanPage;

    /** @param lastColumn the last column of the widest table, over which titles are merged */
    public TableSheet(Workbook workbook, String name, WorkbookStyles styles, int lastColumn) {
        this.sheet = workbook.createSheet(name);
        this.styles = styles;
        this.width = lastColumn;
        this.tableLastColumn = lastColumn;
        this.mirror = styles.mirrorOf(name);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        // An explicit scale, not "fit to one page wide": fitting shrinks type without a floor.
        print.setScale((short) 100);
        sheet.setFitToPage(false);
        sheet.setAutobreaks(true);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.getFooter().setCenter("Trang &P / &N");
    }

    public Sheet sheet() {
        return sheet;
    }

    public int nextRow() {
        return nextRow;
    }

    /** Column widths in characters of the default font, first column first. */
    public void columnWidths(int... characters) {
        widths = characters.clone();
        for (int col = 0; col < characters.length; col++) {
            sheet.setColumnWidth(col, Math.min(255, characters[col]) * 256 + 200);
        }
        int scale = printScale(characters);
        widerThanPage = fittingScale(characters) < scale;
        sheet.getPrintSetup().setScale((short) scale);
        mirror.columnWidths(characters.clone());
    }

    /**
     * The largest scale up to 100 % at which the columns fit the page's width, but never below
     * {@link #SMALLEST_SCALE}: a table that would need less prints on more pages across instead.
     */
    static int printScale(int... characters) {
        return Math.max(SMALLEST_SCALE, fittingScale(characters));
    }

    private static int fittingScale(int... characters) {
        double points = widthInPoints(characters, characters.length - 1);
        return points <= 0 ? 100 : (int) Math.min(100, Math.floor(100 * PRINTABLE_WIDTH_POINTS / points));
    }

    /**
     * Printed width of columns 0..last in points at 100 %: Excel sizes a column of n characters of
     * the default font (Calibri 11, 7 px a digit) as 7n + 5 px, at 96 px an inch, and
     * {@link #columnWidths} stores n + 200/256 characters, so about 7n + 11 px.
     */
    static double widthInPoints(int[] characters, int last) {
        double pixels = 0;
        for (int col = 0; col <= last && col < characters.length; col++) {
            pixels += Math.min(255, characters[col]) * 7 + 11;
        }
        return pixels * 0.75;
    }

    /** The last column that prints on the first page at the sheet's scale (the heading stays on it). */
    public int lastColumnOnFirstPage() {
        if (widths.length == 0) return width;
        double scale = sheet.getPrintSetup().getScale() / 100.0;
        int last = 0;
        while (last + 1 <= width
                && last + 1 < widths.length
                && widthInPoints(widths, last + 1) * scale <= PRINTABLE_WIDTH_POINTS) {
            last++;
        }
        return last;
    }

    /** Width of column {@code col} in characters, as set by {@link #columnWidths}; 9 when not set. */
    public int columnWidth(int col) {
        return col < widths.length ? widths[col] : 9;
    }

    /** The styles the sheet is written with, for the form elements the kit lays out around it. */
    WorkbookStyles styles() {
        return styles;
    }

    /** The last column of the sheet's titles. */
    public int lastColumn() {
        return width;
    }

    public void title(String text) {
        mirror.line(SheetMirror.Line.TITLE, text);
        mergedLine(text, styles.title(), 21);
    }

    public void subtitle(String text) {
        mirror.line(SheetMirror.Line.SUBTITLE, text);
        mergedLine(text, styles.subtitle(), 17);
    }

    /** Italic text across the sheet, e.g. "Không có dữ liệu" where a table would be. */
    public void note(String text) {
        mirror.line(SheetMirror.Line.NOTE, text);
        mergedLine(text, styles.note(), 17);
    }

    /**
     * A long note wrapped across the sheet's width ({@code widthInCharacters}: the merged columns'
     * width); the row is made tall enough, since Excel does not fit merged rows itself.
     */
    public void paragraph(String text, int widthInCharacters) {
        text = VisibleText.cell(text);
        mirror.line(SheetMirror.Line.NOTE, text);
        int lines = TableRow.wrappedLines(text, widthInCharacters);
        mergedLine(text, styles.paragraph(), Math.min(409, lines * 15.5f + 2));
    }

    public void sectionHeading(String text) {
        text = VisibleText.cell(text);
        mirror.line(SheetMirror.Line.SECTION, text);
        Row row = sheet.createRow(nextRow++);
        styles.text(row.createCell(0), text, styles.sectionHeading());
    }

    public void skipRow() {
        nextRow++;
    }

    /** Marks column {@code col} as the table's source references, which a signed form leaves out. */
    public void referenceColumn(int col) {
        mirror.referenceColumn(col);
    }

    /** Hands the sheet's official form to its mirror (the PDF lays the same heading and signatures out). */
    void officialForm(vn.ruralstat.office.OfficialForm form) {
        mirror.form(form);
    }

    /** A new row below the last, of the given height, for layouts the kit draws itself (form elements). */
    public Row newRow(float heightInPoints) {
        Row row = sheet.createRow(nextRow++);
        row.setHeightInPoints(heightInPoints);
        return row;
    }

    /**
     * Starts a table: creates {@code count} bordered header rows over columns 0..lastColumn,
     * to be filled with {@link #header} and merged with {@link #merge}.
     *
     * @return the index of the first header row
     */
    public int headerRows(int count, int lastColumn, float heightInPoints) {
        tableLastColumn = lastColumn;
        headerFirstRow = nextRow;
        mirror.headerRows(headerFirstRow, count, lastColumn);
        for (int i = 0; i < count; i++) {
            Row row = sheet.createRow(nextRow++);
            row.setHeightInPoints(heightInPoints);
            for (int col = 0; col <= lastColumn; col++) {
                row.createCell(col).setCellStyle(styles.header());
            }
        }
        headerLastRow = nextRow - 1;
        return headerFirstRow;
    }

    public void header(int row, int col, String text) {
        mirror.header(row, col, text, false);
        Cell cell = sheet.getRow(row).getCell(col);
        styles.text(cell, text, cell.getCellStyle());
    }

    public void verticalHeader(int row, int col, String text) {
        mirror.header(row, col, text, true);
        styles.text(sheet.getRow(row).getCell(col), text, styles.verticalHeader());
    }

    public void rowHeight(int row, float points) {
        sheet.getRow(row).setHeightInPoints(points);
    }

    /** Merges cells; in a table they keep their borders because every one of them is styled. */
    public void merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        if (firstRow != lastRow || firstCol != lastCol) {
            mirror.merge(firstRow, lastRow, firstCol, lastCol);
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
        }
    }

    /** The row of column codes under the header, which ends the header. */
    public void codeRow(String... codes) {
        Row row = sheet.createRow(nextRow++);
        mirror.codeRow(row.getRowNum(), codes.clone());
        for (int col = 0; col <= tableLastColumn; col++) {
            Cell cell = row.createCell(col);
            cell.setCellStyle(styles.code());
            if (col < codes.length) styles.text(cell, codes[col], styles.code());
        }
        headerLastRow = row.getRowNum();
    }

    public TableRow row(boolean bold) {
        Row row = sheet.createRow(nextRow++);
        mirror.row(row.getRowNum(), bold);
        return new TableRow(row, styles, bold, tableLastColumn, mirror);
    }

    /** A bold row inside the table naming the unit whose rows follow, merged across the table. */
    public void groupHeading(String text) {
        text = VisibleText.cell(text); // a unit's name as its file wrote it
        int index = nextRow++;
        mirror.groupHeading(index, text);
        Row row = sheet.createRow(index);
        for (int col = 0; col <= tableLastColumn; col++) {
            row.createCell(col).setCellStyle(styles.groupHeading());
        }
        styles.text(row.getCell(0), text, styles.groupHeading());
        merge(index, index, 0, tableLastColumn);
    }

    /**
     * Freezes the panes below the last header and right of {@code frozenColumns}, and repeats
     * the header rows on every printed page.
     */
    public void freezeHeader(int frozenColumns) {
        if (headerFirstRow < 0) return;
        sheet.createFreezePane(frozenColumns, headerLastRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerFirstRow, headerLastRow, -1, -1));
        if (widerThanPage && frozenColumns > 0) {
            // Pages across repeat the columns that name each row.
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, frozenColumns - 1));
        }
    }

    public int headerFirstRow() {
        return headerFirstRow;
    }

    public int headerLastRow() {
        return headerLastRow;
    }

    /** Column letter(s) for formulas: 0 is "A". */
    public static String column(int col) {
        return CellReference.convertNumToColString(col);
    }

    private void mergedLine(String text, CellStyle style, float height) {
        int index = nextRow++;
        Row row = sheet.createRow(index);
        row.setHeightInPoints(height);
        styles.text(row.createCell(0), text, style);
        merge(index, index, 0, width);
    }
}
