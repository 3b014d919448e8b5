package vn.ruralstat.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The page number of each form, centred in the top margin in Arabic numerals, from the form's
 * second page: NĐ 30/2020 shows no number on a document's first page and restarts the numbers in
 * each annex, and every form is signed as a document of its own.
 */
final class PageNumbers extends PdfPageEventHelper {

    private final Font font;
    private int formFirstPage = 1;

    PageNumbers(Font font) {
        this.font = font;
    }

    void formStartsAt(int page) {
        formFirstPage = page;
    }

    @Override
    public void onEndPage(PdfWriter writer, com.lowagie.text.Document document) {
        int number = writer.getPageNumber() - formFirstPage + 1;
        if (number < 2) return;
        float x = (document.left() + document.right()) / 2;
        float y = document.top() + document.topMargin() / 2;
        ColumnText.showTextAligned(
                writer.getDirectContent(), Element.ALIGN_CENTER, new Phrase(String.valueOf(number), font), x, y, 0);
    }
}
