package vn.ruralstat.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.output.ChartFileNames;
import vn.ruralstat.output.RenderedChart;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.sheet.UnitNames;

/**
 * Decides which charts a run gets and names their files: a village poverty chart per commune
 * table, a commune poverty chart per parent unit and period whose table listed communes as rows,
 * and per criteria matrix the criteria met per commune and, when years are planned, the
 * criteria planned per year. Tables with nothing to draw get no chart.
 */
final class ReportCharts {

    private final ChartRenderer renderer;

    ReportCharts(ChartRenderer renderer) {
        this.renderer = renderer;
    }

    List<RenderedChart> render(Consolidation consolidation) throws IOException {
        ChartFileNames names = new ChartFileNames();
        ParentUnitLabels parents = new ParentUnitLabels(consolidation.rollups(), consolidation.criteria());
        List<RenderedChart> charts = new ArrayList<>();
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
            charts.add(new RenderedChart(
                    names.next("ngheo-theo-thon", commune.commune(), commune.period()),
                    VietnameseLabels.withPeriod("Tỷ lệ hộ nghèo, hộ cận nghèo theo thôn – " + named, commune.period()),
                    renderer.png(renderer.villagePovertyRates(commune))));
        }
        for (List<CommunePoverty> communes : readAsRows.values()) {
            CommunePoverty first = communes.get(0);
            String unit = parents.label(first.parent(), first.parentProvince());
            charts.add(new RenderedChart(
                    names.next("ngheo-theo-xa", first.parent(), first.period()),
                    VietnameseLabels.withPeriod("Tỷ lệ hộ nghèo, hộ cận nghèo theo xã – " + unit, first.period()),
                    renderer.png(renderer.communePovertyRates(communes, unit, first.period()))));
        }
        for (DistrictCriteria district : consolidation.criteria()) {
            if (district.communes().isEmpty()) continue;
            String unit = parents.label(district.unit(), district.province());
            charts.add(new RenderedChart(
                    names.next("tieu-chi-dat", district.unit(), district.period()),
                    VietnameseLabels.withPeriod("Số tiêu chí đạt theo xã – " + unit, district.period()),
                    renderer.png(renderer.criteriaMetPerCommune(district, unit))));
            if (district.plannedByYear().isEmpty()) continue;
            charts.add(new RenderedChart(
                    names.next("tieu-chi-ke-hoach", district.unit(), district.period()),
                    VietnameseLabels.withPeriod("Số tiêu chí dự kiến đạt theo năm – " + unit, district.period()),
                    renderer.png(renderer.criteriaPlannedByYear(district, unit))));
        }
        for (var group : unmetByParentAndRulebook(consolidation.evaluations()).entrySet()) {
            if (group.getValue().isEmpty()) continue;
            String parent = group.getKey().parent();
            String rulebook = group.getKey().rulebook();
            // The register names the parent as written ("Hải Phòng"); its level is not known here.
            String unit = parent.isEmpty() ? consolidation.scope() : parent;
            charts.add(new RenderedChart(
                    names.next(
                            "chi-tieu-chua-dat",
                            parent.isEmpty() ? "tat-ca" : parent,
                            group.getKey().period()),
                    VietnameseLabels.withPeriod(
                                    "Chỉ tiêu chưa đạt nhiều nhất – " + unit,
                                    group.getKey().period()) + " (" + rulebook + ")",
                    renderer.png(renderer.mostOftenUnmet(
                            group.getValue(),
                            VietnameseLabels.withPeriod(unit, group.getKey().period()),
                            rulebook))));
        }
        return charts;
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
