package vn.ruralstat.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Picture;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTTwoCellAnchor;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.STEditAs;

/** The charts sheet anchors each picture at the size its PNG declares, without decoding it. */
class ChartsSheetTest {

    private static final int EMU_PER_PIXEL = 9525;

    @Test
    void spansFourteenColumnsAndTwentySixRowsAndAQuarterForAChartOf1200By700() throws IOException {
        byte[] xlsx = written(List.of(chart("a.png"), chart("b.png")));
        List<XSSFPicture> pictures = picturesOf(xlsx);
        List<CTTwoCellAnchor> anchors;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            anchors = List.of(workbook.getSheet(ChartsSheet.NAME)
                    .getDrawingPatriarch()
                    .getCTDrawing()
                    .getTwoCellAnchorArray());
        }

        assertThat(pictures).hasSize(2);
        for (XSSFPicture picture : pictures) {
            XSSFClientAnchor anchor = picture.getClientAnchor();
            // 1200 × 0.75 = 900 px; an unsized column is 9.140625 characters of 7.0017 px
            // = 63.99991 px, so 14 whole columns (A-N, 895.9988 px) and 4.0012 px of column O.
            assertThat(anchor.getCol1()).isZero();
            assertThat(anchor.getDx1()).isZero();
            assertThat(anchor.getCol2()).isEqualTo((short) 14);
            assertThat(anchor.getDx2()).isCloseTo((int) (4.0012 * EMU_PER_PIXEL), within(2));
            // 700 × 0.75 = 525 px; a row of the default 15 pt is 20 px: 26 whole rows and 5 px.
            assertThat(anchor.getRow2() - anchor.getRow1()).isEqualTo(26);
            assertThat(anchor.getDy1()).isZero();
            assertThat(anchor.getDy2()).isEqualTo(5 * EMU_PER_PIXEL);
            var extent = picture.getCTPicture().getSpPr().getXfrm().getExt();
            assertThat(extent.getCx()).isEqualTo(900L * EMU_PER_PIXEL);
            assertThat(extent.getCy()).isEqualTo(525L * EMU_PER_PIXEL);
        }
        // Moved with its cells, never resized ("oneCell"); POI does not read this back into the anchor.
        assertThat(anchors).extracting(CTTwoCellAnchor::getEditAs).containsOnly(STEditAs.ONE_CELL);
        // A blank row and the caption between two pictures: the next starts 3 rows below.
        assertThat(pictures.get(1).getClientAnchor().getRow1())
                .isEqualTo(pictures.get(0).getClientAnchor().getRow2() + 3);
    }

    @Test
    void givesTheAnchorThatPoisResizeGaveAfterDecodingThePicture() throws IOException {
        XSSFClientAnchor ours =
                picturesOf(written(List.of(chart("a.png")))).get(0).getClientAnchor();

        XSSFClientAnchor resized;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            var sheet = workbook.createSheet("x");
            int index = workbook.addPicture(png(1200, 700), org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG);
            ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
            anchor.setRow1(ours.getRow1());
            Picture picture = sheet.createDrawingPatriarch().createPicture(anchor, index);
            picture.resize(0.75);
            resized = (XSSFClientAnchor) picture.getClientAnchor();
        }

        assertThat(ours.getCol2()).isEqualTo(resized.getCol2());
        assertThat(ours.getDx2()).isEqualTo(resized.getDx2());
        assertThat(ours.getRow2()).isEqualTo(resized.getRow2());
        assertThat(ours.getDy2()).isEqualTo(resized.getDy2());
    }

    private static byte[] written(List<RenderedChart> charts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            new ChartsSheet(charts).write(workbook, new WorkbookStyles(workbook), "huyện Thử");
            workbook.write(out);
        }
        return out.toByteArray();
    }

    private static List<XSSFPicture> picturesOf(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getSheet(ChartsSheet.NAME).getDrawingPatriarch().getShapes().stream()
                    .map(XSSFPicture.class::cast)
                    .toList();
        }
    }

    private static RenderedChart chart(String fileName) throws IOException {
        return new RenderedChart(fileName, "Biểu đồ " + fileName, png(1200, 700));
    }

    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
