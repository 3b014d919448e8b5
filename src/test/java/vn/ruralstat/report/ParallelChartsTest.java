package vn.ruralstat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.output.RenderedChart;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.VillagePoverty;
import vn.ruralstat.poverty.VillagePoverty.PlannedReduction;

/** Charts drawn on several threads are the charts one thread draws, named and listed alike. */
class ParallelChartsTest {

    @Test
    void drawsTheSameFilesInTheSameOrderOnFourThreadsAsOnOne() {
        Consolidation run = twelveCommunes();

        ReportCharts.Drawn one = new ReportCharts(new ChartRenderer(), 1).render(run);
        ReportCharts.Drawn four = new ReportCharts(new ChartRenderer(), 4).render(run);

        // 12 village charts, and the criteria charts of the sample district (met, planned).
        assertThat(one.charts()).hasSize(14);
        assertThat(four.charts())
                .extracting(RenderedChart::fileName)
                .containsExactlyElementsOf(
                        one.charts().stream().map(RenderedChart::fileName).toList());
        assertThat(four.charts())
                .extracting(RenderedChart::caption)
                .containsExactlyElementsOf(
                        one.charts().stream().map(RenderedChart::caption).toList());
        for (int i = 0; i < one.charts().size(); i++) {
            assertThat(four.charts().get(i).png())
                    .as(one.charts().get(i).fileName())
                    .isEqualTo(one.charts().get(i).png());
        }
        // Namesakes are told apart by their period, in the order they come.
        assertThat(four.charts().subList(0, 3))
                .extracting(RenderedChart::fileName)
                .containsExactly(
                        "ngheo-theo-thon-binh-an.png",
                        "ngheo-theo-thon-binh-an-2025.png",
                        "ngheo-theo-thon-binh-an-2024.png");
        assertThat(four.failures()).isEmpty();
    }

    @Test
    void aChartThatFailsOnAWorkerBecomesItsFindingAndTheOthersKeepTheirPlaces() {
        ChartRenderer failing = new ChartRenderer() {
            @Override
            JFreeChart villagePovertyRates(CommunePoverty commune) {
                if (commune.commune().equals("Xã số 5")) throw new IllegalStateException("no fonts found");
                return super.villagePovertyRates(commune);
            }
        };

        ReportCharts.Drawn drawn = new ReportCharts(failing, 4).render(twelveCommunes());

        assertThat(drawn.charts()).hasSize(13);
        // The unit's kind ("xã") is not part of its file name.
        assertThat(drawn.charts().get(4).fileName()).isEqualTo("ngheo-theo-thon-so-4.png");
        assertThat(drawn.charts().get(5).fileName()).isEqualTo("ngheo-theo-thon-so-6.png");
        assertThat(drawn.failures()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.CHART_FAILED);
            assertThat(f.source().file()).isEqualTo("xa-5.csv");
        });
        assertThat(drawn.failures())
                .extracting(Finding::messageEn)
                .singleElement()
                .asString()
                .contains("bieu-do/ngheo-theo-thon-so-5.png", "IllegalStateException: no fonts found");
    }

    @Test
    void aFullHeapOnAWorkerStillStopsTheReport() {
        ChartRenderer exhausted = new ChartRenderer() {
            @Override
            JFreeChart villagePovertyRates(CommunePoverty commune) {
                if (commune.commune().equals("Xã số 7")) throw new OutOfMemoryError("Java heap space");
                return super.villagePovertyRates(commune);
            }
        };

        assertThatThrownBy(() -> new ReportCharts(exhausted, 4).render(twelveCommunes()))
                .isInstanceOf(OutOfMemoryError.class)
                .hasMessage("Java heap space");
    }

    /**
     * "Bình An" three times (two in 2024 under different districts, one in 2025), then "Xã số 3" to
     * "Xã số 11", each with two villages; and the sample district's criteria.
     */
    private static Consolidation twelveCommunes() {
        List<CommunePoverty> communes = new ArrayList<>();
        communes.add(commune("Bình An", "Huyện A", "2024", 0));
        communes.add(commune("Bình An", "Huyện A", "2025", 1));
        communes.add(commune("Bình An", "Huyện B", "2024", 2));
        for (int i = 3; i < 12; i++) communes.add(commune("Xã số " + i, "Huyện A", "2025", i));
        return new Consolidation(
                1, "tỉnh Thử", communes, List.of(), List.of(SampleConsolidation.criteria()), List.of(), List.of());
    }

    private static CommunePoverty commune(String name, String parent, String period, int i) {
        SourceRef table = new SourceRef("xa-" + i + ".csv", "Sheet1", null);
        List<VillagePoverty> villages = List.of(
                SampleConsolidation.village("Thôn 1", 100 + i, i % 9, 3, null, null, PlannedReduction.NONE, table, 2),
                SampleConsolidation.village(
                        "Thôn 2", 50 + i, i % 5 + 1, 2, null, null, PlannedReduction.NONE, table, 3));
        return CommunePoverty.ofVillages(name, parent, period, villages, table);
    }
}
