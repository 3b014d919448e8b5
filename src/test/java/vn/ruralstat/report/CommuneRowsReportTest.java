package vn.ruralstat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.ruralstat.report.WorkbookAssertions.containsText;
import static vn.ruralstat.report.WorkbookAssertions.rowWithText;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.output.RenderedChart;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.PovertyFigures;
import vn.ruralstat.poverty.PovertyRollup;
import vn.ruralstat.poverty.VillagePoverty;
import vn.ruralstat.poverty.VillagePoverty.PlannedReduction;

/**
 * A run holding a commune read from its villages (xã Ngân Sơn, 2025, two villages) and three
 * communes read as rows of their district's table (huyện Ngân Sơn, 2024):
 *
 * <pre>
 * huyện Ngân Sơn 2024     households  poor  near-poor  planned poor  planned near-poor
 *   Thị trấn Vân Tùng          400       8       10          3              2
 *   Xã Cốc Đán                 300      30       15         10              4
 *   Đức Vân                    100      12        6          4              1
 *   Cộng                       800      50       31         17              7
 *                          poor 50 / 800 × 100 = 6.25 % (the mean of 2, 10 and 12 % would be 8 %)
 * xã Ngân Sơn 2025
 *   Thôn Nà Lẹng               120       6       10
 *   Bản Chang                   80       2        3
 *   Cộng xã                    200       8       13
 * </pre>
 */
class CommuneRowsReportTest {

    private static final OffsetDateTime GENERATED = OffsetDateTime.of(2026, 6, 5, 14, 30, 0, 0, ZoneOffset.ofHours(7));
    private static final SourceRef DISTRICT = new SourceRef("huyen-ngan-son-2024.xlsx", "Bieu", null);
    private static final SourceRef COMMUNE = new SourceRef("xa-ngan-son-2025.xlsx", "Bieu", null);

    @TempDir
    Path dir;

    static Consolidation consolidation() {
        List<CommunePoverty> poverty = List.of(
                CommunePoverty.ofVillages(
                        "Ngân Sơn",
                        null,
                        "2025",
                        List.of(
                                SampleConsolidation.village(
                                        "Thôn Nà Lẹng", 120, 6, 10, 5.0, 8.33, PlannedReduction.NONE, COMMUNE, 8),
                                SampleConsolidation.village(
                                        "Bản Chang", 80, 2, 3, 2.5, 3.75, PlannedReduction.NONE, COMMUNE, 9)),
                        COMMUNE),
                row("Vân Tùng", "Thị trấn Vân Tùng", 400, 8, 10, 2.0, 2.5, 3, 2, 4),
                row("Cốc Đán", "Xã Cốc Đán", 300, 30, 15, 10.0, 5.0, 10, 4, 5),
                row("Đức Vân", "Đức Vân", 100, 12, 6, 12.0, 6.0, 4, 1, 6));
        // As the consolidation rolls them up: the district's three communes, and the whole run per
        // period (2024: the three communes; 2025: xã Ngân Sơn's 200 households, 8 poor, 13 near-poor).
        List<PovertyRollup> rollups = List.of(
                new PovertyRollup(
                        "Ngân Sơn",
                        "đơn vị cấp trên",
                        "2024",
                        new PovertyFigures(800, 50, 31),
                        List.of("Vân Tùng", "Cốc Đán", "Đức Vân"),
                        null,
                        null),
                new PovertyRollup(
                        ConsolidationService.WHOLE_RUN,
                        "toàn bộ",
                        "2024",
                        new PovertyFigures(800, 50, 31),
                        List.of("Vân Tùng", "Cốc Đán", "Đức Vân"),
                        null,
                        null),
                new PovertyRollup(
                        ConsolidationService.WHOLE_RUN,
                        "toàn bộ",
                        "2025",
                        new PovertyFigures(200, 8, 13),
                        List.of("Ngân Sơn"),
                        null,
                        null));
        return new Consolidation(9, ConsolidationService.WHOLE_RUN, poverty, rollups, List.of(), List.of(), List.of());
    }

    private static CommunePoverty row(
            String commune,
            String written,
            long households,
            long poor,
            long near,
            double poorRate,
            double nearRate,
            long plannedPoor,
            long plannedNear,
            int row) {
        VillagePoverty own = SampleConsolidation.village(
                written,
                households,
                poor,
                near,
                poorRate,
                nearRate,
                new PlannedReduction(null, plannedPoor, null, plannedNear),
                DISTRICT,
                row);
        return CommunePoverty.ofRow(commune, "Ngân Sơn", "2024", own);
    }

    @Test
    void listsTheDistrictsRowsAsCommunesOnTheVillageSheetNotAsVillagesOfACommune() throws IOException {
        try (XSSFWorkbook workbook = workbook()) {
            Sheet sheet = workbook.getSheet("Nghèo theo thôn");

            assertThat(texts(sheet))
                    .contains(
                            "Xã Ngân Sơn, năm 2025",
                            "Cộng xã Ngân Sơn",
                            "Các xã thuộc đơn vị cấp trên Ngân Sơn, năm 2024 (biểu theo xã, không có số liệu từng thôn)",
                            "Thị trấn Vân Tùng",
                            "Xã Cốc Đán",
                            "Xã Đức Vân",
                            "Cộng đơn vị cấp trên Ngân Sơn")
                    .doesNotContain("Cộng xã Vân Tùng", "Xã Vân Tùng, năm 2024");
            Row vanTung = rowWithText(sheet, 1, "Thị trấn Vân Tùng");
            assertThat(vanTung.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(vanTung.getCell(2).getNumericCellValue()).isEqualTo(400);
            assertThat(vanTung.getCell(5).getNumericCellValue()).isEqualTo(2.0); // reported rate beside 8/400×100
            assertThat(vanTung.getCell(13).getStringCellValue()).isEqualTo("huyen-ngan-son-2024.xlsx › Bieu › B4");
            Row district = rowWithText(sheet, 1, "Cộng đơn vị cấp trên Ngân Sơn");
            assertThat(district.getCell(2).getNumericCellValue()).isEqualTo(800);
            assertThat(district.getCell(4).getNumericCellValue()).isCloseTo(6.25, within(1e-9));
            assertThat(district.getCell(10).getNumericCellValue()).isEqualTo(17); // 3 + 10 + 4
            // 2024 and 2025 are never added up: the 2024 total covers the district's 800 households
            // (400 + 300 + 100); 2025 has one commune, closed by its own "Cộng xã" row.
            Row total = rowWithText(sheet, 1, "Tổng cộng kỳ 2024");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(800);
            assertThat(total.getCell(2).getCellFormula()).startsWith("SUBTOTAL(9,");
            assertThat(texts(sheet)).doesNotContain("Tổng cộng");
            assertThat(containsText(sheet, "Thôn / xã")).isTrue();
        }
    }

    @Test
    void leavesTheVillageCountOfACommuneReadAsARowBlankOnTheCommuneSheet() throws IOException {
        try (XSSFWorkbook workbook = workbook()) {
            Sheet sheet = workbook.getSheet("Nghèo theo xã");

            Row vanTung = rowWithText(sheet, 1, "Vân Tùng");
            assertThat(vanTung.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(vanTung.getCell(4).getNumericCellValue()).isEqualTo(400);
            Row district = rowWithText(sheet, 1, "Cộng đơn vị cấp trên Ngân Sơn");
            assertThat(district.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(district.getCell(4).getNumericCellValue()).isEqualTo(800);
            assertThat(district.getCell(6).getNumericCellValue()).isCloseTo(6.25, within(1e-9));
            assertThat(rowWithText(sheet, 1, "Ngân Sơn").getCell(3).getNumericCellValue())
                    .isEqualTo(2);
            assertThat(containsText(sheet, "Thôn Nà Lẹng")).isFalse();
        }
    }

    @Test
    void drawsTheCommunesOfTheDistrictTableInOneChartAndNoVillageChartForThem() throws IOException {
        List<RenderedChart> charts =
                new ReportCharts(new ChartRenderer()).render(consolidation()).charts();

        assertThat(charts)
                .extracting(RenderedChart::fileName)
                .containsExactly("ngheo-theo-thon-ngan-son.png", "ngheo-theo-xa-ngan-son.png");
        JFreeChart chart = new ChartRenderer()
                .communePovertyRates(consolidation().poverty().subList(1, 4), "huyện Ngân Sơn", "2024");
        assertThat(chart.getTitle().getText()).isEqualTo("Tỷ lệ hộ nghèo theo xã – huyện Ngân Sơn, năm 2024");
        CategoryDataset data = chart.getCategoryPlot().getDataset();
        assertThat(data.getColumnKeys()).containsExactly("Vân Tùng", "Cốc Đán", "Đức Vân");
        assertThat(data.getValue(0, 1).doubleValue()).isEqualTo(10.0); // 30 / 300 × 100
        ValueMarker line = (ValueMarker) chart.getCategoryPlot()
                .getRangeMarkers(Layer.FOREGROUND)
                .iterator()
                .next();
        assertThat(line.getValue()).isEqualTo(6.25);
    }

    @Test
    void givesACommuneReadAsARowItsOwnFiguresAndNoVillagesInTheJson() throws IOException {
        Path file = dir.resolve("tong-hop.json");
        new JsonSummaryWriter().write(consolidation(), List.of("tong-hop.json"), GENERATED, file);
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode json = mapper.readTree(file.toFile());

        assertThat(SchemaShapeCheck.problems(
                        json,
                        mapper.readTree(Path.of("docs/summary.schema.json").toFile())))
                .isEmpty();
        List<String> villages = new ArrayList<>();
        JsonNode cocDan = null;
        for (JsonNode unit : json.get("units")) {
            if (unit.get("level").asString().equals("thôn"))
                villages.add(unit.get("name").asString());
            if (unit.get("name").asString().equals("Cốc Đán")) cocDan = unit;
        }
        assertThat(villages).containsExactly("Thôn Nà Lẹng", "Bản Chang");
        assertThat(cocDan.get("level").asString()).isEqualTo("xã");
        assertThat(cocDan.get("parent").asString()).isEqualTo("Ngân Sơn");
        JsonNode poverty = cocDan.get("poverty");
        assertThat(poverty.get("villages").isNull()).isTrue();
        assertThat(poverty.get("households").asLong()).isEqualTo(300);
        assertThat(poverty.get("reportedPoorRate").asDouble()).isEqualTo(10.0);
        assertThat(poverty.get("plannedReduction").get("poorHouseholds").asLong())
                .isEqualTo(10);
        assertThat(poverty.get("source").get("cell").asString()).isEqualTo("B5");
    }

    private XSSFWorkbook workbook() throws IOException {
        Path target = dir.resolve("tong-hop.xlsx");
        new ConsolidatedWorkbookWriter().write(consolidation(), List.of(), GENERATED, target);
        return new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(target)));
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        sheet.forEach(r -> r.forEach(c -> {
            if (c.getCellType() == CellType.STRING) texts.add(c.getStringCellValue());
        }));
        return texts;
    }
}
