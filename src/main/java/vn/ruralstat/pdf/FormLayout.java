package vn.ruralstat.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import vn.ruralstat.office.OfficialForm;
import vn.ruralstat.output.SheetMirror;
import vn.ruralstat.output.WorkbookStyles.Kind;

/**
 * One form of the PDF, laid out from what its sheet writes: the official heading and the form's
 * title that the sheet hands over, the sheet's other lines, its tables, then the signatures. Nothing is written until the sheet starts a table, so a sheet without data prints
 * no form at all.
 */
final class FormLayout implements SheetMirror {

    private OfficialForm form;
    private final FormsPdf.FormPage page;
    private final PdfFonts fonts;
    private final List<Element> waiting = new ArrayList<>();
    private boolean started;
    private MirroredTable table;
    /** The sheet's column widths, set before its heading and kept for each of its tables. */
    private int[] widths;
    /** The column of source references, left out of the form (later columns move left); none when negative. */
    private int reference = -1;

    FormLayout(FormsPdf.FormPage page, PdfFonts fonts) {
        this.page = page;
        this.fonts = fonts;
    }

    /** The sheet's official form, handed over with its heading; a sheet without one prints no form. */
    @Override
    public void form(OfficialForm officialForm) {
        this.form = officialForm;
    }

    @Override
    public void referenceColumn(int col) {
        reference = col;
    }

    @Override
    public void line(Line kind, String text) {
        if (kind == Line.TITLE || text == null || text.isBlank()) return; // the form's title stands for it
        Paragraph paragraph =
                kind == Line.SECTION ? new Paragraph(text, fonts.bold(13)) : new Paragraph(text, fonts.italic(12));
        if (kind == Line.SUBTITLE) paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(kind == Line.SECTION ? 8 : 2);
        paragraph.setSpacingAfter(4);
        // Lines after a table wait: the next table ends it, or they go with the signatures.
        waiting.add(paragraph);
    }

    @Override
    public void headerRows(int firstRow, int count, int lastColumn) {
        endTable();
        if (form == null) return; // a sheet that wrote no official heading is not a form
        if (!started) {
            page.start();
            new OfficialHeading(form, fonts, page.width()).elements().forEach(page::add);
            started = true;
        }
        waiting.forEach(page::add);
        waiting.clear();
        boolean dropsOne = reference >= 0 && reference <= lastColumn;
        table = new MirroredTable(firstRow, count, dropsOne ? lastColumn - 1 : lastColumn, fonts, page);
        if (widths != null) table.columnWidths(printed(widths));
    }

    @Override
    public void header(int row, int col, String text, boolean vertical) {
        if (table != null && col != reference) table.header(row, shown(col), text, vertical);
    }

    @Override
    public void codeRow(int row, String[] codes) {
        if (table != null) table.codeRow(printed(codes));
    }

    @Override
    public void columnWidths(int[] characters) {
        widths = characters;
        if (table != null) table.columnWidths(printed(characters));
    }

    @Override
    public void merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        if (table == null || (firstCol == reference && lastCol == reference)) return;
        // A span over the reference column loses that column.
        int last = lastCol >= reference && reference >= 0 && firstCol <= reference ? lastCol - 1 : lastCol;
        table.merge(firstRow, lastRow, shown(firstCol), shown(Math.max(firstCol, last)));
    }

    @Override
    public void row(int row, boolean bold) {
        if (table != null) table.row(row, bold);
    }

    @Override
    public void cell(int row, int col, Object value, Kind kind) {
        if (table != null && col != reference) table.cell(row, shown(col), value, kind);
    }

    @Override
    public void groupHeading(int row, String text) {
        if (table != null) table.groupHeading(row, text);
    }

    /** Ends the last table and signs the form; a form that never started a table stays out. */
    void finish() {
        if (!started) return;
        PdfPTable tail = new SignatureBlock(form, fonts).after(waiting);
        tail.setTotalWidth(page.width());
        if (table != null) table.finish(tail.getTotalHeight() + tail.spacingBefore());
        table = null;
        page.add(tail);
    }

    /** Where a sheet's column stands in the form: columns after the reference column move left by one. */
    private int shown(int col) {
        return reference >= 0 && col > reference ? col - 1 : col;
    }

    private int[] printed(int[] columns) {
        if (reference < 0 || reference >= columns.length) return columns;
        int[] kept = new int[columns.length - 1];
        for (int col = 0, to = 0; col < columns.length; col++) if (col != reference) kept[to++] = columns[col];
        return kept;
    }

    private String[] printed(String[] columns) {
        if (reference < 0 || reference >= columns.length) return columns;
        String[] kept = new String[columns.length - 1];
        for (int col = 0, to = 0; col < columns.length; col++) if (col != reference) kept[to++] = columns[col];
        return kept;
    }

    private void endTable() {
        if (table != null) table.finish(0);
        table = null;
    }
}
