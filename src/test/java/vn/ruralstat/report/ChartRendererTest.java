package vn.ruralstat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.VillagePoverty;
import vn.ruralstat.poverty.VillagePoverty.PlannedReduction;

class ChartRendererTest {

    private final ChartRenderer renderer = new ChartRenderer();

    @Test
    void drawsVillageRatesWithTheHouseholdWeightedCommuneRateAsALine() {
        CommunePoverty nganSon = SampleConsolidation.poverty().get(0);

        JFreeChart chart = renderer.villagePovertyRates(nganSon);

        assertThat(chart.getTitle().getText()).isEqualTo("Tỷ lệ hộ nghèo theo thôn – xã Ngân Sơn, năm 2025");
        CategoryDataset data = chart.getCategoryPlot().getDataset();
        assertThat(keys(data.getColumnKeys())).containsExactly("Thôn Nà Lẹng", "Thôn Khuổi Mạn", "Bản Chang");
        assertThat(keys(data.getRowKeys())).containsExactly("Tỷ lệ hộ nghèo (%)", "Tỷ lệ hộ cận nghèo (%)");
        assertThat(data.getValue(0, 1).doubleValue()).isCloseTo(4 * 100.0 / 95, within(1e-9));
        // 12 / 300 × 100 = 4.00
        assertThat(markers(chart)).singleElement().satisfies(m -> {
            assertThat(m.getValue()).isCloseTo(4.0, within(1e-9));
            assertThat(m.getLabel()).isEqualTo("Tỷ lệ hộ nghèo toàn xã: 4,00%");
        });
        assertThat(chart.getCategoryPlot().getRangeAxis().getLabel()).isEqualTo("Tỷ lệ (%)");
    }

    @Test
    void turnsVillageNamesUprightWhenThereAreThirtyVillages() {
        SourceRef table = new SourceRef("x.xlsx", "Sheet1", null);
        List<VillagePoverty> villages = IntStream.rangeClosed(1, 30)
                .mapToObj(i -> SampleConsolidation.village(
                        "Thôn " + i, 100, i % 7, 3, null, null, PlannedReduction.NONE, table, i))
                .toList();
        CommunePoverty hongPhong = CommunePoverty.ofVillages("Hồng Phong", null, "2026", villages, table);

        JFreeChart chart = renderer.villagePovertyRates(hongPhong);

        assertThat(chart.getCategoryPlot().getDomainAxis().getCategoryLabelPositions())
                .isEqualTo(CategoryLabelPositions.UP_90);
        assertThat(chart.getCategoryPlot().getDataset().getColumnCount()).isEqualTo(30);
    }

    @Test
    void keepsTwoVillagesOfTheSameNameAsTwoBars() {
        SourceRef table = new SourceRef("x.xlsx", "Sheet1", null);
        List<VillagePoverty> villages = List.of(
                SampleConsolidation.village("Xóm 8", 100, 1, 1, null, null, PlannedReduction.NONE, table, 5),
                SampleConsolidation.village("Xóm 8", 50, 1, 1, null, null, PlannedReduction.NONE, table, 6));

        JFreeChart chart =
                renderer.villagePovertyRates(CommunePoverty.ofVillages("Bình Giang", null, null, villages, table));

        assertThat(keys(chart.getCategoryPlot().getDataset().getColumnKeys())).containsExactly("Xóm 8", "Xóm 8 (2)");
    }

    @Test
    void sortsCommunesByCriteriaMetWithALineAtTheSizeOfTheSet() {
        JFreeChart chart = renderer.criteriaMetPerCommune(SampleConsolidation.criteria());

        CategoryDataset data = chart.getCategoryPlot().getDataset();
        assertThat(keys(data.getColumnKeys())).containsExactly("Quốc Dân", "Xã Phi Hải", "Cai Bộ");
        assertThat(IntStream.range(0, 3).mapToObj(i -> data.getValue(0, i).intValue()))
                .containsExactly(15, 12, 8);
        assertThat(markers(chart)).anySatisfy(m -> {
            assertThat(m.getValue()).isEqualTo(19);
            assertThat(m.getLabel()).isEqualTo("19 tiêu chí");
        });
        assertThat(chart.getTitle().getText())
                .isEqualTo("Số tiêu chí nông thôn mới đạt theo xã – huyện Quảng Hòa, năm 2022");
    }

    @Test
    void countsCriteriaPlannedPerYear() {
        JFreeChart chart = renderer.criteriaPlannedByYear(SampleConsolidation.criteria());

        CategoryDataset data = chart.getCategoryPlot().getDataset();
        assertThat(keys(data.getColumnKeys())).containsExactly("2023", "2024", "2025");
        assertThat(IntStream.range(0, 3).mapToObj(i -> data.getValue(0, i).intValue()))
                .containsExactly(7, 9, 4);
    }

    @Test
    void rendersAPngOfTwelveHundredBySevenHundredPixels() throws IOException {
        byte[] png = renderer.png(renderer.criteriaMetPerCommune(SampleConsolidation.criteria()));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(700);
    }

    @Test
    void usesAFontThatHasVietnameseLetters() {
        JFreeChart chart =
                renderer.villagePovertyRates(SampleConsolidation.poverty().get(0));

        // -1: every character can be drawn; otherwise the index of the first one shown as a box
        assertThat(chart.getTitle().getFont().canDisplayUpTo("Tỷ lệ hộ nghèo – xã Ngân Sơn, Quảng Hòa, Đạt ữ ặ"))
                .isEqualTo(-1);
    }

    /** JFreeChart returns its keys as a raw List. */
    @Test
    void drawsA2026To2030MatrixOutOfTenUnderTheProvinceItsTableNames() {
        List<vn.ruralstat.criteria.CriterionStatus> nine = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) nine.add(vn.ruralstat.criteria.CriterionCellParser.parse(i < 9 ? "Đạt" : "2027"));
        SourceRef sheet = new SourceRef("tinh.xlsx", "Biểu 03", null);
        vn.ruralstat.criteria.DistrictCriteria province = new vn.ruralstat.criteria.DistrictCriteria(
                "Thái Nguyên",
                "2026",
                vn.ruralstat.rulebook.TestRulebooks.national()
                        .byId("NTM-2026-2030")
                        .orElseThrow(),
                List.of(new vn.ruralstat.criteria.CommuneCriteria("Định Hóa", 9, nine, sheet.at("B8"), 8, 2, null)),
                java.util.Map.of(),
                sheet,
                "tỉnh",
                null);

        JFreeChart chart = renderer.criteriaMetPerCommune(province);

        // nine "Đạt" and a year: 9 met, against a line at the 10 criteria of the set
        assertThat(chart.getCategoryPlot().getDataset().getValue(0, 0).intValue())
                .isEqualTo(9);
        assertThat(markers(chart)).anySatisfy(m -> {
            assertThat(m.getValue()).isEqualTo(10);
            assertThat(m.getLabel()).isEqualTo("10 tiêu chí");
        });
        assertThat(chart.getTitle().getText())
                .isEqualTo("Số tiêu chí nông thôn mới đạt theo xã – tỉnh Thái Nguyên, năm 2026");
    }

    private static List<Object> keys(List<?> keys) {
        return List.<Object>copyOf(keys);
    }

    private static List<ValueMarker> markers(JFreeChart chart) {
        CategoryPlot plot = chart.getCategoryPlot();
        @SuppressWarnings("unchecked")
        java.util.Collection<Marker> foreground = plot.getRangeMarkers(Layer.FOREGROUND);
        return foreground == null
                ? List.of()
                : foreground.stream().map(ValueMarker.class::cast).toList();
    }
}
