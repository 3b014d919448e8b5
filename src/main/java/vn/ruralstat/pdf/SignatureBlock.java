package vn.ruralstat.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import vn.ruralstat.office.OfficialForm;
import vn.ruralstat.office.Signer;

/**
 * The bottom of a form: the signature row — "Người lập biểu" on the left, the head with its
 * "TM."/"KT." lines on the right, each with its hint in italics, room to sign and the name in
 * bold — then "Nơi nhận:" (bold italic, 12 pt) and its list (11 pt) when configured. Kept on one
 * page, as a signature must never stand apart from the table it signs.
 */
final class SignatureBlock {

    /** Room for a signature and a seal. */
    private static final float SIGNING_SPACE = 60;

    private final OfficialForm form;
    private final PdfFonts fonts;

    SignatureBlock(OfficialForm form, PdfFonts fonts) {
        this.form = form;
        this.fonts = fonts;
    }

    /**
     * The end of the form as one block kept on one page: {@code lines} (the notes under the last
     * table), then the signature row and the recipients.
     */
    PdfPTable after(List<Element> lines) {
        PdfPTable tail = new PdfPTable(1);
        tail.setWidthPercentage(100);
        tail.setKeepTogether(true);
        for (Element line : lines) {
            PdfPCell cell = blank();
            cell.addElement(line);
            tail.addCell(cell);
        }
        PdfPCell signatures = blank();
        signatures.setPadding(0);
        signatures.addElement(table());
        tail.addCell(signatures);
        return tail;
    }

    private PdfPTable table() {
        PdfPTable signatures = new PdfPTable(new float[] {45, 55});
        signatures.setWidthPercentage(100);
        signatures.setSpacingBefore(12);
        signatures.setKeepTogether(true);
        signatures.addCell(signer(form.preparer()));
        signatures.addCell(signer(form.head()));
        if (!form.recipients().isEmpty()) {
            PdfPCell recipients = blank();
            recipients.setColspan(2);
            recipients.addElement(new Paragraph(OfficialForm.RECIPIENTS_HEADING, fonts.boldItalic(12)));
            for (String recipient : form.recipients()) {
                recipients.addElement(new Paragraph("- " + recipient, fonts.regular(11)));
            }
            signatures.addCell(recipients);
        }
        return signatures;
    }

    private PdfPCell signer(Signer signer) {
        PdfPCell cell = blank();
        if (signer == null) return cell;
        for (String line : signer.headingLines()) cell.addElement(centred(line, fonts.bold(13)));
        if (!signer.hint().isEmpty()) cell.addElement(centred(signer.hint(), fonts.italic(13)));
        Paragraph space = centred(" ", fonts.regular(13));
        space.setSpacingAfter(SIGNING_SPACE);
        cell.addElement(space);
        if (!signer.name().isEmpty()) cell.addElement(centred(signer.name(), fonts.bold(13)));
        return cell;
    }

    private static PdfPCell blank() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        return cell;
    }

    private static Paragraph centred(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }
}
