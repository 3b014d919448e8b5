package vn.ruralstat.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
 * drawn becomes a {@link FindingCode#CHART_FAILED} finding instead of stopping the report. Charts
 * are drawn in parallel (each has its own JFreeChart objects) but named and listed in one fixed
 * order, so a run on two threads gives the same files as a run on one.
 */
final class ReportCharts {

    private static final Logger LOG = LoggerFactory.getLogger(ReportCharts.class);

    private final ChartRenderer renderer;
    private final int threads;

    /** Draws on as many threads as the machine has processors. */
    ReportCharts(ChartRenderer renderer) {
        this(renderer, Runtime.getRuntime().availableProcessors());
    }

    /** @param threads how many charts are drawn at once; 1 draws them on the calling thread */
    ReportCharts(ChartRenderer renderer, int threads) {
        this.renderer = renderer;
        this.threads = threads;
    }

    /** The charts drawn, and a finding for each chart that could not be drawn. */
    record Drawn(List<RenderedChart> charts, List<Finding> failures) {}

    Drawn render(Consolidation consolidation) {
        ChartFileNames names = new ChartFileNames();
        ParentUnitLabels parents = new ParentUnitLabels(consolidation.rollups(), consolidation.criteria());
        Drawing charts = new Drawing(renderer, threads);
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
        return charts.drawAll();
    }

    /**
     * The charts of one report: named in the order they are asked for, then drawn on a bounded
     * pool, each on its own JFreeChart objects, and handed back in that same order. A chart that
     * fails becomes a finding.
     */
    private static final class Drawing {

        private static final AtomicInteger WORKERS = new AtomicInteger();

        private final ChartRenderer renderer;
        private final int threads;
        private final List<Pending> pending = new ArrayList<>();

        Drawing(ChartRenderer renderer, int threads) {
            this.renderer = renderer;
            this.threads = threads;
        }

        /**
         * @param source the table the chart draws (file and sheet), null when it draws several
         */
        void draw(String fileName, String caption, SourceRef source, Supplier<JFreeChart> chart) {
            pending.add(new Pending(fileName, caption, source, chart));
        }

        Drawn drawAll() {
            List<Outcome> outcomes = new ArrayList<>(pending.size());
            int workers = Math.min(threads, pending.size());
            if (workers <= 1) {
                for (Pending chart : pending) outcomes.add(chart.draw(renderer));
            } else {
                ExecutorService pool = Executors.newFixedThreadPool(workers, Drawing::worker);
                try {
                    List<Future<Outcome>> futures = new ArrayList<>(pending.size());
                    for (Pending chart : pending) futures.add(pool.submit(() -> chart.draw(renderer)));
                    for (Future<Outcome> future : futures) outcomes.add(outcome(future));
                } finally {
                    pool.shutdownNow();
                }
            }
            List<RenderedChart> drawn = new ArrayList<>();
            List<Finding> failures = new ArrayList<>();
            for (Outcome outcome : outcomes) {
                if (outcome.chart() != null) drawn.add(outcome.chart());
                else failures.add(outcome.failure());
            }
            return new Drawn(List.copyOf(drawn), List.copyOf(failures));
        }

        private static Outcome outcome(Future<Outcome> future) {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while drawing the charts", e);
            } catch (ExecutionException e) {
                // Only what a chart must not swallow gets here (a full heap): it stops the run.
                if (e.getCause() instanceof Error error) throw error;
                throw new IllegalStateException(e.getCause());
            }
        }

        private static Thread worker(Runnable task) {
            Thread thread = new Thread(task, "chart-" + WORKERS.incrementAndGet());
            // A report that stops half way must not keep the command line waiting for its pool.
            thread.setDaemon(true);
            return thread;
        }
    }

    /** A chart named and captioned, not drawn yet. */
    private record Pending(String fileName, String caption, SourceRef source, Supplier<JFreeChart> chart) {

        Outcome draw(ChartRenderer renderer) {
            try {
                return new Outcome(new RenderedChart(fileName, caption, renderer.png(chart.get())), null);
            } catch (Exception | Error e) {
                // A full heap is the run's problem, not this chart's: it still stops the run.
                if (e instanceof OutOfMemoryError oom) throw oom;
                // Anything else (a missing font, AWT in a bare container, a figure JFreeChart
                // chokes on) costs the chart only, never the workbook, the PDF or the JSON.
                SourceRef table = source == null ? null : new SourceRef(source.file(), source.sheet(), null);
                Finding failure = Finding.of(
                        FindingCode.CHART_FAILED, table, caption, RenderedChart.FOLDER + "/" + fileName, reason(e));
                LOG.warn("{}", failure.messageEn(), e);
                return new Outcome(null, failure);
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

    /** A chart drawn, or the finding that says why it could not be. */
    private record Outcome(RenderedChart chart, Finding failure) {}

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
