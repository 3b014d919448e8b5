package vn.ruralstat.review;

import java.awt.BasicStroke;
import java.awt.Font;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.ruralstat.output.ChartStyle;
import vn.ruralstat.output.RenderedChart;

/**
 * The trend charts of a multi-year review: poverty rates over the years, criteria met per commune
 * over the years, and criteria planned against achieved. A year whose series is not like for like
 * with the year before (criteria set, poverty standard or boundaries changed) carries a dashed
 * marker with the reason.
 */
final class ReviewCharts {

    /** One colour a year, light to dark, so later years read as "more recent". */
    private static final java.awt.Color[] YEARS = {
        new java.awt.Color(0x9CC3E6),
        new java.awt.Color(0x5B9BD5),
        new java.awt.Color(0x2E75B6),
        new java.awt.Color(0x1F4E79),
        new java.awt.Color(0x2E7D32),
        new java.awt.Color(0x1B5E20)
    };

    List<RenderedChart> render(Review review, String baseName) throws IOException {
        List<RenderedChart> charts = new ArrayList<>();
        String scope = review.unit() + ", " + review.from() + "-" + review.to();
        if (review.years().stream().anyMatch(Review.YearFigures::hasPoverty)) {
            charts.add(new RenderedChart(
                    baseName + "-ty-le-ngheo.png",
                    "Tỷ lệ hộ nghèo, cận nghèo qua các năm",
                    ChartStyle.png(rates(review, scope))));
        }
        if (!review.communes().isEmpty()) {
            charts.add(new RenderedChart(
                    baseName + "-tieu-chi-theo-xa.png",
                    "Số tiêu chí đạt của từng xã qua các năm",
                    ChartStyle.png(criteriaPerCommune(review, scope))));
        }
        if (review.gaps().stream().anyMatch(g -> g.kind() == Review.PlanGap.Kind.CRITERIA_MET)) {
            charts.add(new RenderedChart(
                    baseName + "-ke-hoach-thuc-hien.png",
                    "Tiêu chí đạt: kế hoạch và thực hiện",
                    ChartStyle.png(plannedAgainstAchieved(review, scope))));
        }
        return charts;
    }

    JFreeChart rates(Review review, String scope) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Review.YearFigures y : review.years()) {
            if (!y.hasPoverty()) continue;
            data.addValue(y.poorRate(), "Tỷ lệ hộ nghèo (%)", String.valueOf(y.year()));
            data.addValue(y.nearPoorRate(), "Tỷ lệ hộ cận nghèo (%)", String.valueOf(y.year()));
        }
        JFreeChart chart = ChartFactory.createLineChart(
                "Tỷ lệ hộ nghèo, hộ cận nghèo qua các năm",
                "Năm",
                "Tỷ lệ (%), tính theo số hộ",
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        ChartStyle.style(chart);
        chart.addSubtitle(ChartStyle.subtitle(
                scope + "; số liệu quy về đơn vị hành chính ngày " + ReviewWorkbookWriter.date(review.unitsOn())));
        CategoryPlot plot = chart.getCategoryPlot();
        LineAndShapeRenderer lines = (LineAndShapeRenderer) plot.getRenderer();
        lines.setDefaultShapesVisible(true);
        lines.setSeriesPaint(0, ChartStyle.POOR);
        lines.setSeriesPaint(1, ChartStyle.NEAR_POOR);
        lines.setSeriesStroke(0, new BasicStroke(3f));
        lines.setSeriesStroke(1, new BasicStroke(3f));
        lines.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", ChartStyle.decimal("0.00")));
        lines.setDefaultItemLabelsVisible(true);
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(ChartStyle.decimal("0.0"));
        breakMarkers(plot, review, true);
        return chart;
    }

    JFreeChart criteriaPerCommune(Review review, String scope) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        // Communes that became one unit stand side by side; years keep their order within a commune.
        List<Review.CommuneYear> ordered = review.communes().stream()
                .sorted(java.util.Comparator.comparing(Review.CommuneYear::todayUnit)
                        .thenComparing(Review.CommuneYear::year))
                .toList();
        for (Review.CommuneYear c : ordered) {
            String commune = c.commune().equalsIgnoreCase(c.todayUnit())
                    ? c.commune()
                    : c.commune() + " (nay " + c.todayUnit() + ")";
            data.addValue(c.met(), "Năm " + c.year(), commune);
        }
        JFreeChart chart = ChartFactory.createBarChart(
                "Số tiêu chí đạt của từng xã qua các năm", "Xã (tên lúc báo cáo)", "Số tiêu chí đạt", data);
        ChartStyle.style(chart);
        chart.addSubtitle(ChartStyle.subtitle(scope));
        CategoryPlot plot = chart.getCategoryPlot();
        ChartStyle.rotateLabels(plot.getDomainAxis(), data.getColumnCount());
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setItemMargin(0.05);
        for (int i = 0; i < data.getRowCount(); i++) bars.setSeriesPaint(i, YEARS[i % YEARS.length]);
        return chart;
    }

    JFreeChart plannedAgainstAchieved(Review review, String scope) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Review.PlanGap g : review.gaps()) {
            if (g.kind() != Review.PlanGap.Kind.CRITERIA_MET) continue;
            data.addValue(g.planned(), "Kế hoạch (lũy kế)", String.valueOf(g.year()));
            data.addValue(g.achieved(), "Thực hiện", String.valueOf(g.year()));
        }
        JFreeChart chart = ChartFactory.createBarChart(
                "Tổng số tiêu chí đạt: kế hoạch và thực hiện",
                "Năm",
                "Số tiêu chí đạt (cộng các xã của kế hoạch)",
                data);
        ChartStyle.style(chart);
        chart.addSubtitle(ChartStyle.subtitle(scope + "; năm chưa có báo cáo kết quả: chỉ có cột kế hoạch"));
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setSeriesPaint(0, ChartStyle.PLANNED);
        bars.setSeriesPaint(1, ChartStyle.MET);
        ChartStyle.valueLabels(bars);
        breakMarkers(plot, review, false);
        return chart;
    }

    /** A dashed marker at each year whose series breaks, labelled with what changed. */
    private static void breakMarkers(CategoryPlot plot, Review review, boolean poverty) {
        Map<Integer, List<String>> reasons = new LinkedHashMap<>();
        for (Review.SeriesBreak b : review.breaks()) {
            boolean concerns = poverty
                    ? b.kind() == Review.SeriesBreak.Kind.POVERTY_STANDARD
                    : b.kind() != Review.SeriesBreak.Kind.POVERTY_STANDARD;
            if (concerns)
                reasons.computeIfAbsent(b.year(), y -> new ArrayList<>())
                        .add(ReviewWorkbookWriter.breakLabel(review, b));
        }
        reasons.forEach((year, why) -> {
            if (plot.getDataset().getColumnIndex(String.valueOf(year)) < 0) return;
            CategoryMarker marker = new CategoryMarker(
                    String.valueOf(year),
                    ChartStyle.MARKER,
                    new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f));
            marker.setDrawAsLine(true);
            marker.setLabel("Gián đoạn: " + String.join("; ", why));
            marker.setLabelFont(new Font(ChartStyle.FONT, Font.BOLD, 13));
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            plot.addDomainMarker(marker, Layer.FOREGROUND);
        });
    }
}
