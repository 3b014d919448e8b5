package vn.ruralstat.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.ruralstat.output.SheetMirror;

/**
 * The PDF of the signable forms, written while the workbook's sheets are: each signable sheet
 * gets a {@link SheetMirror} ({@link #form}) that lays out the form around the sheet's tables.
 * A form whose sheet holds no table ("Không có dữ liệu") is left out, as an empty sheet is not
 * printed. A4 landscape: the forms' tables are wide.
 */
public final class FormsPdf implements AutoCloseable {

    // NĐ 30/2020: top and bottom 20-25 mm, left 30-35 mm (binding), right 15-20 mm.
    static final float MM = 72f / 25.4f;
    static final Rectangle PAGE = PageSize.A4.rotate();
    private static final float LEFT = 30 * MM;
    private static final float RIGHT = 15 * MM;
    private static final float TOP = 20 * MM;
    private static final float BOTTOM = 20 * MM;

    private final OutputStream out;
    private final Document document;
    private final PdfWriter writer;
    private final PdfFonts fonts;
    private final PageNumbers pageNumbers;
    private FormLayout current;
    private int forms;

    private FormsPdf(OutputStream out, Document document, PdfWriter writer, PdfFonts fonts, PageNumbers numbers) {
        this.out = out;
        this.document = document;
        this.writer = writer;
        this.fonts = fonts;
        this.pageNumbers = numbers;
    }

    /** Opens {@code target} for writing; fails with one line when no Vietnamese font is found. */
    public static FormsPdf create(Path target) throws IOException {
        PdfFonts fonts = PdfFonts.load();
        OutputStream out = Files.newOutputStream(target);
        try {
            Document document = new Document(PAGE, LEFT, RIGHT, TOP, BOTTOM);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            PageNumbers numbers = new PageNumbers(fonts.regular(13));
            writer.setPageEvent(numbers);
            document.addTitle("Báo cáo tổng hợp");
            document.addCreator("ruralstat");
            document.open();
            return new FormsPdf(out, document, writer, fonts, numbers);
        } catch (RuntimeException e) {
            out.close();
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * The mirror of the next sheet: a form laid out around the sheet's tables with the official
     * elements the sheet hands over, or nothing when the sheet is not a signable form. Ends the
     * form of the previous sheet.
     */
    public SheetMirror form(boolean signable) {
        finishCurrent();
        if (!signable) return SheetMirror.NONE;
        current = new FormLayout(new FormPage(), fonts);
        return current;
    }

    /** Forms written so far (those whose sheet held a table). */
    public int forms() {
        return forms;
    }

    @Override
    public void close() throws IOException {
        try {
            finishCurrent();
            if (forms == 0) {
                // A PDF needs a page: say there is nothing to sign rather than fail.
                document.add(new com.lowagie.text.Paragraph(" ", fonts.regular(13)));
            }
            document.close();
        } finally {
            out.close();
        }
    }

    private void finishCurrent() {
        if (current != null) current.finish();
        current = null;
    }

    /** Where a form's layout puts its elements: a fresh page, numbered from the form's start. */
    final class FormPage {

        void start() {
            if (forms > 0) document.newPage();
            forms++;
            pageNumbers.formStartsAt(writer.getPageNumber());
        }

        void add(com.lowagie.text.Element element) {
            document.add(element);
        }

        void newPage() {
            document.newPage();
        }

        /** Height left on the current page for content, in points. */
        float spaceLeft() {
            return writer.getVerticalPosition(false) - document.bottom();
        }

        /** Whether nothing has been placed on the current page yet. */
        boolean atPageTop() {
            return writer.getVerticalPosition(false) >= document.top() - 0.5f;
        }

        float pageHeight() {
            return document.top() - document.bottom();
        }

        float width() {
            return document.right() - document.left();
        }
    }
}
