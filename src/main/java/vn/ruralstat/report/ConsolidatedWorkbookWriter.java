package vn.ruralstat.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.output.ChartsSheet;
import vn.ruralstat.output.RenderedChart;
import vn.ruralstat.output.SheetMirror;
import vn.ruralstat.output.WorkbookStyles;

/**
 * Writes the consolidated workbook (.xlsx) in Vietnamese, one sheet per table in official table
 * style, with the charts embedded as pictures. Streams rows to disk (SXSSF) so that a province
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
            String scope = consolidation.scope();
            ParentUnitLabels parents = new ParentUnitLabels(consolidation.rollups(), consolidation.criteria());
            new SummarySheet(consolidation, generatedAt).write(workbook, styles);
            new VillagePovertySheet(consolidation.poverty(), parents).write(workbook, styles, scope);
            new CommunePovertySheet(consolidation.poverty(), consolidation.rollups()).write(workbook, styles, scope);
            for (CriteriaMatrixSheet matrix : CriteriaMatrixSheet.of(consolidation.criteria())) {
                matrix.write(workbook, styles, scope, parents);
            }
            for (CriteriaGroupSheet groups : CriteriaGroupSheet.of(consolidation.criteria())) {
                groups.write(workbook, styles, scope, parents);
            }
            new PlannedByYearSheet(consolidation.criteria()).write(workbook, styles, scope, parents);
            new GapToTargetSheet(consolidation.evaluations()).write(workbook, styles, scope);
            new ChartsSheet(charts).write(workbook, styles, scope);
            new FindingsSheet(consolidation.findings()).write(workbook, styles, scope);
            new SourcesSheet(consolidation.sources()).write(workbook, styles, scope);
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
        core.setTitle("Tổng hợp số liệu – " + consolidation.scope());
        core.setCreator("ruralstat");
        core.setDescription("Lần tổng hợp số " + consolidation.runId());
    }
}
