package vn.ruralstat.report;

import static vn.ruralstat.output.ChartStyle.MET;
import static vn.ruralstat.output.ChartStyle.NEAR_POOR;
import static vn.ruralstat.output.ChartStyle.PLANNED;
import static vn.ruralstat.output.ChartStyle.POOR;
import static vn.ruralstat.output.ChartStyle.VIETNAMESE;
import static vn.ruralstat.output.ChartStyle.decimal;
import static vn.ruralstat.output.ChartStyle.marker;
import static vn.ruralstat.output.ChartStyle.rotateLabels;
import static vn.ruralstat.output.ChartStyle.style;
import static vn.ruralstat.output.ChartStyle.subtitle;
import static vn.ruralstat.output.ChartStyle.valueLabels;

import java.io.IOException;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.ruralstat.criteria.CommuneCriteria;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.message.Message;
import vn.ruralstat.output.ChartStyle;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.PovertyFigures;

/**
 * Draws the meeting charts with JFreeChart, headless: poverty rates by village against the
 * commune's rate (or by commune against their rate together), criteria met per commune against the size of the criteria set, and criteria
 * planned per year. Labels are in Vietnamese with decimal commas.
 */
class ChartRenderer {

    /**
     * When a poverty chart cannot draw every unit, the ones it draws: the highest poverty rate
     * first (where help is needed), then the most households; units without households last.
     */
    static final Comparator<Map.Entry<String, PovertyFigures>> HIGHEST_POOR_RATE_FIRST = Comparator.comparing(
                    (Map.Entry<String, PovertyFigures> e) -> e.getValue().poorRate(),
                    Comparator.nullsLast(Comparator.<Double>reverseOrder()))
            .thenComparing(e -> e.getValue().households(), Comparator.reverseOrder());

    /** Bars of the poverty and near-poverty rate of each village, and the commune's rate as a line. */
    JFreeChart villagePovertyRates(CommunePoverty commune) {
        List<Map.Entry<String, PovertyFigures>> bars = commune.villages().stream()
                .map(v -> Map.entry(v.name(), v.figures()))
                .toList();
        String unit = VietnameseLabels.withKind("xã", commune.commune());
        return povertyRates(
                VietnameseLabels.withPeriod("Tỷ lệ hộ nghèo theo thôn – " + unit, commune.period()),
                "Thôn",
                bars,
                commune.totals().poorRate(),
                "Tỷ lệ hộ nghèo toàn xã: ",
                unit,
                "chart.rest.villages",
                "chart.capped.villages");
    }

    /**
     * Bars of the poverty and near-poverty rate of each commune read as one row of its parent
     * unit's table, and their household-weighted rate together as a line.
     *
     * @param unitLabel the parent unit as the title names it, e.g. "huyện Ngân Sơn"
     */
    JFreeChart communePovertyRates(List<CommunePoverty> communes, String unitLabel, String period) {
        List<Map.Entry<String, PovertyFigures>> bars =
                communes.stream().map(c -> Map.entry(c.commune(), c.totals())).toList();
        Double rate = communes.stream()
                .map(CommunePoverty::totals)
                .reduce(PovertyFigures.ZERO, PovertyFigures::plus)
                .poorRate();
        return povertyRates(
                VietnameseLabels.withPeriod("Tỷ lệ hộ nghèo theo xã – " + unitLabel, period),
                "Xã",
                bars,
                rate,
                "Tỷ lệ hộ nghèo chung: ",
                "các xã trong biểu",
                "chart.rest.communes",
                "chart.capped.communes");
    }

    /** Poverty and near-poverty rate bars per unit, with the rate of all of them as a dashed line. */
    private JFreeChart povertyRates(
            String title,
            String categoryAxis,
            List<Map.Entry<String, PovertyFigures>> units,
            Double overallRate,
            String lineLabel,
            String overallUnit,
            String restKey,
            String cappedKey) {
        CappedBars<Map.Entry<String, PovertyFigures>> capped = CappedBars.of(units, HIGHEST_POOR_RATE_FIRST);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, Integer> seen = new HashMap<>();
        for (Map.Entry<String, PovertyFigures> unit : capped.shown()) {
            // Category keys must be unique; two villages may carry the same name in a damaged table.
            int n = seen.merge(unit.getKey(), 1, Integer::sum);
            String label = n == 1 ? unit.getKey() : unit.getKey() + " (" + n + ")";
            data.addValue(unit.getValue().poorRate(), "Tỷ lệ hộ nghèo (%)", label);
            data.addValue(unit.getValue().nearPoorRate(), "Tỷ lệ hộ cận nghèo (%)", label);
        }
        if (capped.capped()) {
            // The rest as one bar, household-weighted like every group's rate.
            PovertyFigures rest =
                    capped.rest().stream().map(Map.Entry::getValue).reduce(PovertyFigures.ZERO, PovertyFigures::plus);
            String label = Message.of(restKey, count(capped.rest().size())).vi();
            data.addValue(rest.poorRate(), "Tỷ lệ hộ nghèo (%)", label);
            data.addValue(rest.nearPoorRate(), "Tỷ lệ hộ cận nghèo (%)", label);
        }
        JFreeChart chart = ChartFactory.createBarChart(title, categoryAxis, "Tỷ lệ (%)", data);
        style(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setSeriesPaint(0, POOR);
        bars.setSeriesPaint(1, NEAR_POOR);
        bars.setItemMargin(0.05);
        rotateLabels(plot.getDomainAxis(), data.getColumnCount());
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(decimal("0.##"));
        if (capped.capped()) {
            chart.addSubtitle(subtitle(Message.of(
                            cappedKey,
                            capped.shown().size(),
                            count(capped.total()),
                            count(capped.rest().size()))
                    .vi()));
        }
        if (overallRate != null) {
            String shown = decimal("0.00").format(overallRate) + "%";
            plot.addRangeMarker(marker(overallRate, lineLabel + shown));
            chart.addSubtitle(subtitle(
                    "Đường ngang: tỷ lệ hộ nghèo của " + overallUnit + " tính theo tổng số hộ (" + shown + ")"));
        }
        return chart;
    }

    /** As {@link #criteriaMetPerCommune(DistrictCriteria, String)}, the unit named at the level its table gives. */
    JFreeChart criteriaMetPerCommune(DistrictCriteria district) {
        return criteriaMetPerCommune(district, VietnameseLabels.withKind(district.level(), district.unit()));
    }

    /**
     * Bars of criteria met per commune, most first, against a line at the size of the set.
     *
     * @param unitLabel the parent unit as the title names it, e.g. "huyện Quảng Hòa"
     */
    JFreeChart criteriaMetPerCommune(DistrictCriteria district, String unitLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Collator vietnamese = Collator.getInstance(VIETNAMESE);
        Comparator<CommuneCriteria> mostFirst = Comparator.comparingInt(CommuneCriteria::metCount)
                .reversed()
                .thenComparing(CommuneCriteria::commune, vietnamese);
        // Past the cap, the communes furthest from the standard are the ones a meeting discusses.
        CappedBars<CommuneCriteria> capped = CappedBars.of(
                district.communes(),
                Comparator.comparingInt(CommuneCriteria::metCount).thenComparing(CommuneCriteria::commune, vietnamese));
        List<CommuneCriteria> sorted = capped.shown().stream().sorted(mostFirst).toList();
        Map<String, Integer> seen = new HashMap<>();
        for (CommuneCriteria commune : sorted) {
            int n = seen.merge(commune.commune(), 1, Integer::sum);
            data.addValue(
                    commune.metCount(),
                    "Số tiêu chí đạt",
                    n == 1 ? commune.commune() : commune.commune() + " (" + n + ")");
        }
        int size = district.criteria().size();
        JFreeChart chart = ChartFactory.createBarChart(
                VietnameseLabels.withPeriod("Số tiêu chí nông thôn mới đạt theo xã – " + unitLabel, district.period()),
                "Xã",
                "Số tiêu chí đạt",
                data);
        style(chart);
        chart.removeLegend();
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setSeriesPaint(0, MET);
        valueLabels(bars);
        rotateLabels(plot.getDomainAxis(), sorted.size());
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setRange(0, size + 1.5);
        plot.addRangeMarker(marker(size, size + " tiêu chí"));
        Double average = district.averageMetPerCommune();
        if (average != null) {
            ValueMarker mean = marker(average, "Bình quân " + decimal("0.0").format(average) + " tiêu chí/xã");
            mean.setPaint(PLANNED);
            mean.setLabelPaint(PLANNED);
            plot.addRangeMarker(mean);
        }
        chart.addSubtitle(subtitle(district.rulebook().header().titleWithSource()));
        if (capped.capped()) {
            double restAverage = capped.rest().stream()
                    .mapToInt(CommuneCriteria::metCount)
                    .average()
                    .orElse(0);
            chart.addSubtitle(subtitle(Message.of(
                            "chart.capped.criteria",
                            capped.shown().size(),
                            count(capped.total()),
                            count(capped.rest().size()),
                            decimal("0.0").format(restAverage))
                    .vi()));
        }
        return chart;
    }

    /** As {@link #criteriaPlannedByYear(DistrictCriteria, String)}, the unit named at the level its table gives. */
    JFreeChart criteriaPlannedByYear(DistrictCriteria district) {
        return criteriaPlannedByYear(district, VietnameseLabels.withKind(district.level(), district.unit()));
    }

    /** Bars of the number of criteria the communes plan to meet in each year. */
    JFreeChart criteriaPlannedByYear(DistrictCriteria district, String unitLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        district.plannedByYear()
                .forEach((year, count) -> data.addValue(count, "Số tiêu chí dự kiến đạt", String.valueOf(year)));
        return countBars(
                VietnameseLabels.withPeriod(
                        "Số tiêu chí nông thôn mới dự kiến đạt theo năm – " + unitLabel, district.period()),
                "Năm",
                "Số tiêu chí",
                data,
                PLANNED,
                0.12,
                "Đếm từ các ô ghi năm dự kiến đạt trong bảng tiêu chí của "
                        + district.communes().size() + " xã");
    }

    /**
     * Bars of how many communes have not met each indicator, most often unmet first (at most 15),
     * for the communes of one parent unit evaluated under one rulebook.
     */
    JFreeChart mostOftenUnmet(java.util.Map<String, Long> unmetCommunes, String unitLabel, String rulebook) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        unmetCommunes.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(15)
                .forEach(e -> data.addValue(e.getValue(), "Số xã chưa đạt", e.getKey()));
        return countBars(
                "Chỉ tiêu nông thôn mới chưa đạt nhiều nhất – " + unitLabel,
                "Chỉ tiêu",
                "Số xã chưa đạt",
                data,
                POOR,
                0.08,
                "Theo " + rulebook);
    }

    /** One series of whole-number bars, each labelled with its value, without a legend. */
    private JFreeChart countBars(
            String title,
            String categoryAxis,
            String valueAxis,
            DefaultCategoryDataset data,
            java.awt.Color color,
            double maxBarWidth,
            String subtitleText) {
        JFreeChart chart = ChartFactory.createBarChart(title, categoryAxis, valueAxis, data);
        style(chart);
        chart.removeLegend();
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setSeriesPaint(0, color);
        bars.setMaximumBarWidth(maxBarWidth);
        valueLabels(bars);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setUpperMargin(0.12);
        chart.addSubtitle(subtitle(subtitleText));
        return chart;
    }

    /** A count as Vietnamese write it, with dots between thousands ("300.000"). */
    private static String count(long n) {
        return decimal("#,##0").format(n);
    }

    /** The chart as PNG bytes, {@value ChartStyle#WIDTH} × {@value ChartStyle#HEIGHT} pixels. */
    byte[] png(JFreeChart chart) throws IOException {
        return ChartStyle.png(chart);
    }
}
