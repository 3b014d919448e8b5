package vn.ruralstat.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

/** The fast PNG changes how the pixels are packed, never the pixels. */
class ChartStylePngTest {

    @Test
    void holdsExactlyThePixelsJFreeChartsOwnPngHolds() throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(4.0, "Tỷ lệ hộ nghèo (%)", "Thôn Nà Lẹng");
        data.addValue(2.35, "Tỷ lệ hộ nghèo (%)", "Bản Chang");
        JFreeChart chart =
                ChartFactory.createBarChart("Tỷ lệ hộ nghèo theo thôn – xã Ngân Sơn", "Thôn", "Tỷ lệ (%)", data);
        ChartStyle.style(chart);
        ByteArrayOutputStream reference = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(reference, chart, ChartStyle.WIDTH, ChartStyle.HEIGHT);

        BufferedImage fast = ImageIO.read(new ByteArrayInputStream(ChartStyle.png(chart)));
        BufferedImage expected = ImageIO.read(new ByteArrayInputStream(reference.toByteArray()));

        assertThat(fast.getWidth()).isEqualTo(1200);
        assertThat(fast.getHeight()).isEqualTo(700);
        assertThat(fast.getRGB(0, 0, 1200, 700, null, 0, 1200))
                .isEqualTo(expected.getRGB(0, 0, 1200, 700, null, 0, 1200));
    }
}
