package vn.ruralstat.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.ruralstat.output.WorkbookStyles.Kind;

/**
 * One table of a sheet, rebuilt cell for cell as a PDF table: the header rows (merged cells,
 * vertical criterion names, the code row) repeated on every page, each data row kept whole on one
 * page, totals in bold. Rows are handed to the document in chunks so that a province's thousands
 * of villages are never all held at once; a few recent rows are kept back because a sheet writer
 * may still fill a row after starting the next (a "Tổng cộng" row above its "TB" row).
 */
final class MirroredTable {

    private static final int KEPT_BACK = 20;
    private static final int CHUNK = 300;
    /** Rows of a table's end kept on the page of the signatures. */
    private static final int KEPT_WITH_TAIL = 2;

    /** Above this many columns (a criteria matrix) the table is set tighter: 10 pt, the smallest allowed. */
    private static final int WIDE = 15;
    /** The narrowest column, in characters: a year ("2024") must fit in a criterion's column. */
    private static final int NARROWEST = 6;
    /** The row-number column: "STT" in bold must not break. */
    private static final int ORDINAL = 5;

    private static final float HEADER_SIZE = 10.5f;

    private final int firstRow;
    private final int columns;
    private final String[][] headers;
    private final boolean[][] vertical;
    private final List<int[]> headerMerges = new ArrayList<>();
    private final TreeMap<Integer, PendingRow> pending = new TreeMap<>();
    private final PdfFonts fonts;
    private final FormsPdf.FormPage document;
    private String[] codes;
    private int[] widths;
    private final float size;
    private final float padding;
    private PdfPTable table;
    private int rowsInChunk;
    private boolean placed;

    MirroredTable(int firstRow, int headerRows, int lastColumn, PdfFonts fonts, FormsPdf.FormPage document) {
        this.firstRow = firstRow;
        this.columns = lastColumn + 1;
        this.headers = new String[headerRows][columns];
        this.vertical = new boolean[headerRows][columns];
        this.fonts = fonts;
        this.document = document;
        this.size = columns > WIDE ? 10 : 11;
        this.padding = columns > WIDE ? 1.5f : 3;
    }

    boolean holdsHeaderRow(int row) {
        return row >= firstRow && row < firstRow + headers.length;
    }

    void header(int row, int col, String text, boolean isVertical) {
        if (!holdsHeaderRow(row) || col >= columns) return;
        headers[row - firstRow][col] = text;
        vertical[row - firstRow][col] = isVertical;
    }

    void codeRow(String[] codeTexts) {
        this.codes = codeTexts;
    }

    void columnWidths(int[] characters) {
        this.widths = characters;
    }

    void merge(int fromRow, int toRow, int fromCol, int toCol) {
        if (holdsHeaderRow(fromRow)) {
            headerMerges.add(new int[] {fromRow - firstRow, toRow - firstRow, fromCol, toCol});
        } else if (pending.containsKey(fromRow)) {
            pending.get(fromRow).spans.put(fromCol, Math.min(toCol, columns - 1));
        }
    }

    void row(int row, boolean bold) {
        pending.put(row, new PendingRow(bold, null));
        handOver(KEPT_BACK);
    }

    void groupHeading(int row, String text) {
        PendingRow heading = new PendingRow(true, text);
        heading.spans.put(0, columns - 1);
        pending.put(row, heading);
        handOver(KEPT_BACK);
    }

    void cell(int row, int col, Object value, Kind kind) {
        PendingRow target = pending.get(row);
        if (target == null || col >= columns) return;
        target.values[col] = CellText.of(value, kind);
        target.kinds[col] = kind;
    }

    /**
     * Hands every row over and ends the table. {@code tailHeight} is the height of what must
     * follow on the same page (the signatures): when it and the last rows do not fit under the
     * rows already placed, those rows go to the next page with it, so that a signature never
     * stands alone on a page.
     */
    void finish(float tailHeight) {
        if (table == null) start();
        if (tailHeight > 0) {
            handOver(Math.min(KEPT_WITH_TAIL, pending.size()));
            if (table.size() > table.getHeaderRows()) handToDocument();
            handOver(0);
            float needed = bodyHeight() + tailHeight;
            if (needed > document.spaceLeft() && needed < document.pageHeight()) {
                document.newPage();
                table.setSkipFirstHeader(false);
            }
        } else {
            handOver(0);
        }
        table.setComplete(true);
        handToDocument();
    }

    /** The height of the rows not yet placed, at the table's printed width. */
    private float bodyHeight() {
        table.setTotalWidth(document.width());
        float height = 0;
        for (int row = placed ? table.getHeaderRows() : 0; row < table.size(); row++) {
            height += table.getRowHeight(row);
        }
        return height;
    }

    /**
     * Places the rows added so far. The header is repeated on every new page, but OpenPDF skips
     * it where the rest of a table handed over in parts resumes: right where it continues the
     * same page, wrongly at the top of a new one. So say whether the rest starts on a new page.
     */
    private void handToDocument() {
        placed = true;
        if (table.size() > table.getHeaderRows() && table.isSkipFirstHeader()) {
            table.setTotalWidth(document.width());
            boolean fits = table.getRowHeight(table.getHeaderRows()) <= document.spaceLeft();
            table.setSkipFirstHeader(fits && !document.atPageTop());
        }
        document.add(table);
    }

    private void handOver(int keep) {
        while (pending.size() > keep) {
            Map.Entry<Integer, PendingRow> oldest = pending.pollFirstEntry();
            if (table == null) start();
            addRow(oldest.getValue());
            if (++rowsInChunk >= CHUNK) {
                handToDocument(); // the rows added so far leave memory; the header stays
                rowsInChunk = 0;
            }
        }
    }

    private void start() {
        table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        if (widths != null && widths.length >= columns) {
            float[] relative = new float[columns];
            for (int i = 0; i < columns; i++) relative[i] = Math.max(i == 0 ? ORDINAL : NARROWEST, widths[i]);
            table.setWidths(relative);
        }
        table.setSplitLate(true); // a row that does not fit goes whole to the next page
        table.setComplete(false);
        boolean[][] covered = new boolean[headers.length][columns];
        for (int r = 0; r < headers.length; r++) {
            for (int c = 0; c < columns; c++) {
                if (covered[r][c]) continue;
                int[] merge = mergeAt(r, c);
                int rowSpan = merge == null ? 1 : merge[1] - merge[0] + 1;
                int colSpan = merge == null ? 1 : merge[3] - merge[2] + 1;
                for (int i = r; i < r + rowSpan && i < headers.length; i++) {
                    for (int j = c; j < c + colSpan && j < columns; j++) covered[i][j] = true;
                }
                PdfPCell cell = headerCell(headers[r][c], fonts.bold(HEADER_SIZE), vertical[r][c]);
                cell.setRowspan(rowSpan);
                cell.setColspan(colSpan);
                table.addCell(cell);
            }
        }
        int headerRows = headers.length;
        if (codes != null) {
            for (int c = 0; c < columns; c++) {
                table.addCell(headerCell(c < codes.length ? codes[c] : "", fonts.italic(HEADER_SIZE), false));
            }
            headerRows++;
        }
        table.setHeaderRows(headerRows);
    }

    private int[] mergeAt(int row, int col) {
        for (int[] merge : headerMerges) {
            if (merge[0] == row && merge[2] == col) return merge;
        }
        return null;
    }

    private static PdfPCell headerCell(String text, Font font, boolean isVertical) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(2);
        cell.setPaddingBottom(3);
        if (isVertical) {
            cell.setRotation(90);
            cell.setMinimumHeight(text == null ? 20 : Math.min(200, 8 + 5.2f * text.length()));
        }
        return cell;
    }

    private void addRow(PendingRow row) {
        Font font = row.bold ? fonts.bold(size) : fonts.regular(size);
        int col = 0;
        while (col < columns) {
            int last = row.spans.getOrDefault(col, col);
            String text = row.heading != null && col == 0 ? row.heading : row.values[col];
            Kind kind = row.kinds[col] == null ? Kind.TEXT : row.kinds[col];
            PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
            cell.setColspan(last - col + 1);
            cell.setHorizontalAlignment(CellText.alignment(kind));
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.setPadding(3);
            cell.setPaddingLeft(padding);
            cell.setPaddingRight(padding);
            table.addCell(cell);
            col = last + 1;
        }
    }

    /** A row not yet handed to the document: its texts, kinds, bold flag and merged spans. */
    private final class PendingRow {
        final boolean bold;
        final String heading;
        final String[] values = new String[columns];
        final Kind[] kinds = new Kind[columns];
        final Map<Integer, Integer> spans = new TreeMap<>();

        PendingRow(boolean bold, String heading) {
            this.bold = bold;
            this.heading = heading;
            Arrays.fill(values, null);
        }
    }
}
