package vn.ruralstat.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.output.ChartFileNames;
import vn.ruralstat.output.RenderedChart;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.sheet.UnitNames;

/**
 * Decides which charts a run gets and names their files: a village poverty chart per commune
 * table, a commune poverty chart per parent unit and period whose table listed communes as rows,
 * and per criteria matrix the criteria met per commune and, when years are planned, the
 * criteria planned per year. Tables with nothing to draw get no chart, and a chart that cannot be
 * drawn becomes a {@link FindingCode#CHART_FAILED} finding instead of stopping the report.
 */
final class ReportCharts {

    private static final Logger LOG = LoggerFactory.getLogger(ReportCharts.class);

    private final ChartRenderer renderer;

    ReportCharts(ChartRenderer renderer) {
        this.renderer = renderer;
    }

    /** The charts drawn, and a finding for each chart that could not be drawn. */
    record Drawn(List<RenderedChart> charts, List<Finding> failures) {}

    Drawn render(Consolidation consolidation) {
        ChartFileNames names = new ChartFileNames();
        ParentUnitLabels parents = new ParentUnitLabels(consolidation.rollups(), consolidation.criteria());
        Drawing charts = new Drawing(renderer);
        Map<ParentPeriod, List<CommunePoverty>> readAsRows = new LinkedHashMap<>();
        for (CommunePoverty commune : consolidation.poverty()) {
            if (commune.readAsRow()) {
                readAsRows
                        .computeIfAbsent(
                                new ParentPeriod(
                                        UnitNames.key(commune.parent()), commune.parentProvince(), commune.period()),
                                k -> new ArrayList<>())
                        .add(commune);
            }
            if (commune.villages().isEmpty()) continue;
            // A commune the register placed names its province: namesakes of two provinces get two titles.
            String named = VietnameseLabels.withKind("xã", commune.commune())
                    + (commune.code() != null && commune.parent() != null
                            ? ", " + parents.label(commune.parent(), commune.parentProvince())
                            : "");
            charts.draw(
                    names.next("ngheo-theo-thon", commune.commune(), commune.period()),
                    VietnameseLabels.withPeriod("Tỷ lệ hộ nghèo, hộ cận nghèo theo thôn – " + named, commune.period()),
                    commune.source(),
                    () -> renderer.villagePovertyRates(commune));
        }
        for (List<CommunePoverty> communes : readAsRows.values()) {
            CommunePoverty first = communes.get(0);
            String unit = parents.label(first.parent(), first.parentProvince());
            charts.draw(
                    names.next("ngheo-theo-xa", first.parent(), first.period()),
                    VietnameseLabels.withPeriod("Tỷ lệ hộ nghèo, hộ cận nghèo theo xã – " + unit, first.period()),
                    first.source(),
                    () -> renderer.communePovertyRates(communes, unit, first.period()));
        }
        for (DistrictCriteria district : consolidation.criteria()) {
            if (district.communes().isEmpty()) continue;
            String unit = parents.label(district.unit(), district.province());
            charts.draw(
                    names.next("tieu-chi-dat", district.unit(), district.period()),
                    VietnameseLabels.withPeriod("Số tiêu chí đạt theo xã – " + unit, district.period()),
                    district.source(),
                    () -> renderer.criteriaMetPerCommune(district, unit));
            if (district.plannedByYear().isEmpty()) continue;
            charts.draw(
                    names.next("tieu-chi-ke-hoach", district.unit(), district.period()),
                    VietnameseLabels.withPeriod("Số tiêu chí dự kiến đạt theo năm – " + unit, district.period()),
                    district.source(),
                    () -> renderer.criteriaPlannedByYear(district, unit));
        }
        for (var group : unmetByParentAndRulebook(consolidation.evaluations()).entrySet()) {
            if (group.getValue().isEmpty()) continue;
            String parent = group.getKey().parent();
            String rulebook = group.getKey().rulebook();
            // The register names the parent as written ("Hải Phòng"); its level is not known here.
            String unit = parent.isEmpty() ? consolidation.scope() : parent;
            charts.draw(
                    names.next(
                            "chi-tieu-chua-dat",
                            parent.isEmpty() ? "tat-ca" : parent,
                            group.getKey().period()),
                    VietnameseLabels.withPeriod(
                                    "Chỉ tiêu chưa đạt nhiều nhất – " + unit,
                                    group.getKey().period()) + " (" + rulebook + ")",
                    null,
                    () -> renderer.mostOftenUnmet(
                            group.getValue(),
                            VietnameseLabels.withPeriod(unit, group.getKey().period()),
                            rulebook));
        }
        return new Drawn(List.copyOf(charts.drawn), List.copyOf(charts.failures));
    }

    /** The charts of one report as they are drawn; a chart that fails becomes a finding. */
    private static final class Drawing {

        private final ChartRenderer renderer;
        private final List<RenderedChart> drawn = new ArrayList<>();
        private final List<Finding> failures = new ArrayList<>();

        Drawing(ChartRenderer renderer) {
            this.renderer = renderer;
        }

        /**
         * @param source the table the chart draws (file and sheet), null when it draws several
         */
        void draw(String fileName, String caption, SourceRef source, Supplier<JFreeChart> chart) {
            try {
                drawn.add(new RenderedChart(fileName, caption, renderer.png(chart.get())));
            } catch (Exception | Error e) {
                // A full heap is the run's problem, not this chart's: it still stops the run.
                if (e instanceof OutOfMemoryError oom) throw oom;
                // Anything else (a missing font, AWT in a bare container, a figure JFreeChart
                // chokes on) costs the chart only, never the workbook, the PDF or the JSON.
                SourceRef table = source == null ? null : new SourceRef(source.file(), source.sheet(), null);
                Finding failure = Finding.of(
                        FindingCode.CHART_FAILED, table, caption, RenderedChart.FOLDER + "/" + fileName, reason(e));
                LOG.warn("{}", failure.messageEn(), e);
                failures.add(failure);
            }
        }

        private static String reason(Throwable e) {
            String message = e.getMessage();
            String text = e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
            // One line, not a screenful: an exception may carry a whole dataset in its message.
            text = text.replaceAll("\\p{Cntrl}+", " ");
            return text.length() <= 200 ? text : text.substring(0, 200) + "…";
        }
    }

    /** Per parent unit, rulebook and period (never mixed), how many communes have not met each indicator. */
    static java.util.Map<EvaluationGroup, java.util.Map<String, Long>> unmetByParentAndRulebook(
            List<vn.ruralstat.indicators.CommuneEvaluation> evaluations) {
        java.util.Map<EvaluationGroup, java.util.Map<String, Long>> groups = new java.util.LinkedHashMap<>();
        for (var e : evaluations) {
            var counts = groups.computeIfAbsent(EvaluationGroup.of(e), k -> new java.util.LinkedHashMap<>());
            e.unmet().forEach(v -> counts.merge(v.indicator(), 1L, Long::sum));
        }
        return groups;
    }

    /**
     * Communes read as rows of one parent's table (by the parent's matching key and its province, for
     * namesake districts), in one period: one chart.
     */
    private record ParentPeriod(String parent, String province, String period) {}
}
