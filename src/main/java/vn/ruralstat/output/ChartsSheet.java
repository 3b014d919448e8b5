package vn.ruralstat.output;

import java.util.List;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Picture;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.streaming.SXSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTPicture;

/**
 * Sheet "Biểu đồ": the rendered charts as pictures, one per printed page, each under its caption,
 * so the workbook alone is enough for a meeting.
 */
public final class ChartsSheet {

    public static final String NAME = "Biểu đồ";

    // Shown at 3/4 of the rendered size (1200 × 700 px gives 900 × 525), about 14 default columns wide.
    private static final double SCALE = 0.75;
    private static final int LAST_COLUMN = 14;

    // The sheet never sizes its columns; POI and Excel count an unsized column as 9.140625
    // characters of 7.0017 px, i.e. 64 px.
    private static final float COLUMN_PIXELS = 9.140625f * Units.DEFAULT_CHARACTER_WIDTH;

    private final List<RenderedChart> charts;

    public ChartsSheet(List<RenderedChart> charts) {
        this.charts = charts;
    }

    public void write(Workbook workbook, WorkbookStyles styles, String scope) {
        TableSheet sheet = new TableSheet(workbook, NAME, styles, LAST_COLUMN);
        sheet.title("BIỂU ĐỒ");
        sheet.subtitle("Phạm vi: " + scope);
        if (charts.isEmpty()) {
            sheet.note(TableSheet.NO_DATA);
            return;
        }
        Drawing<?> drawing = sheet.sheet().createDrawingPatriarch();
        for (RenderedChart chart : charts) {
            sheet.skipRow();
            sheet.sectionHeading(chart.caption() + " (tệp " + chart.relativePath() + ")");
            int index = workbook.addPicture(chart.png(), Workbook.PICTURE_TYPE_PNG);
            PngSize size = PngSize.of(chart.png());
            double width = size.width() * SCALE;
            double height = size.height() * SCALE;
            ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
            anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
            span(anchor, sheet.sheet(), sheet.nextRow(), width, height);
            Picture picture = drawing.createPicture(anchor, index);
            setExtent(picture, width, height);
            int lastRow = anchor.getRow2();
            while (sheet.nextRow() <= lastRow) sheet.skipRow();
            sheet.sheet().setRowBreak(lastRow);
        }
    }

    /**
     * Anchors a picture of {@code width} × {@code height} pixels at the top left corner of column A
     * of {@code firstRow}: it spans whole cells while they fit and ends part way into the next.
     * The size is known from the PNG's header, so the image is never decoded (POI's
     * {@code Picture.resize} decodes it to learn the size); the arithmetic, in float as POI does it,
     * gives the same anchor {@code resize} gave.
     */
    private static void span(ClientAnchor anchor, Sheet sheet, int firstRow, double width, double height) {
        float w = 0;
        int col2 = -1;
        while (w <= width) {
            w += COLUMN_PIXELS;
            col2++;
        }
        double h = 0;
        int row2 = firstRow - 1;
        while (h <= height) h += rowPixels(sheet, ++row2);
        anchor.setCol1(0);
        anchor.setRow1(firstRow);
        anchor.setCol2(col2);
        anchor.setDx2((int) (Units.EMU_PER_PIXEL * (COLUMN_PIXELS - (w - width))));
        anchor.setRow2(row2);
        anchor.setDy2((int) (Units.EMU_PER_PIXEL * (rowPixels(sheet, row2) - (h - height))));
    }

    private static float rowPixels(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        float points = row != null ? row.getHeightInPoints() : sheet.getDefaultRowHeightInPoints();
        return points * Units.PIXEL_DPI / Units.POINT_DPI;
    }

    /** The picture's own size in the drawing, which {@code resize} also wrote beside the anchor. */
    private static void setExtent(Picture picture, double width, double height) {
        CTPicture shape = picture instanceof SXSSFPicture streamed
                ? streamed.getCTPicture()
                : picture instanceof XSSFPicture whole ? whole.getCTPicture() : null;
        if (shape == null) return;
        var extent = shape.getSpPr().getXfrm().getExt();
        extent.setCx((long) (width * Units.EMU_PER_PIXEL));
        extent.setCy((long) (height * Units.EMU_PER_PIXEL));
    }
}
