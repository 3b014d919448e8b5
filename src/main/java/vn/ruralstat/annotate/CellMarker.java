package vn.ruralstat.annotate;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.Severity;

/**
 * Marks a cell that has findings: fills it with the colour of its most severe finding, keeping the
 * rest of its style, and attaches one comment explaining all of them. The cell's value, formula
 * and everything else stay as they were.
 */
final class CellMarker {

    static final String AUTHOR = "ruralstat";

    /** The comment box: this many columns wide, beside the cell, and as tall as its text needs. */
    private static final int BOX_COLUMNS = 5;

    private static final int CHARS_PER_LINE = 48;
    private static final int MIN_ROWS = 4;
    private static final int MAX_ROWS = 30;

    private final Workbook workbook;
    private final HighlightStyles styles;
    private final CreationHelper helper;
    private final Map<Sheet, Drawing<?>> drawings = new HashMap<>();

    CellMarker(Workbook workbook, HighlightStyles styles) {
        this.workbook = workbook;
        this.styles = styles;
        this.helper = workbook.getCreationHelper();
    }

    /** @param findings the findings of this cell, at least one */
    void mark(Cell cell, List<Finding> findings) {
        Severity worst = findings.stream()
                .map(Finding::severity)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(Severity.INFO);
        cell.setCellStyle(styles.highlighted(cell.getCellStyle(), worst));
        comment(cell, findings);
    }

    private void comment(Cell cell, List<Finding> findings) {
        Comment previous = cell.getCellComment();
        String previousAuthor = null;
        String previousText = null;
        boolean visible = false;
        if (previous != null) {
            previousAuthor = previous.getAuthor();
            RichTextString string = previous.getString();
            previousText = string == null ? null : string.getString();
            visible = previous.isVisible();
            // Replaced rather than edited: the old box is sized for the old text.
            cell.removeCellComment();
        }
        String text = CommentText.of(previousAuthor, previousText, findings);
        Sheet sheet = cell.getSheet();
        Drawing<?> drawing = drawings.computeIfAbsent(sheet, Sheet::createDrawingPatriarch);
        Comment comment = drawing.createCellComment(anchor(sheet, cell.getAddress(), text));
        comment.setString(helper.createRichTextString(text));
        comment.setAuthor(AUTHOR);
        // The comment starts out at the anchor's first cell; the streaming workbook does not move
        // it when set on the cell, so the address is set explicitly.
        comment.setAddress(cell.getAddress());
        comment.setVisible(visible);
        cell.setCellComment(comment);
    }

    /**
     * A box to the right of the cell, {@value #BOX_COLUMNS} columns wide and as many rows as the
     * text needs. A new comment is registered at the box's first cell until moved to its own, and an
     * .xlsx refuses two comments in one cell, so the box starts at a cell holding no comment.
     */
    private ClientAnchor anchor(Sheet sheet, CellAddress cell, String text) {
        SpreadsheetVersion grid = workbook.getSpreadsheetVersion();
        int lastColumn = grid.getLastColumnIndex();
        int rows = Math.min(MAX_ROWS, Math.max(MIN_ROWS, CommentText.lines(text, CHARS_PER_LINE) + 1));
        int row = Math.min(cell.getRow(), grid.getLastRowIndex() - rows);
        int column = freeColumn(sheet, row, cell.getColumn() + 1, lastColumn - BOX_COLUMNS, 1);
        if (column < 0) column = freeColumn(sheet, row, cell.getColumn() - BOX_COLUMNS - 1, 0, -1);
        if (column < 0)
            column = cell.getColumn(); // every cell of the row has a comment: the box starts on its own cell
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(column);
        anchor.setCol2(column + BOX_COLUMNS);
        anchor.setRow1(row);
        anchor.setRow2(row + rows);
        return anchor;
    }

    /** The first column from {@code from} to {@code to} (stepping by {@code step}) whose cell in {@code row} has no comment, or -1. */
    private static int freeColumn(Sheet sheet, int row, int from, int to, int step) {
        for (int column = from; step > 0 ? column <= to : column >= to; column += step) {
            if (column >= 0 && sheet.getCellComment(new CellAddress(row, column)) == null) return column;
        }
        return -1;
    }
}
