package vn.ruralstat.output;

import java.util.List;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Picture;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Sheet "Biểu đồ": the rendered charts as pictures, one per printed page, each under its caption,
 * so the workbook alone is enough for a meeting.
 */
public final class ChartsSheet {

    public static final String NAME = "Biểu đồ";

    // Shown at 3/4 of the rendered size (1200 × 700 px gives 900 × 525), about 14 default columns wide.
    private static final double SCALE = 0.75;
    private static final int LAST_COLUMN = 14;

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
            ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
            anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
            anchor.setCol1(0);
            anchor.setRow1(sheet.nextRow());
            Picture picture = drawing.createPicture(anchor, index);
            picture.resize(SCALE);
            int lastRow = picture.getClientAnchor().getRow2();
            while (sheet.nextRow() <= lastRow) sheet.skipRow();
            sheet.sheet().setRowBreak(lastRow);
        }
    }
}
