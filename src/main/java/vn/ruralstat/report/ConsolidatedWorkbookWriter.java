package vn.ruralstat.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.office.OfficeSettings;
import vn.ruralstat.office.OfficialForms;
import vn.ruralstat.office.ReportForm;
import vn.ruralstat.output.ChartsSheet;
import vn.ruralstat.output.RenderedChart;
import vn.ruralstat.output.SheetMirror;
import vn.ruralstat.output.WorkbookStyles;

/**
 * Writes the consolidated workbook (.xlsx) in Vietnamese, one sheet per table in official table
 * style, each printable report with the official form elements of the office, with the charts
 * embedded as pictures. A table without data gets no sheet (an empty page must not be printed);
 * the summary sheet names the tables left out. Streams rows to disk (SXSSF) so that a province
 * of some 12,000 villages needs little memory; totals are live formulas that carry their computed
 * values, since a streamed workbook cannot be evaluated afterwards.
 */
class ConsolidatedWorkbookWriter {

    // SXSSF reads its template back through POI's ZipSecureFile: the same limits as everywhere.
    static {
        vn.ruralstat.sheet.PoiLimits.apply();
    }

    // Rows kept in memory; header rows are merged and styled before they leave this window.
    private static final int ROW_WINDOW = 200;

    private final OfficialForms officialForms;

    /** Without office settings: every form element comes from the unit reported. */
    ConsolidatedWorkbookWriter() {
        this(new OfficialForms(OfficeSettings.NONE));
    }

    ConsolidatedWorkbookWriter(OfficialForms officialForms) {
        this.officialForms = officialForms;
    }

    void write(Consolidation consolidation, List<RenderedChart> charts, OffsetDateTime generatedAt, Path target)
            throws IOException {
        write(consolidation, charts, generatedAt, target, SheetMirror.NO_SHEETS);
    }

    /**
     * Writes the workbook, handing each sheet's content as it is written to the mirror that
     * {@code mirrors} gives for the sheet's name (the PDF of the signable forms).
     */
    void write(
            Consolidation consolidation,
            List<RenderedChart> charts,
            OffsetDateTime generatedAt,
            Path target,
            Function<String, SheetMirror> mirrors)
            throws IOException {
        // close() also deletes the temporary files of the streamed rows.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
            workbook.setCompressTempFiles(true);
            WorkbookStyles styles = new WorkbookStyles(workbook);
            styles.mirrorSheetsTo(mirrors);
            ReportForms forms = new ReportForms(officialForms, consolidation, generatedAt.toLocalDate());
            String units = ReportForms.units(consolidation);
            String scope = units.isEmpty() ? consolidation.scope() : units;
            ParentUnitLabels parents = new ParentUnitLabels(consolidation.rollups(), consolidation.criteria());
            Set<String> povertyPeriods = ReportForms.povertyPeriods(consolidation);
            List<CriteriaMatrixSheet> matrices = CriteriaMatrixSheet.of(consolidation.criteria()).stream()
                    .filter(CriteriaMatrixSheet::hasData)
                    .toList();
            List<CriteriaGroupSheet> groups = CriteriaGroupSheet.of(consolidation.criteria());
            PlannedByYearSheet planned = new PlannedByYearSheet(consolidation.criteria());
            boolean poverty = !consolidation.poverty().isEmpty();
            List<String> withoutData = new ArrayList<>();
            if (!poverty) withoutData.addAll(List.of(VillagePovertySheet.NAME, CommunePovertySheet.NAME));
            if (matrices.isEmpty()) withoutData.add(CriteriaMatrixSheet.NAME);
            if (!planned.hasData()) withoutData.add(PlannedByYearSheet.NAME);
            if (consolidation.evaluations().isEmpty()) withoutData.add(GapToTargetSheet.NAME);
            if (charts.isEmpty()) withoutData.add(ChartsSheet.NAME);
            if (consolidation.findings().isEmpty()) withoutData.add(FindingsSheet.NAME);
            if (consolidation.sources().isEmpty()) withoutData.add(SourcesSheet.NAME);

            Set<String> allPeriods = new java.util.LinkedHashSet<>(povertyPeriods);
            allPeriods.addAll(ReportForms.criteriaPeriods(consolidation.criteria()));
            new SummarySheet(
                            consolidation,
                            generatedAt,
                            forms.form(ReportForm.SUMMARY, allPeriods, "hộ; tiêu chí; tỷ lệ: %"),
                            withoutData)
                    .write(workbook, styles);
            if (poverty) {
                new VillagePovertySheet(consolidation.poverty(), parents)
                        .write(
                                workbook,
                                styles,
                                scope,
                                forms.form(ReportForm.VILLAGE_POVERTY, povertyPeriods, "hộ; tỷ lệ: %"));
                new CommunePovertySheet(consolidation.poverty(), consolidation.rollups())
                        .write(
                                workbook,
                                styles,
                                scope,
                                forms.form(ReportForm.COMMUNE_POVERTY, povertyPeriods, "hộ; tỷ lệ: %"));
            }
            for (CriteriaMatrixSheet matrix : matrices) {
                matrix.write(
                        workbook,
                        styles,
                        scope,
                        parents,
                        forms.form(ReportForm.CRITERIA, ReportForms.criteriaPeriods(matrix.districts()), "tiêu chí"));
            }
            for (CriteriaGroupSheet group : groups) {
                group.write(
                        workbook,
                        styles,
                        scope,
                        parents,
                        forms.form(
                                ReportForm.CRITERIA_GROUPS,
                                ReportForms.criteriaPeriods(group.districts()),
                                "xã; tiêu chí"));
            }
            if (planned.hasData()) {
                planned.write(
                        workbook,
                        styles,
                        scope,
                        parents,
                        forms.form(
                                ReportForm.PLANNED_BY_YEAR,
                                ReportForms.criteriaPeriods(consolidation.criteria()),
                                "tiêu chí"));
            }
            if (!consolidation.evaluations().isEmpty()) {
                new GapToTargetSheet(consolidation.evaluations())
                        .write(
                                workbook,
                                styles,
                                scope,
                                forms.form(
                                        ReportForm.GAP_TO_TARGET,
                                        consolidation.evaluations().stream()
                                                .map(e -> e.period())
                                                .toList(),
                                        "chỉ tiêu"));
            }
            if (!charts.isEmpty()) new ChartsSheet(charts).write(workbook, styles, scope);
            // Annexes: their title is enough, no signatures.
            if (!consolidation.findings().isEmpty()) {
                new FindingsSheet(consolidation.findings()).write(workbook, styles, scope);
            }
            if (!consolidation.sources().isEmpty()) {
                new SourcesSheet(consolidation.sources(), consolidation.findings()).write(workbook, styles, scope);
            }
            describe(workbook, consolidation);
            workbook.setActiveSheet(0);
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
    }

    private static void describe(SXSSFWorkbook workbook, Consolidation consolidation) {
        POIXMLProperties.CoreProperties core =
                workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        String units = ReportForms.units(consolidation);
        // A run over several units is titled by them, never "Toàn bộ dữ liệu nhận được".
        boolean several = consolidation.reportedUnit().isEmpty() && !units.isEmpty();
        core.setTitle("Tổng hợp số liệu – " + (several ? units : consolidation.scope()));
        core.setCreator("ruralstat");
        core.setDescription("Lần tổng hợp số " + consolidation.runId());
    }
}
