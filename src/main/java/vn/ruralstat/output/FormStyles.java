package vn.ruralstat.output;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of the official form elements (NĐ 30/2020/NĐ-CP Phụ lục I, official-forms.md §2):
 * Times New Roman; bodies, quốc hiệu, tiêu ngữ, signers at 13 pt, the date line italic, "Nơi
 * nhận:" italic bold 12 pt, the recipients 11 pt; the short rules under the issuing body and the
 * motto are top borders of a thin row.
 */
public final class FormStyles {

    private final CellStyle plain;
    private final CellStyle bold;
    private final CellStyle italic;
    private final CellStyle formNumber;
    private final CellStyle unitOfMeasure;
    private final CellStyle rule;
    private final CellStyle recipientsHeading;
    private final CellStyle recipient;

    FormStyles(Workbook workbook) {
        plain = centred(workbook, false, false, 13);
        bold = centred(workbook, true, false, 13);
        italic = centred(workbook, false, true, 13);
        formNumber = left(workbook, true, false, 12);
        unitOfMeasure = left(workbook, false, true, 12);
        unitOfMeasure.setAlignment(HorizontalAlignment.RIGHT);
        rule = workbook.createCellStyle();
        rule.setBorderTop(BorderStyle.THIN);
        recipientsHeading = left(workbook, true, true, 12);
        recipient = left(workbook, false, false, WorkbookStyles.SMALLEST_FONT_POINTS);
    }

    /** Cơ quan chủ quản, "Số: …", the signature hints. */
    public CellStyle plain() {
        return plain;
    }

    /** Issuing body, quốc hiệu, tiêu ngữ, signers' authority, title and name. */
    public CellStyle bold() {
        return bold;
    }

    /** The place-and-date line, "Kỳ báo cáo", the signature hints. */
    public CellStyle italic() {
        return italic;
    }

    public CellStyle formNumber() {
        return formNumber;
    }

    /** "Đơn vị tính: …", right-aligned above the table. */
    public CellStyle unitOfMeasure() {
        return unitOfMeasure;
    }

    /** A short solid rule: the top border of the cells it spans. */
    public CellStyle rule() {
        return rule;
    }

    public CellStyle recipientsHeading() {
        return recipientsHeading;
    }

    public CellStyle recipient() {
        return recipient;
    }

    private static CellStyle centred(Workbook workbook, boolean isBold, boolean italic, int points) {
        CellStyle style = left(workbook, isBold, italic, points);
        style.setAlignment(HorizontalAlignment.CENTER);
        return style;
    }

    private static CellStyle left(Workbook workbook, boolean isBold, boolean italic, int points) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(WorkbookStyles.font(workbook, isBold, italic, points));
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        return style;
    }
}
