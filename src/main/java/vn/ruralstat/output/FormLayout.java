package vn.ruralstat.output;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import vn.ruralstat.office.OfficialForm;
import vn.ruralstat.office.Signer;

/**
 * Lays out the official form elements of a report around its table (official-forms.md §2, §3):
 * above it the form number (top left), the two-column heading — left: cơ quan chủ quản, issuing
 * body in bold, a short rule, "Số: …"; right: quốc hiệu and tiêu ngữ in bold, a rule, the italic
 * place-and-date line — then the centred title, "Kỳ báo cáo" and, right above the table, "Đơn vị
 * tính"; below it the signature row ("Người lập biểu" left, the head right, space to sign, the
 * names) and "Nơi nhận:" with the recipients when the office configured them. The heading stays
 * within the columns of the first printed page.
 */
public final class FormLayout {

    static final String PERIOD_LABEL = "Kỳ báo cáo: ";
    static final String UNIT_LABEL = "Đơn vị tính: ";
    private static final float LINE = 18;
    private static final int SIGNING_SPACE_ROWS = 4;
    // Times New Roman 13 pt takes about 13/11 of the default font's character width.
    private static final double FORM_FONT_WIDTH = 13.0 / 11;

    private FormLayout() {}

    /** Everything above the table but "Đơn vị tính" (which the caller places right above the table). */
    public static void heading(TableSheet sheet, WorkbookStyles styles, OfficialForm form) {
        sheet.officialForm(form);
        FormStyles f = styles.form();
        int last = Math.max(0, sheet.lastColumnOnFirstPage());
        Blocks blocks = Blocks.of(sheet, last);
        if (!form.formNumber().isEmpty()) {
            Row row = sheet.newRow(LINE);
            put(sheet, row, 0, blocks.leftLast(), form.formNumber(), f.formNumber());
        }
        List<Line> left = new ArrayList<>();
        if (!form.parentBody().isEmpty()) left.add(new Line(form.parentBody(), f.plain()));
        left.add(new Line(form.issuingBody(), f.bold()));
        List<Line> right =
                List.of(new Line(OfficialForm.NATIONAL_TITLE, f.bold()), new Line(OfficialForm.MOTTO, f.bold()));
        twoColumns(sheet, blocks, left, right);
        Row rule = sheet.newRow(6);
        shortRule(sheet, rule, 0, blocks.leftLast(), f.rule());
        shortRule(sheet, rule, blocks.rightFirst(), blocks.rightLast(), f.rule());
        twoColumns(
                sheet,
                blocks,
                List.of(new Line(form.number(), f.plain())),
                List.of(new Line(form.placeAndDate(), f.italic())));
        sheet.skipRow();
        Row title = sheet.newRow(wrappedHeight(form.title(), sheet, 0, last, 21));
        put(sheet, title, 0, last, form.title(), styles.title());
        if (!form.period().isEmpty()) {
            Row period = sheet.newRow(LINE);
            put(sheet, period, 0, last, PERIOD_LABEL + form.period(), f.italic());
        }
    }

    /** "Đơn vị tính: …" right-aligned over the table's last columns; nothing when the form has none. */
    public static void unitOfMeasure(TableSheet sheet, WorkbookStyles styles, OfficialForm form) {
        if (form.unitOfMeasure().isEmpty()) return;
        int last = Math.max(0, sheet.lastColumnOnFirstPage());
        Row row = sheet.newRow(LINE);
        put(
                sheet,
                row,
                0,
                last,
                UNIT_LABEL + form.unitOfMeasure(),
                styles.form().unitOfMeasure());
    }

    /** The signature row under the table, then "Nơi nhận:" and the recipients when there are any. */
    public static void signatures(TableSheet sheet, WorkbookStyles styles, OfficialForm form) {
        FormStyles f = styles.form();
        Blocks blocks = Blocks.of(sheet, Math.max(0, sheet.lastColumnOnFirstPage()));
        sheet.skipRow();
        twoColumns(sheet, blocks, signerLines(form.preparer(), f), signerLines(form.head(), f));
        for (int i = 0; i < SIGNING_SPACE_ROWS; i++) sheet.newRow(LINE);
        twoColumns(
                sheet,
                blocks,
                List.of(new Line(form.preparer().name(), f.bold())),
                List.of(new Line(form.head().name(), f.bold())));
        if (form.recipients().isEmpty()) return;
        sheet.skipRow();
        Row heading = sheet.newRow(LINE);
        put(sheet, heading, 0, blocks.leftLast(), OfficialForm.RECIPIENTS_HEADING, f.recipientsHeading());
        List<String> recipients = form.recipients();
        for (int i = 0; i < recipients.size(); i++) {
            String text = recipientLine(recipients.get(i), i == recipients.size() - 1);
            Row row = sheet.newRow(wrappedHeight(text, sheet, 0, blocks.leftLast(), 15));
            put(sheet, row, 0, blocks.leftLast(), text, f.recipient());
        }
    }

    /** "- UBND huyện;" — a dash first, ";" at each line's end and "." after the last (NĐ 30/2020, cell 9b). */
    static String recipientLine(String recipient, boolean last) {
        String text = recipient.strip();
        if (text.startsWith("-")) text = text.substring(1).strip();
        if (!text.endsWith(";") && !text.endsWith(".")) text += last ? "." : ";";
        return "- " + text;
    }

    private static List<Line> signerLines(Signer signer, FormStyles f) {
        List<Line> lines = new ArrayList<>();
        signer.headingLines().forEach(text -> lines.add(new Line(text, f.bold())));
        if (!signer.hint().isEmpty()) lines.add(new Line(signer.hint(), f.italic()));
        return lines;
    }

    private static void twoColumns(TableSheet sheet, Blocks blocks, List<Line> left, List<Line> right) {
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            Line l = i < left.size() ? left.get(i) : null;
            Line r = i < right.size() ? right.get(i) : null;
            float height = Math.max(
                    l == null ? LINE : wrappedHeight(l.text(), sheet, 0, blocks.leftLast(), LINE),
                    r == null ? LINE : wrappedHeight(r.text(), sheet, blocks.rightFirst(), blocks.rightLast(), LINE));
            Row row = sheet.newRow(height);
            if (l != null) put(sheet, row, 0, blocks.leftLast(), l.text(), l.style());
            if (r != null) put(sheet, row, blocks.rightFirst(), blocks.rightLast(), r.text(), r.style());
        }
    }

    /** A rule over the middle third of a block (1/3 to 1/2 of the line, NĐ 30/2020); the whole block when narrow. */
    private static void shortRule(TableSheet sheet, Row row, int first, int last, CellStyle style) {
        if (last < first) return;
        int span = last - first + 1;
        int from = span >= 3 ? first + span / 3 : first;
        int to = span >= 3 ? last - span / 3 : last;
        for (int col = from; col <= to; col++) row.createCell(col).setCellStyle(style);
        sheet.merge(row.getRowNum(), row.getRowNum(), from, to);
    }

    private static void put(TableSheet sheet, Row row, int first, int last, String text, CellStyle style) {
        if (last < first) return;
        Cell cell = row.createCell(first);
        cell.setCellStyle(style);
        // "- UBND huyện;" is text, which Excel would take for a formula were it typed: quote-prefixed.
        if (!text.isEmpty()) sheet.styles().text(cell, text, style);
        for (int col = first + 1; col <= last; col++) row.createCell(col).setCellStyle(style);
        sheet.merge(row.getRowNum(), row.getRowNum(), first, last);
    }

    private static float wrappedHeight(String text, TableSheet sheet, int first, int last, float line) {
        int characters = 0;
        for (int col = first; col <= last; col++) characters += sheet.columnWidth(col);
        int lines = TableRow.wrappedLines(text, (int) Math.max(1, characters / FORM_FONT_WIDTH));
        return Math.min(409, lines * line);
    }

    private record Line(String text, CellStyle style) {}

    /**
     * The heading's two columns over columns 0..last: the left one takes about two fifths of the
     * width (the issuing body), the right one the rest (the quốc hiệu is the longest line).
     */
    private record Blocks(int leftLast, int rightFirst, int rightLast) {
        static Blocks of(TableSheet sheet, int last) {
            if (last < 1) return new Blocks(0, 1, 0); // one column: the right block is left out
            int total = 0;
            for (int col = 0; col <= last; col++) total += sheet.columnWidth(col);
            int sum = 0;
            int split = 0;
            for (int col = 0; col < last; col++) {
                sum += sheet.columnWidth(col);
                split = col;
                if (sum * 5 >= total * 2) break;
            }
            return new Blocks(split, split + 1, last);
        }
    }
}
