package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.ruralstat.annotate.AnnotatedCopyWriter;
import vn.ruralstat.ingest.OwnOutputs;
import vn.ruralstat.output.OutputSetPublisher;
import vn.ruralstat.output.RenderedChart;
import vn.ruralstat.output.SetStamp;
import vn.ruralstat.output.StagingFolder;
import vn.ruralstat.report.ReportWriter;

/**
 * Ingest cannot import the writers of the outputs (it sits below them), so it spells their names
 * out; this keeps the spelling in step with the writers' own constants.
 */
class OwnOutputNamesTest {

    private final OwnOutputs names = OwnOutputs.byNameOnly();

    @Test
    void everyNameAWriterGivesIsRecognised() {
        assertThat(names.hasOutputName(ReportWriter.WORKBOOK)).isTrue();
        assertThat(names.hasOutputName(ReportWriter.SUMMARY)).isTrue();
        assertThat(names.hasOutputName(ReportWriter.PDF)).isTrue();
        assertThat(names.hasOutputName("ngan-son/bieu" + AnnotatedCopyWriter.SUFFIX + ".xlsx"))
                .isTrue();
        assertThat(names.hasOutputName(AnnotateTasklet.FOLDER + "/ngan-son/bieu.csv"))
                .isTrue();
        assertThat(names.hasOutputName(RenderedChart.FOLDER + "/ngheo.png")).isTrue();
        assertThat(names.hasOutputName(StagingFolder.PREFIX + "3/bieu.xlsx")).isTrue();
        // an archived set is left out by the names of its files, whatever the archive folder is called
        String archived = OutputSetPublisher.ARCHIVE + "/5/";
        assertThat(names.hasOutputName(archived + ReportWriter.WORKBOOK)).isTrue();
        assertThat(names.hasOutputName(archived + RenderedChart.FOLDER + "/ngheo.png"))
                .isTrue();
        assertThat(names.hasOutputName(archived + AnnotateTasklet.FOLDER + "/ngan-son/bieu.csv"))
                .isTrue();
        assertThat(SetStamp.FILE).as("hidden, so never listed as input").startsWith(".");
    }
}
