package vn.ruralstat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import vn.ruralstat.criteria.CommuneCriteria;
import vn.ruralstat.criteria.CriterionStatus;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.VillagePoverty;
import vn.ruralstat.poverty.VillagePoverty.PlannedReduction;
import vn.ruralstat.rulebook.TestRulebooks;

/** A table of hundreds of units draws at most thirty bars, and says what it left out. */
class CappedChartsTest {

    private static final SourceRef TABLE = new SourceRef("xa-lon.csv", "xa-lon", null);

    private final ChartRenderer renderer = new ChartRenderer();

    @Test
    void drawsTheThirtyVillagesWithTheHighestPovertyRatesAndTheRestAsOneBar() {
        // Village i of 400: 1,000 households, i poor (a rate of i/10 %), 10 near-poor.
        List<VillagePoverty> villages = IntStream.rangeClosed(1, 400)
                .mapToObj(i -> SampleConsolidation.village(
                        "Thôn " + i, 1_000, i, 10, null, null, PlannedReduction.NONE, TABLE, i + 5))
                .toList();

        JFreeChart chart =
                renderer.villagePovertyRates(CommunePoverty.ofVillages("Cai Bộ", null, "2025", villages, TABLE));

        CategoryDataset data = chart.getCategoryPlot().getDataset();
        List<String> expected = new ArrayList<>();
        for (int i = 400; i > 370; i--) expected.add("Thôn " + i);
        expected.add("Các thôn còn lại (370 thôn)");
        assertThat(data.getColumnKeys()).containsExactlyElementsOf(expected);
        assertThat(data.getValue(0, 0).doubleValue()).isCloseTo(40.0, within(1e-9));
        // The rest, villages 1 to 370: 1 + … + 370 = 370 × 371 / 2 = 68,635 poor of 370,000 households.
        assertThat(data.getValue(0, 30).doubleValue()).isCloseTo(68_635 * 100.0 / 370_000, within(1e-9));
        assertThat(data.getValue(1, 30).doubleValue()).isCloseTo(3_700 * 100.0 / 370_000, within(1e-9));
        assertThat(subtitles(chart))
                .contains("Chỉ vẽ 30 thôn có tỷ lệ hộ nghèo cao nhất trong 400 thôn; cột cuối gộp 370 thôn còn lại,"
                        + " tỷ lệ tính theo tổng số hộ của các thôn đó");
        // The line is still the whole commune's: 400 × 401 / 2 = 80,200 poor of 400,000 households.
        assertThat(chart.getCategoryPlot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND))
                .singleElement()
                .satisfies(m -> assertThat(((org.jfree.chart.plot.ValueMarker) m).getValue())
                        .isCloseTo(20.05, within(1e-9)));
    }

    @Test
    void writesThousandsOfLeftOutVillagesTheVietnameseWay() {
        List<VillagePoverty> villages = IntStream.rangeClosed(1, 1_030)
                .mapToObj(i -> SampleConsolidation.village(
                        "Thôn " + i, 100, i % 100, 0, null, null, PlannedReduction.NONE, TABLE, i))
                .toList();

        JFreeChart chart =
                renderer.villagePovertyRates(CommunePoverty.ofVillages("Cai Bộ", null, "2025", villages, TABLE));

        assertThat(chart.getCategoryPlot().getDataset().getColumnKeys())
                .last()
                .isEqualTo("Các thôn còn lại (1.000 thôn)");
    }

    @Test
    void drawsTheThirtyCommunesMeetingFewestCriteriaAndAveragesTheRestInANote() {
        // Commune i of 100 meets i mod 20 of the 19 criteria: five communes each meet 0, 1, …, 19.
        List<CommuneCriteria> communes = IntStream.rangeClosed(1, 100)
                .mapToObj(i -> commune(String.format("Xã %03d", i), i % 20, i))
                .toList();
        DistrictCriteria district = new DistrictCriteria(
                "Lạng Sơn", "2025", TestRulebooks.ntm2021To2025(), communes, Map.of(), TABLE, "tỉnh", null);

        JFreeChart chart = renderer.criteriaMetPerCommune(district);

        CategoryDataset data = chart.getCategoryPlot().getDataset();
        assertThat(data.getColumnCount()).isEqualTo(30);
        List<Integer> met = IntStream.range(0, 30)
                .mapToObj(c -> data.getValue(0, c).intValue())
                .toList();
        // Those meeting 0 to 5, five each, drawn most first as the uncapped chart is.
        assertThat(met).isSortedAccordingTo(Comparator.reverseOrder()).containsOnly(0, 1, 2, 3, 4, 5);
        // The other 70 meet 6 to 19, five each: (6 + 19) / 2 = 12.5 on average.
        assertThat(subtitles(chart))
                .contains(
                        "Chỉ vẽ 30 xã đạt ít tiêu chí nhất trong 100 xã; 70 xã còn lại đạt bình quân 12,5 tiêu chí/xã");
    }

    @Test
    void keepsEveryUnitInItsOrderWhenThereAreThirtyOrFewer() {
        List<Integer> units = IntStream.rangeClosed(1, 30).boxed().toList();

        CappedBars<Integer> bars = CappedBars.of(units, Comparator.reverseOrder());

        assertThat(bars.shown()).containsExactlyElementsOf(units);
        assertThat(bars.capped()).isFalse();
    }

    @Test
    void givesATieToTheEarlierRowAndKeepsTheRestInTheirOrder() {
        // Five units worth 1, 7, 7, 3, 7: the two kept are the first two 7s, by row.
        List<String> units = List.of("a1", "b7", "c7", "d3", "e7");

        CappedBars<String> bars = CappedBars.of(
                units, Comparator.comparing((String u) -> u.charAt(1)).reversed(), 2);

        assertThat(bars.shown()).containsExactly("b7", "c7");
        assertThat(bars.rest()).containsExactly("a1", "d3", "e7");
        assertThat(bars.total()).isEqualTo(5);
    }

    private static CommuneCriteria commune(String name, int met, int row) {
        List<CriterionStatus> statuses =
                new ArrayList<>(Collections.nCopies(met, new CriterionStatus(CriterionStatus.Kind.MET, null, "Đạt")));
        statuses.addAll(
                Collections.nCopies(19 - met, new CriterionStatus(CriterionStatus.Kind.NOT_MET, null, "Chưa đạt")));
        return new CommuneCriteria(name, met, statuses, TABLE.at("B" + row), row, null, null);
    }

    private static List<String> subtitles(JFreeChart chart) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) texts.add(t.getText());
        }
        return texts;
    }
}
