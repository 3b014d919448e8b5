package vn.ruralstat.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.office.OfficeSettings;
import vn.ruralstat.office.OfficialForms;
import vn.ruralstat.output.OutputSetPublisher;
import vn.ruralstat.output.RenderedChart;
import vn.ruralstat.output.SetStamp;
import vn.ruralstat.output.StagingFolder;
import vn.ruralstat.pdf.FormsPdf;

/**
 * Writes the report of a consolidation run into an output folder: the workbook
 * {@value #WORKBOOK}, the JSON summary {@value #SUMMARY}, the PDF of the signable forms
 * {@value #PDF} (laid out from the very cells of the workbook's form sheets, as they are written)
 * and the charts as PNG files in {@code bieu-do/} (a chart that cannot be drawn is left out and
 * becomes a finding of the report). Everything is written to a staging folder first and moved into place only
 * when complete, as one set replacing the folder's previous set, so a failed run leaves the previous report untouched
 * and no partial files.
 */
@Component
public class ReportWriter {

    public static final String WORKBOOK = "tong-hop.xlsx";
    public static final String SUMMARY = "tong-hop.json";
    public static final String PDF = "tong-hop.pdf";

    private final ReportCharts charts;
    private final ConsolidatedWorkbookWriter workbook;
    private final JsonSummaryWriter json;
    private final Clock clock;

    /** The writer with its standard parts and the office's forms, as Spring creates it. */
    @Autowired
    public ReportWriter(OfficialForms forms) {
        this(
                new ChartRenderer(),
                new ConsolidatedWorkbookWriter(forms),
                new JsonSummaryWriter(),
                Clock.systemDefaultZone());
    }

    /** Without office settings: the forms take every element from the unit reported. */
    public ReportWriter() {
        this(new OfficialForms(OfficeSettings.NONE));
    }

    ReportWriter(ChartRenderer renderer, ConsolidatedWorkbookWriter workbook, JsonSummaryWriter json, Clock clock) {
        this.charts = new ReportCharts(renderer);
        this.workbook = workbook;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Writes the report of {@code consolidation} into {@code outputDir} (created when missing) as
     * the folder's one set of outputs: the files of the set there before are moved to its archive
     * ({@link OutputSetPublisher}). The set is stamped with the consolidation's run, start unknown.
     *
     * @return the paths of the files written: workbook, JSON summary, PDF, then the charts
     * @throws IOException when any file cannot be written; then no report file has been replaced
     */
    public List<Path> write(Consolidation consolidation, Path outputDir) throws IOException {
        return write(consolidation, outputDir, SetStamp.of(consolidation.runId(), null))
                .files();
    }

    /**
     * As {@link #write(Consolidation, Path)}, the set stamped with {@code stamp}; says where it went,
     * its files listed as {@link #write(Consolidation, Path)} returns them.
     */
    public OutputSetPublisher.PublishedSet write(Consolidation consolidation, Path outputDir, SetStamp stamp)
            throws IOException {
        try (StagingFolder staging = StagingFolder.create(outputDir, consolidation.runId())) {
            List<String> files = writeInto(consolidation, staging);
            return OutputSetPublisher.publish(staging, stamp).listing(files);
        }
    }

    /**
     * Writes the report of {@code consolidation} into {@code staging}, publishing nothing: the run
     * publishes the staging folder whole, with the annotated copies staged beside the report.
     *
     * @return the files written, relative to the output folder: workbook, JSON summary, PDF, then the charts
     */
    public List<String> writeInto(Consolidation run, StagingFolder staging) throws IOException {
        OffsetDateTime generatedAt = OffsetDateTime.now(clock);
        ReportCharts.Drawn drawn = charts.render(run);
        List<RenderedChart> rendered = drawn.charts();
        // A chart that could not be drawn is listed with the run's findings, in the workbook and the JSON.
        Consolidation consolidation = run.withFindings(drawn.failures());
        List<String> files = new ArrayList<>(List.of(WORKBOOK, SUMMARY, PDF));
        for (RenderedChart chart : rendered) {
            Files.write(staging.resolve(chart.relativePath()), chart.png());
            files.add(chart.relativePath());
        }
        try (FormsPdf pdf = FormsPdf.create(staging.resolve(PDF))) {
            // The PDF lays out the signable sheets from the very cells and forms the workbook writes.
            workbook.write(
                    consolidation,
                    rendered,
                    generatedAt,
                    staging.resolve(WORKBOOK),
                    sheet -> pdf.form(SignableForms.isSignable(sheet)));
        }
        json.write(consolidation, files, generatedAt, staging.resolve(SUMMARY));
        return files;
    }
}
