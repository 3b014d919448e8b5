package vn.ruralstat.annotate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import vn.ruralstat.finding.Severity;
import vn.ruralstat.finding.SourceRef;

/**
 * The sheet "Kiểm tra" put first in an annotated copy: every finding of the file, one row each,
 * with links to the cells. Rows are written top to bottom only, as the streaming workbook of the
 * CSV copies requires. Every text is written as a plain string, never as a formula.
 */
final class FindingListSheet {

    static final String NAME = "Kiểm tra";
    static final String[] HEADERS = {
        "STT", "Mức độ", "Loại phát hiện", "Nội dung", "Trang tính", "Ô", "Số báo cáo", "Số tính lại"
    };
    static final int HEADER_ROW = 2;
    static final int SHEET_COLUMN = 4;
    static final int CELL_COLUMN = 5;

    private static final int[] WIDTHS = {5, 10, 26, 70, 20, 8, 12, 12};
    private static final int MESSAGE_COLUMN = 3;
    private static final int LAST = HEADERS.length - 1;

    private final Workbook workbook;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle centered;
    private final CellStyle link;
    private final Map<Severity, CellStyle> severity = new EnumMap<>(Severity.class);
    private final QuotePrefixes quotes;

    FindingListSheet(Workbook workbook, HighlightStyles highlights) {
        this.workbook = workbook;
        this.quotes = new QuotePrefixes(workbook);
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 13);
        Font underlined = workbook.createFont();
        underlined.setUnderline(Font.U_SINGLE);
        underlined.setColor(IndexedColors.BLUE.getIndex());
        this.title = workbook.createCellStyle();
        title.setFont(big);
        this.text = bordered(HorizontalAlignment.LEFT);
        text.setWrapText(true);
        this.centered = bordered(HorizontalAlignment.CENTER);
        this.header = bordered(HorizontalAlignment.CENTER);
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        this.link = bordered(HorizontalAlignment.CENTER);
        link.setFont(underlined);
        for (Severity s : Severity.values()) {
            CellStyle style = bordered(HorizontalAlignment.CENTER);
            highlights.fill(style, s);
            severity.put(s, style);
        }
    }

    /** "Kiểm tra", or "Kiểm tra (2)", "Kiểm tra (3)"… when the name is taken (sheet names ignore case). */
    static String uniqueName(Predicate<String> taken) {
        String name = NAME;
        for (int n = 2; taken.test(name); n++) {
            name = NAME + " (" + n + ")";
        }
        return name;
    }

    /** Writes the list into {@code sheet}, which must be empty; {@code file} is the file as the run names it. */
    void write(Sheet sheet, String file, List<PlacedFinding> findings) {
        for (int col = 0; col <= LAST; col++) sheet.setColumnWidth(col, WIDTHS[col] * 256 + 200);
        line(sheet, 0, "KẾT QUẢ KIỂM TRA SỐ LIỆU – TỆP " + file, title);
        line(sheet, 1, summary(findings), null);
        Row head = sheet.createRow(HEADER_ROW);
        head.setHeightInPoints(30);
        for (int col = 0; col <= LAST; col++) string(head, col, HEADERS[col], header);
        int r = HEADER_ROW + 1;
        if (findings.isEmpty()) {
            line(sheet, r, "Không có phát hiện nào cho tệp này.", null);
            return;
        }
        int stt = 1;
        for (PlacedFinding finding : findings) {
            row(sheet.createRow(r++), stt++, finding);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, r - 1, 0, LAST));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true); // an .xls ignores fitting to the page without it
    }

    private void row(Row row, int stt, PlacedFinding placed) {
        SourceRef source = placed.source();
        Severity level = placed.severity();
        Cell number = row.createCell(0);
        number.setCellValue(stt);
        number.setCellStyle(centered);
        string(row, 1, SeverityLabel.of(level), level == null ? centered : severity.get(level));
        string(
                row,
                2,
                placed.finding().code() == null ? "" : placed.finding().code().officialName(),
                text);
        String message = placed.finding().messageVi();
        string(row, MESSAGE_COLUMN, message, text);
        string(row, SHEET_COLUMN, sheetText(placed), text);
        string(row, CELL_COLUMN, source.cell(), centered);
        string(row, 6, placed.finding().reported(), centered);
        string(row, 7, placed.finding().expected(), centered);
        if (placed.onSheet()) linkTo(row.getCell(SHEET_COLUMN), placed.sheetName(), new CellAddress(0, 0), false);
        if (placed.onCell()) linkTo(row.getCell(CELL_COLUMN), placed.sheetName(), placed.cell(), true);
        int lines = Math.max(
                CommentText.lines(message == null ? "" : message, WIDTHS[MESSAGE_COLUMN]),
                CommentText.lines(sheetText(placed), WIDTHS[SHEET_COLUMN]));
        if (lines > 1) row.setHeightInPoints(15f * lines + 2);
    }

    /** The sheet as the finding names it, saying when it is hidden or no longer in the file. */
    private static String sheetText(PlacedFinding placed) {
        String named = placed.source().sheet();
        if (named == null || named.isBlank()) return "(cả tệp)";
        if (!placed.onSheet()) return named + " (không còn trong tệp)";
        return placed.sheetName() + (placed.sheetHidden() ? " (đang ẩn)" : "");
    }

    private void linkTo(Cell cell, String sheetName, CellAddress target, boolean styled) {
        Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        hyperlink.setAddress(address(sheetName, target));
        cell.setHyperlink(hyperlink);
        if (styled) cell.setCellStyle(link);
    }

    /**
     * An internal link address: {@code 'Sheet name'!$E$12}, quotes inside the name doubled. The cell
     * is written absolute because LibreOffice reads "C9" or "R9" after the sheet as an R1C1
     * reference and the link goes nowhere; Excel takes both forms.
     */
    static String address(String sheetName, CellAddress cell) {
        return "'" + sheetName.replace("'", "''") + "'!"
                + new CellReference(cell.getRow(), cell.getColumn(), true, true).formatAsString();
    }

    static String summary(List<PlacedFinding> findings) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (PlacedFinding f : findings) {
            if (f.severity() != null) counts.merge(f.severity(), 1, Integer::sum);
        }
        return "Tệp có " + findings.size() + " phát hiện: " + counts.getOrDefault(Severity.ERROR, 0) + " lỗi, "
                + counts.getOrDefault(Severity.WARNING, 0) + " cảnh báo, " + counts.getOrDefault(Severity.INFO, 0)
                + " thông tin. Ô có phát hiện được tô màu (đỏ: lỗi, vàng: cảnh báo, xanh: thông tin) và có ghi chú"
                + " giải thích; bấm vào địa chỉ ở cột «Ô» để đến ô đó.";
    }

    private void line(Sheet sheet, int r, String value, CellStyle style) {
        string(sheet.createRow(r), 0, value, style);
    }

    /**
     * A string cell; text is never parsed, so "=1+1" stays text, and is quote-prefixed, so editing
     * it keeps it text. Excel's 32,767-character limit is kept.
     */
    private void string(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        if (value != null) {
            quotes.write(
                    cell,
                    value.length() <= CommentText.MAX_CHARS
                            ? value
                            : value.substring(0, CommentText.MAX_CHARS - 1) + "…",
                    style);
        } else if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private CellStyle bordered(HorizontalAlignment alignment) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}
