package vn.ruralstat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.ruralstat.report.WorkbookAssertions.containsText;
import static vn.ruralstat.report.WorkbookAssertions.lastRowWithText;
import static vn.ruralstat.report.WorkbookAssertions.rowWithText;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.output.RenderedChart;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.VillagePoverty.PlannedReduction;

/** Reopens the workbook written for {@link SampleConsolidation} and checks it as an officer would read it. */
class ConsolidatedWorkbookWriterTest {

    private static final OffsetDateTime GENERATED = OffsetDateTime.of(2026, 6, 5, 14, 30, 0, 0, ZoneOffset.ofHours(7));

    @TempDir
    static Path dir;

    private static XSSFWorkbook workbook;

    @BeforeAll
    static void writeSampleWorkbook() throws IOException {
        Consolidation sample = SampleConsolidation.build();
        List<RenderedChart> charts =
                new ReportCharts(new ChartRenderer()).render(sample).charts();
        workbook = write(sample, charts, "sample.xlsx");
    }

    @AfterAll
    static void close() throws IOException {
        workbook.close();
    }

    @Test
    void namesTheSheetsInVietnamese() {
        List<String> names = IntStream.range(0, workbook.getNumberOfSheets())
                .mapToObj(workbook::getSheetName)
                .toList();

        assertThat(names)
                .containsExactly(
                        "Tổng hợp",
                        "Nghèo theo thôn",
                        "Nghèo theo xã",
                        "Tiêu chí NTM",
                        "Kế hoạch theo năm",
                        // no "Khoảng cách tới chuẩn": the sample has no indicator table, and an empty sheet is not
                        // written
                        "Biểu đồ",
                        "Phát hiện",
                        "Nguồn dữ liệu");
    }

    @Test
    void startsEachTableWithABoldTitleMergedAcrossTheTable() {
        Sheet sheet = workbook.getSheet("Nghèo theo thôn");
        // Under the official heading (form number, bodies, quốc hiệu, Số, date line).
        Cell title = rowWithText(sheet, 0, "TỔNG HỢP HỘ NGHÈO, HỘ CẬN NGHÈO THEO THÔN")
                .getCell(0);

        assertThat(workbook.getFontAt(title.getCellStyle().getFontIndex()).getBold())
                .isTrue();
        int row = title.getRowIndex();
        assertThat(sheet.getMergedRegions()).anySatisfy(region -> assertThat(region.getFirstRow() == row
                        && region.getLastRow() == row
                        && region.getFirstColumn() == 0
                        && region.getLastColumn() >= 8)
                .isTrue());
    }

    @Test
    void writesVillageFiguresAsNumbersWithRecomputedRateBesideTheReportedOne() {
        Row village = rowWithText(workbook.getSheet("Nghèo theo thôn"), 1, "Thôn Khuổi Mạn");

        assertThat(village.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(village.getCell(2).getNumericCellValue()).isEqualTo(95);
        assertThat(village.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        // recomputed 4 / 95 × 100 = 4.2105…, reported 4.50
        assertThat(village.getCell(4).getCellFormula())
                .isEqualTo("D" + (village.getRowNum() + 1) + "/C" + (village.getRowNum() + 1) + "*100");
        assertThat(village.getCell(4).getNumericCellValue()).isCloseTo(4 * 100.0 / 95, within(1e-9));
        assertThat(village.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.00");
        assertThat(village.getCell(5).getNumericCellValue()).isEqualTo(4.5);
        assertThat(village.getCell(13).getStringCellValue()).isEqualTo("2025/ngan-son.xlsx › Biểu 01 › B9");
    }

    @Test
    void writesBoldSubtotalRowWithRecomputedFigures() {
        Row subtotal = rowWithText(workbook.getSheet("Nghèo theo thôn"), 1, "Cộng xã Ngân Sơn");

        // households 120 + 95 + 85 = 300, poor 6 + 4 + 2 = 12, rate 12 / 300 × 100 = 4.00
        assertThat(subtotal.getCell(2).getCellFormula()).startsWith("SUBTOTAL(9,C");
        assertThat(subtotal.getCell(2).getNumericCellValue()).isEqualTo(300);
        assertThat(subtotal.getCell(3).getNumericCellValue()).isEqualTo(12);
        assertThat(subtotal.getCell(4).getNumericCellValue()).isCloseTo(4.0, within(1e-9));
        // near-poor 10 + 7 + 3 = 20, rate 20 / 300 × 100 = 6.67; planned reductions 2 + 1 = 2 poor, 1 + 1 = 2 near-poor
        assertThat(subtotal.getCell(6).getNumericCellValue()).isEqualTo(20);
        assertThat(subtotal.getCell(7).getNumericCellValue()).isCloseTo(20 * 100.0 / 300, within(1e-9));
        assertThat(subtotal.getCell(10).getNumericCellValue()).isEqualTo(3);
        assertThat(subtotal.getCell(12).getNumericCellValue()).isEqualTo(2);
        assertThat(workbook.getFontAt(subtotal.getCell(2).getCellStyle().getFontIndex())
                        .getBold())
                .isTrue();
    }

    @Test
    void weightsTheWholeRunRateByHouseholdsNotByCommunes() {
        Row total = rowWithText(workbook.getSheet("Nghèo theo xã"), 1, "Tổng cộng");

        // 33 / 900 × 100 = 3.67; the mean of the commune rates would be (4.00 + 3.50) / 2 = 3.75
        assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(900);
        assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(33);
        assertThat(total.getCell(6).getNumericCellValue()).isCloseTo(33 * 100.0 / 900, within(1e-9));
        assertThat(total.getCell(6).getCellFormula())
                .isEqualTo("F" + (total.getRowNum() + 1) + "/E" + (total.getRowNum() + 1) + "*100");
    }

    @Test
    void groupsCommunesUnderTheirParentUnit() {
        Sheet sheet = workbook.getSheet("Nghèo theo xã");
        Row heading = rowWithText(sheet, 0, "Huyện Quảng Hòa");
        Row subtotal = rowWithText(sheet, 1, "Cộng huyện Quảng Hòa");

        assertThat(sheet.getRow(heading.getRowNum() + 1).getCell(1).getStringCellValue())
                .isEqualTo("Ngân Sơn");
        assertThat(subtotal.getCell(3).getNumericCellValue()).isEqualTo(6); // 3 + 3 villages
        assertThat(subtotal.getCell(4).getNumericCellValue()).isEqualTo(900);
    }

    @Test
    void closesTheCriteriaMatrixWithTotalAndAverageRows() {
        Sheet sheet = workbook.getSheet("Tiêu chí NTM");
        Row total = rowWithText(sheet, 1, "Tổng cộng");
        Row average = rowWithText(sheet, 1, "TB tiêu chí/xã");

        List<Double> perCriterion = new ArrayList<>();
        for (int col = 4; col < 4 + 19; col++)
            perCriterion.add(total.getCell(col).getNumericCellValue());
        // criteria 1-8 met by 3 communes, 9-12 by 2, 13-15 by 1, 16-19 by none
        assertThat(perCriterion)
                .containsExactly(
                        3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 2.0, 2.0, 2.0, 2.0, 1.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(total.getCell(4).getCellFormula()).startsWith("COUNTIF(E");
        // 12 + 15 + 8 = 35 met (recomputed); reported 12 + 16 + 8 = 36
        assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(35);
        assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(36);
        assertThat(average.getCell(3).getNumericCellValue()).isCloseTo(35 / 3.0, within(1e-9));
        assertThat(average.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0");
    }

    @Test
    void showsEachCriterionAsMarkYearOrTextWithTheRegisteredTarget() {
        Row phiHai = rowWithText(workbook.getSheet("Tiêu chí NTM"), 1, "Xã Phi Hải");

        assertThat(phiHai.getCell(4).getStringCellValue()).isEqualTo("x");
        assertThat(phiHai.getCell(4 + 12).getNumericCellValue()).isEqualTo(2023); // criterion 13
        assertThat(phiHai.getCell(4 + 17).getStringCellValue()).isEqualTo("Chưa đạt"); // criterion 18
        assertThat(phiHai.getCell(3).getNumericCellValue()).isEqualTo(12);
        assertThat(phiHai.getCell(23).getNumericCellValue()).isEqualTo(2024); // registered NTM year
        assertThat(phiHai.getCell(24).getNumericCellValue()).isEqualTo(2024); // last planned year
        Row caiBo = rowWithText(workbook.getSheet("Tiêu chí NTM"), 1, "Cai Bộ");
        assertThat(caiBo.getCell(23).getStringCellValue()).isEqualTo("Duy trì xã NTM");
    }

    @Test
    void countsCriteriaPlannedPerYearForEachParentUnit() {
        Row district = rowWithText(workbook.getSheet("Kế hoạch theo năm"), 1, "Cộng huyện Quảng Hòa");

        // 2023: 3 + 4 = 7; 2024: 2 + 7 = 9; 2025: 4; all: 20
        assertThat(List.of(2, 3, 4, 5))
                .extracting(col -> district.getCell(col).getNumericCellValue())
                .containsExactly(7.0, 9.0, 4.0, 20.0);
    }

    @Test
    void pointsEachFindingToItsFileSheetAndCell() {
        XSSFSheet sheet = workbook.getSheet("Phát hiện");
        // The kind of finding by its name in the catalogue, never its code; no English column.
        Row rate = rowWithText(sheet, 2, "Tỷ lệ không khớp");

        assertThat(rate.getCell(1).getStringCellValue()).isEqualTo("Lỗi");
        assertThat(rate.getCell(4).getStringCellValue()).isEqualTo(SampleConsolidation.POVERTY_FILE);
        assertThat(rate.getCell(5).getStringCellValue()).isEqualTo("Biểu 01");
        assertThat(rate.getCell(6).getStringCellValue()).isEqualTo("F9");
        assertThat(rate.getCell(7).getStringCellValue()).isEqualTo("4,50");
        assertThat(rate.getCell(8).getStringCellValue()).isEqualTo("4,21");
        assertThat(rate.getLastCellNum()).isEqualTo((short) 9);
        assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
        // errors come first: the INFO finding, first in the run, is listed last
        assertThat(rowWithText(sheet, 2, "Tệp không phải bảng tính đọc được").getRowNum())
                .isGreaterThan(rate.getRowNum());
    }

    @Test
    void embedsEveryChartAsAPicture() {
        XSSFSheet sheet = workbook.getSheet("Biểu đồ");

        List<XSSFPicture> pictures = sheet.getDrawingPatriarch().getShapes().stream()
                .filter(XSSFPicture.class::isInstance)
                .map(XSSFPicture.class::cast)
                .toList();
        assertThat(pictures).hasSize(4);
        assertThat(pictures.get(0).getPictureData().getMimeType()).isEqualTo("image/png");
    }

    @Test
    void summarisesRollupsFindingsAndRowAccountingOnTheFirstSheet() {
        Sheet summary = workbook.getSheet("Tổng hợp");

        assertThat(rowWithText(summary, 1, "Quảng Hòa").getCell(6).getNumericCellValue())
                .isCloseTo(33 * 100.0 / 900, within(1e-9));
        assertThat(rowWithText(summary, 1, "Huyện Quảng Hòa").getCell(5).getNumericCellValue())
                .isCloseTo(35 / 3.0, within(1e-9));
        assertThat(rowWithText(summary, 1, "Lỗi").getCell(2).getNumericCellValue())
                .isEqualTo(2);
        // rows read 14 + 12 + 40 + 0 = 66 = used 9 + rejected 0 + other 57
        assertThat(rowWithText(summary, 1, "Cộng").getCell(2).getNumericCellValue())
                .isEqualTo(3); // findings
        Row sources = lastRowWithText(summary, 1, "Cộng");
        assertThat(sources.getCell(3).getNumericCellValue()).isEqualTo(66);
        assertThat(sources.getCell(6).getNumericCellValue()).isEqualTo(57);
        assertThat(containsText(summary, "Lần tổng hợp số 42 · Ngày lập: 05/06/2026 14:30"))
                .isTrue();
    }

    @Test
    void preparesTableSheetsForPrintingOnA4LandscapeWithTheHeaderRepeated() {
        for (String name : List.of(
                "Nghèo theo thôn",
                "Nghèo theo xã",
                "Tiêu chí NTM",
                "Kế hoạch theo năm",
                "Phát hiện",
                "Nguồn dữ liệu")) {
            XSSFSheet sheet = workbook.getSheet(name);
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getLandscape()).as(name).isTrue();
            assertThat(print.getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getFitWidth()).as(name).isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows()).as(name).isNotNull();
            assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
        }
    }

    @Test
    void keepsTextThatLooksLikeAFormulaAsPlainText() throws IOException {
        Consolidation sample = SampleConsolidation.build();
        CommunePoverty tricky = CommunePoverty.ofVillages(
                "+Xã Thử",
                null,
                "2025",
                List.of(SampleConsolidation.village(
                        "=HYPERLINK(\"http://x\",\"y\")",
                        10,
                        1,
                        1,
                        null,
                        null,
                        PlannedReduction.NONE,
                        new SourceRef("@thu.xlsx", "-1", null),
                        5)),
                new SourceRef("@thu.xlsx", "-1", null));
        Finding finding = new Finding(
                FindingCode.ROW_REJECTED,
                FindingCode.ROW_REJECTED.severity(),
                null,
                "-1 hộ",
                "=1+1",
                new SourceRef("=x.xlsx", "Sheet1", "A1"),
                null,
                null);
        Consolidation withTricks = new Consolidation(
                1, "=SUM(A1)", List.of(tricky), List.of(), List.of(), List.of(finding), sample.sources());

        try (XSSFWorkbook tricks = write(withTricks, List.of(), "tricks.xlsx")) {
            Row village = rowWithText(tricks.getSheet("Nghèo theo thôn"), 1, "=HYPERLINK(\"http://x\",\"y\")");
            assertThat(village.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            Row found = rowWithText(tricks.getSheet("Phát hiện"), 3, "-1 hộ");
            assertThat(found.getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(found.getCell(4).getStringCellValue()).isEqualTo("=x.xlsx");
        }
    }

    @Test
    void theFrontPageListsTheUnitsOfARunOverSeveralAndLabelsTheirTotalPerPeriod() throws IOException {
        vn.ruralstat.finding.SourceRef table = new vn.ruralstat.finding.SourceRef("a.xlsx", "Biểu", null);
        List<vn.ruralstat.poverty.CommunePoverty> communes = List.of(
                vn.ruralstat.poverty.CommunePoverty.ofVillages(
                        "Vân Tùng",
                        "Ngân Sơn",
                        "2025",
                        List.of(SampleConsolidation.village(
                                "Thôn A",
                                100,
                                10,
                                5,
                                null,
                                null,
                                vn.ruralstat.poverty.VillagePoverty.PlannedReduction.NONE,
                                table,
                                5)),
                        table),
                vn.ruralstat.poverty.CommunePoverty.ofVillages(
                        "Phúc Sen",
                        "Quảng Hòa",
                        "2025",
                        List.of(SampleConsolidation.village(
                                "Thôn B",
                                300,
                                20,
                                5,
                                null,
                                null,
                                vn.ruralstat.poverty.VillagePoverty.PlannedReduction.NONE,
                                table,
                                6)),
                        table));
        Consolidation run = new Consolidation(
                7,
                vn.ruralstat.consolidate.ConsolidationService.WHOLE_RUN,
                communes,
                vn.ruralstat.consolidate.ConsolidationService.rollups(
                        communes, Map.of("ngan son", "huyện", "quang hoa", "huyện")),
                List.of(),
                List.of(),
                List.of());

        try (XSSFWorkbook written = write(run, List.of(), "two-districts.xlsx")) {
            Sheet front = written.getSheet("Tổng hợp");
            assertThat(containsText(front, "Toàn bộ dữ liệu nhận được")).isFalse();
            assertThat(rowWithText(front, 1, "Ngân Sơn").getCell(4).getNumericCellValue())
                    .isEqualTo(100);
            assertThat(rowWithText(front, 1, "Quảng Hòa").getCell(4).getNumericCellValue())
                    .isEqualTo(300);
            // The two districts in 2025: 100 + 300 = 400 households, 10 + 20 = 30 poor.
            Row total = rowWithText(front, 1, "Tổng cộng các đơn vị trên");
            assertThat(total.getCell(3).getStringCellValue()).isEqualTo("2025");
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(400);
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(30);
            // A run over several units names no issuing body: dots to fill in by hand (no office settings here).
            assertThat(containsText(front, "……………")).isTrue();
        }
    }

    @Test
    void writesNoEmptySheetAndTheSummarySaysWhichTablesHadNoData() throws IOException {
        try (XSSFWorkbook empty = write(SampleConsolidation.empty(), List.of(), "empty.xlsx")) {
            assertThat(empty.getNumberOfSheets()).isEqualTo(1);
            Sheet summary = empty.getSheetAt(0);
            assertThat(summary.getSheetName()).isEqualTo("Tổng hợp");
            assertThat(containsText(summary, "Không có dữ liệu")).isTrue();
            assertThat(containsText(
                            summary,
                            "Không lập biểu vì không có số liệu: Nghèo theo thôn, Nghèo theo xã, Tiêu chí NTM,"
                                    + " Kế hoạch theo năm, Khoảng cách tới chuẩn, Biểu đồ, Phát hiện, Nguồn dữ liệu."))
                    .isTrue();
        }
    }

    private static XSSFWorkbook write(Consolidation consolidation, List<RenderedChart> charts, String name)
            throws IOException {
        Path target = dir.resolve(name);
        new ConsolidatedWorkbookWriter().write(consolidation, charts, GENERATED, target);
        return new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(target)));
    }
}
