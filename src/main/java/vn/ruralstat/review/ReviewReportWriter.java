package vn.ruralstat.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.ruralstat.office.OfficeSettings;
import vn.ruralstat.office.OfficialForms;
import vn.ruralstat.output.ChartFileNames;
import vn.ruralstat.output.OutputSetPublisher;
import vn.ruralstat.output.RenderedChart;
import vn.ruralstat.output.StagingFolder;

/**
 * Writes a multi-year review into an output folder: {@code danh-gia-<unit>-<from>-<to>.xlsx}, the
 * JSON of the same name and the trend charts in {@code bieu-do/}. Like the consolidation report it
 * is staged first and published whole, so reviews of several units can share one folder; an earlier
 * review of the same name is moved to {@code lich-su/} first, so none of its charts stays behind.
 */
@Component
public class ReviewReportWriter {

    private final ReviewCharts charts = new ReviewCharts();
    private final ReviewWorkbookWriter workbook;
    private final ReviewJsonWriter json = new ReviewJsonWriter();
    private final Clock clock = Clock.systemDefaultZone();

    /** With the office's forms, as Spring creates it. */
    @Autowired
    public ReviewReportWriter(OfficialForms forms) {
        this.workbook = new ReviewWorkbookWriter(forms);
    }

    /** Without office settings: the forms take every element from the unit reviewed. */
    public ReviewReportWriter() {
        this(new OfficialForms(OfficeSettings.NONE));
    }

    /** "danh-gia-ngan-son-2024-2025": the file name shared by the workbook, the JSON and the charts. */
    public static String baseName(Review review) {
        String unit = ChartFileNames.slug(review.unit().replace("(cũ)", "cu"));
        return "danh-gia-" + (unit.isEmpty() ? "don-vi" : unit) + "-" + review.from() + "-" + review.to();
    }

    /** @return the files written: workbook, JSON, then the charts */
    public List<Path> write(Review review, Path outputDir) throws IOException {
        OffsetDateTime generatedAt = OffsetDateTime.now(clock);
        String base = baseName(review);
        try (StagingFolder staging = StagingFolder.create(outputDir, Math.abs((long) base.hashCode()))) {
            List<RenderedChart> rendered = charts.render(review, base);
            List<String> files = new ArrayList<>(List.of(base + ".xlsx", base + ".json"));
            for (RenderedChart chart : rendered) {
                Files.write(staging.resolve(chart.relativePath()), chart.png());
                files.add(chart.relativePath());
            }
            workbook.write(review, rendered, generatedAt, staging.resolve(base + ".xlsx"));
            json.write(review, files, generatedAt, staging.resolve(base + ".json"));
            // the earlier review of the same unit and years goes to lich-su/, charts it drew that this one does not too
            String charts = RenderedChart.FOLDER + "/" + base + "-";
            return OutputSetPublisher.publishNamed(
                            staging,
                            base,
                            f -> f.equals(base + ".xlsx") || f.equals(base + ".json") || f.startsWith(charts))
                    .listing(files)
                    .files();
        }
    }
}
