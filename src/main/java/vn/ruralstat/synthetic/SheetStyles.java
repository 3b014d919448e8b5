package vn.ruralstat.synthetic;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of an official Vietnamese table (Times New Roman, bold centred titles, italic
 * "(Kèm theo …)" line, bordered grid, bold header and total rows), created once per workbook.
 * Works for XSSF, SXSSF and HSSF workbooks alike.
 */
final class SheetStyles {

    static final String FONT = "Times New Roman";
    static final String COUNT_FORMAT = "#,##0";
    static final String RATE_FORMAT = "0.00";
    static final String AVERAGE_FORMAT = "0.0";

    final CellStyle unitLine;
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle headerRotated;
    final CellStyle code;
    final CellStyle text;
    final CellStyle textCentre;
    final CellStyle textWrapped;
    final CellStyle integer;
    final CellStyle count;
    final CellStyle rate;
    final CellStyle totalText;
    final CellStyle totalInteger;
    final CellStyle totalCount;
    final CellStyle totalRate;
    final CellStyle totalAverage;
    final CellStyle totalBlank;
    final CellStyle note;
    final Font boldFont;
    final Font plainFont;

    SheetStyles(Workbook wb) {
        DataFormat formats = wb.createDataFormat();
        plainFont = font(wb, 12, false, false);
        boldFont = font(wb, 12, true, false);
        Font titleFont = font(wb, 13, true, false);
        Font italicFont = font(wb, 12, false, true);
        Font headerFont = font(wb, 11, true, false);
        Font codeFont = font(wb, 11, false, true);
        Font cellFont = font(wb, 12, false, false);

        unitLine = style(wb, boldFont, HorizontalAlignment.CENTER, false);
        title = style(wb, titleFont, HorizontalAlignment.CENTER, false);
        title.setWrapText(true);
        subtitle = style(wb, italicFont, HorizontalAlignment.CENTER, false);
        subtitle.setWrapText(true);
        header = style(wb, headerFont, HorizontalAlignment.CENTER, true);
        header.setWrapText(true);
        headerRotated = style(wb, headerFont, HorizontalAlignment.CENTER, true);
        headerRotated.setWrapText(true);
        headerRotated.setRotation((short) 90);
        code = style(wb, codeFont, HorizontalAlignment.CENTER, true);
        text = style(wb, cellFont, HorizontalAlignment.LEFT, true);
        textCentre = style(wb, cellFont, HorizontalAlignment.CENTER, true);
        textWrapped = style(wb, cellFont, HorizontalAlignment.LEFT, true);
        textWrapped.setWrapText(true);
        integer = style(wb, cellFont, HorizontalAlignment.CENTER, true);
        integer.setDataFormat(formats.getFormat("0"));
        count = style(wb, cellFont, HorizontalAlignment.RIGHT, true);
        count.setDataFormat(formats.getFormat(COUNT_FORMAT));
        rate = style(wb, cellFont, HorizontalAlignment.RIGHT, true);
        rate.setDataFormat(formats.getFormat(RATE_FORMAT));
        totalText = style(wb, boldFont, HorizontalAlignment.CENTER, true);
        totalInteger = style(wb, boldFont, HorizontalAlignment.CENTER, true);
        totalInteger.setDataFormat(formats.getFormat("0"));
        totalCount = style(wb, boldFont, HorizontalAlignment.RIGHT, true);
        totalCount.setDataFormat(formats.getFormat(COUNT_FORMAT));
        totalRate = style(wb, boldFont, HorizontalAlignment.RIGHT, true);
        totalRate.setDataFormat(formats.getFormat(RATE_FORMAT));
        totalAverage = style(wb, boldFont, HorizontalAlignment.CENTER, true);
        totalAverage.setDataFormat(formats.getFormat(AVERAGE_FORMAT));
        totalBlank = style(wb, boldFont, HorizontalAlignment.CENTER, true);
        note = style(wb, plainFont, HorizontalAlignment.LEFT, false);
    }

    private static Font font(Workbook wb, int points, boolean bold, boolean italic) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }

    private static CellStyle style(Workbook wb, Font font, HorizontalAlignment align, boolean bordered) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (bordered) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }
}
