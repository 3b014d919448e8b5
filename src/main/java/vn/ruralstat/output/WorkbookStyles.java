package vn.ruralstat.output;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import vn.ruralstat.sheet.FormulaLikeText;

/**
 * The cell styles of the consolidated workbook, created once per workbook (Excel allows about
 * 64,000 styles, and a style per cell would also bloat the file).
 */
public final class WorkbookStyles {

    /** What a table cell holds, which decides its alignment and number format. */
    public enum Kind {
        TEXT,
        CENTERED,
        ORDINAL,
        INTEGER,
        PERCENT,
        DECIMAL1,
        YEAR
    }

    // Times New Roman is the font of Vietnamese administrative documents (Decree 30/2020/NĐ-CP).
    static final String FONT = "Times New Roman";

    /**
     * The smallest type on any sheet (the code row, the recipients): print scales are chosen so
     * that it still prints at {@link TableSheet#SMALLEST_PRINTED_POINTS} or more.
     */
    public static final int SMALLEST_FONT_POINTS = 11;

    private final Map<Kind, CellStyle> plain = new EnumMap<>(Kind.class);
    private final Map<Kind, CellStyle> bold = new EnumMap<>(Kind.class);
    private final CellStyle title;
    private final CellStyle subtitle;
    private final CellStyle header;
    private final CellStyle verticalHeader;
    private final CellStyle code;
    private final CellStyle groupHeading;
    private final CellStyle note;
    private final CellStyle paragraph;
    private final CellStyle sectionHeading;
    private final FormStyles form;
    private Function<String, SheetMirror> mirrors = SheetMirror.NO_SHEETS;
    private final Workbook workbook;
    private final Map<Short, CellStyle> quoted = new HashMap<>();

    public WorkbookStyles(Workbook workbook) {
        this.workbook = workbook;
        Font regular = font(workbook, false, false, 12);
        Font strong = font(workbook, true, false, 12);
        for (Kind kind : Kind.values()) {
            plain.put(kind, tableCell(workbook, regular, kind));
            bold.put(kind, tableCell(workbook, strong, kind));
        }
        title = workbook.createCellStyle();
        title.setFont(font(workbook, true, false, 14));
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        title.setWrapText(true);
        subtitle = workbook.createCellStyle();
        subtitle.setFont(font(workbook, false, true, 12));
        subtitle.setAlignment(HorizontalAlignment.CENTER);
        subtitle.setWrapText(true);
        header = bordered(workbook, strong);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        verticalHeader = bordered(workbook, strong);
        verticalHeader.cloneStyleFrom(header);
        verticalHeader.setRotation((short) 90);
        code = bordered(workbook, font(workbook, false, true, 11));
        code.setAlignment(HorizontalAlignment.CENTER);
        groupHeading = bordered(workbook, strong);
        groupHeading.setAlignment(HorizontalAlignment.LEFT);
        note = workbook.createCellStyle();
        note.setFont(font(workbook, false, true, 12));
        paragraph = workbook.createCellStyle();
        paragraph.cloneStyleFrom(note);
        paragraph.setWrapText(true);
        paragraph.setVerticalAlignment(VerticalAlignment.TOP);
        sectionHeading = workbook.createCellStyle();
        sectionHeading.setFont(strong);
        form = new FormStyles(workbook);
    }

    /** The styles of the official form elements around a table (heading, signatures, recipients). */
    public FormStyles form() {
        return form;
    }

    /**
     * Mirrors the sheets created from now on: {@code mirrors} gives, by sheet name, what receives
     * each table sheet's content (the PDF of the signable forms). The styles are the one object
     * every table sheet of a workbook is built with, so no sheet writer needs to know of it.
     */
    public void mirrorSheetsTo(Function<String, SheetMirror> mirrors) {
        this.mirrors = mirrors;
    }

    SheetMirror mirrorOf(String sheetName) {
        return mirrors.apply(sheetName);
    }

    /**
     * Writes {@code text} as a string cell of {@code style}. Text Excel would take for a formula
     * ("=1+1", a name from a source file) gets the style's quote-prefixed twin, so that editing the
     * cell keeps it text.
     */
    public void text(Cell cell, String text, CellStyle style) {
        cell.setCellValue(text);
        cell.setCellStyle(FormulaLikeText.test(text) ? quoted(style) : style);
    }

    /** The twin of {@code style} with Excel's quote prefix, created when first needed. */
    private CellStyle quoted(CellStyle style) {
        return quoted.computeIfAbsent(style.getIndex(), i -> {
            CellStyle twin = workbook.createCellStyle();
            twin.cloneStyleFrom(style);
            twin.setQuotePrefixed(true);
            return twin;
        });
    }

    public CellStyle cell(Kind kind, boolean isBold) {
        return (isBold ? bold : plain).get(kind);
    }

    public CellStyle title() {
        return title;
    }

    public CellStyle subtitle() {
        return subtitle;
    }

    public CellStyle header() {
        return header;
    }

    /** Header text turned 90° so that 19 criterion names fit above narrow columns. */
    public CellStyle verticalHeader() {
        return verticalHeader;
    }

    /** The row of column codes under the header ("A", "B", "1", "3=2/1*100"), as on the source forms. */
    public CellStyle code() {
        return code;
    }

    /** A bold row naming the unit whose rows follow, inside the table. */
    public CellStyle groupHeading() {
        return groupHeading;
    }

    /** Italic text outside a table: notes and "Không có dữ liệu". */
    public CellStyle note() {
        return note;
    }

    /** Italic text outside a table that wraps over several lines (long notes). */
    public CellStyle paragraph() {
        return paragraph;
    }

    /** Bold text above a table of the summary sheet ("I. Hộ nghèo, hộ cận nghèo"). */
    public CellStyle sectionHeading() {
        return sectionHeading;
    }

    private static CellStyle tableCell(Workbook workbook, Font font, Kind kind) {
        CellStyle style = bordered(workbook, font);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        switch (kind) {
            case TEXT -> style.setWrapText(true);
            case CENTERED -> {
                style.setAlignment(HorizontalAlignment.CENTER);
                style.setWrapText(true);
            }
            case ORDINAL -> {
                style.setAlignment(HorizontalAlignment.CENTER);
                style.setDataFormat(workbook.createDataFormat().getFormat("0"));
            }
            case INTEGER -> style.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            case PERCENT -> style.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            case DECIMAL1 -> style.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            case YEAR -> {
                // A year is a number but must not get a thousands separator ("2,024").
                style.setDataFormat(workbook.createDataFormat().getFormat("0"));
                style.setAlignment(HorizontalAlignment.CENTER);
            }
        }
        return style;
    }

    private static CellStyle bordered(Workbook workbook, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    static Font font(Workbook workbook, boolean isBold, boolean italic, int points) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) points);
        font.setBold(isBold);
        font.setItalic(italic);
        return font;
    }
}
