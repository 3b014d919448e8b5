package vn.ruralstat.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import vn.ruralstat.message.Message;
import vn.ruralstat.message.MessageCatalogue;
import vn.ruralstat.office.OfficialForm;

/**
 * The top of a form (NĐ 30/2020, Phụ lục I): a two-column table — left the cơ quan chủ quản, the
 * issuing body in bold, a short rule and "Số:"; right the quốc hiệu and the tiêu ngữ in bold, a
 * rule as long as the tiêu ngữ and the place-and-date line in italics — then the form number, the
 * title centred in bold, the period and the unit of measure.
 */
final class OfficialHeading {

    private static final float LEFT = 42;
    private static final float RIGHT = 58;

    private final OfficialForm form;
    private final PdfFonts fonts;
    private final float width;

    /** @param width the page's width between the margins, in points */
    OfficialHeading(OfficialForm form, PdfFonts fonts, float width) {
        this.form = form;
        this.fonts = fonts;
        this.width = width;
    }

    List<Element> elements() {
        List<Element> elements = new ArrayList<>();
        PdfPTable heading = new PdfPTable(new float[] {LEFT, RIGHT});
        heading.setWidthPercentage(100);
        heading.setKeepTogether(true);
        PdfPCell left = column();
        line(left, form.parentBody(), fonts.regular(12));
        line(left, form.issuingBody(), fonts.bold(12));
        // Under the issuing body a rule of 1/3 to 1/2 of its line; under the motto one as long as it.
        left.addElement(rule(Math.max(60, 0.45f * textWidth(form.issuingBody(), fonts.bold(12))), LEFT));
        line(left, form.number(), fonts.regular(13));
        PdfPCell right = column();
        line(right, OfficialForm.NATIONAL_TITLE, fonts.bold(12));
        line(right, OfficialForm.MOTTO, fonts.bold(13));
        right.addElement(rule(textWidth(OfficialForm.MOTTO, fonts.bold(13)), RIGHT));
        line(right, form.placeAndDate(), fonts.italic(13));
        heading.addCell(left);
        heading.addCell(right);
        elements.add(heading);
        if (!form.formNumber().isBlank()) {
            elements.add(paragraph(form.formNumber(), fonts.bold(12), Element.ALIGN_LEFT, 6));
        }
        elements.add(paragraph(form.title(), fonts.bold(14), Element.ALIGN_CENTER, 4));
        if (!form.period().isBlank()) {
            elements.add(paragraph(form.period(), fonts.italic(13), Element.ALIGN_CENTER, 0));
        }
        if (!form.unitOfMeasure().isBlank()) {
            String unit = MessageCatalogue.VIETNAMESE.render(Message.of("pdf.unitOfMeasure", form.unitOfMeasure()));
            elements.add(paragraph(unit, fonts.italic(12), Element.ALIGN_RIGHT, 0));
        }
        return elements;
    }

    private static PdfPCell column() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    /** A centred line of the heading; a line the form leaves out takes no space. */
    private static void line(PdfPCell cell, String text, Font font) {
        if (text == null || text.isBlank()) return;
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setLeading(font.getSize() * 1.2f);
        cell.addElement(paragraph);
    }

    /** A solid rule {@code length} points long, centred in a column of {@code share} % of the page. */
    private PdfPTable rule(float length, float share) {
        PdfPTable rule = new PdfPTable(1);
        rule.setWidthPercentage(Math.min(100, 100 * length / (width * share / 100)));
        rule.setHorizontalAlignment(Element.ALIGN_CENTER);
        rule.setSpacingBefore(6);
        rule.setSpacingAfter(5);
        PdfPCell line = new PdfPCell();
        line.setBorder(Rectangle.BOTTOM);
        line.setBorderWidth(0.7f);
        line.setFixedHeight(2);
        rule.addCell(line);
        return rule;
    }

    private static float textWidth(String text, Font font) {
        return text == null ? 0 : font.getBaseFont().getWidthPoint(text, font.getSize());
    }

    static Paragraph paragraph(String text, Font font, int alignment, float spacingBefore) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }
}
