package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ruralstat.command.Outcome;
import vn.ruralstat.review.ReviewRunner;
import vn.ruralstat.summary.UnitSummaryWriter;

/**
 * Summary and review over a small two-year fixture with a merger, consolidated in two runs (one
 * folder per year), every expected figure worked out by hand. Illustrative units: on 1/7/2025
 * xã An Bình and xã Phú Lợi of huyện Đông Lâm become xã An Phú (the test's own crosswalk file).
 *
 * <pre>
 * end of 2024   An Bình  Thôn 1  500 households, 40 poor, 25 near-poor; plans −12 poor, −5 near-poor for 2025
 *                        Thôn 2  700            56        35                 −18            −7
 *               Phú Lợi  Thôn A  300             9        15                  −4            −3
 *                        Thôn B  500            15        25                  −6            −5
 * end of 2025   An Phú   Thôn 1 505/36/30, Thôn 2 705/30/25, Thôn A 300/10/12, Thôn B 500/14/13
 *
 * 2024 restated on An Phú: 1,200 + 800 = 2,000 households; 96 + 24 = 120 poor → 6.00 %;
 *                          60 + 40 = 100 near-poor → 5.00 %   (mean of the two rates would be 5.50 %)
 * 2025: 2,010 households; 90 poor → 4.4776 %; 80 near-poor → 3.9801 %; poor rate −1.5224 points
 * plan for 2025: poor 120 − (12 + 18 + 4 + 6) = 80, counted 90 → +10; near-poor 100 − 20 = 80, counted 80 → 0
 * </pre>
 */
abstract class MultiYearReviewTests {

    static final String CROSSWALK =
            """
            effective_date,old_unit,old_parent,new_unit,new_parent,share,confidence,legal_basis,source,note
            2025-07-01,Xã An Bình,huyện Đông Lâm,Xã An Phú,tỉnh Bắc Lâm,1,illustrative,,test fixture,
            2025-07-01,Xã Phú Lợi,huyện Đông Lâm,Xã An Phú,tỉnh Bắc Lâm,1,illustrative,,test fixture,
            """;

    @Autowired
    ConsolidationLauncher launcher;

    @Autowired
    UnitSummaryWriter summaries;

    @Autowired
    ReviewRunner reviews;

    private final JsonMapper json = JsonMapper.builder().build();

    static void village(Path file, String office, String title, Object[]... villages) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("Bieu");
        TestWorkbooks.rows(sheet, 0, new Object[] {office}, new Object[] {title}, new Object[] {}, new Object[] {
            "STT",
            "Thôn",
            "Tổng số hộ",
            "Hộ nghèo",
            "Hộ cận nghèo",
            "Kế hoạch giảm hộ nghèo (số hộ)",
            "Kế hoạch giảm hộ cận nghèo (số hộ)"
        });
        TestWorkbooks.rows(sheet, 4, villages);
        TestWorkbooks.save(wb, file);
    }

    /** The two years in two folders, consolidated by two runs. */
    void consolidateBothYears(Path in, Path out) throws Exception {
        village(
                in.resolve("2024/an-binh.xlsx"),
                "ỦY BAN NHÂN DÂN HUYỆN ĐÔNG LÂM",
                "KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO CUỐI NĂM 2024 XÃ AN BÌNH",
                new Object[] {1, "Thôn 1", 500, 40, 25, 12, 5},
                new Object[] {2, "Thôn 2", 700, 56, 35, 18, 7});
        village(
                in.resolve("2024/phu-loi.xlsx"),
                "ỦY BAN NHÂN DÂN HUYỆN ĐÔNG LÂM",
                "KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO CUỐI NĂM 2024 XÃ PHÚ LỢI",
                new Object[] {1, "Thôn A", 300, 9, 15, 4, 3},
                new Object[] {2, "Thôn B", 500, 15, 25, 6, 5});
        village(
                in.resolve("2025/an-phu.xlsx"),
                "ỦY BAN NHÂN DÂN XÃ AN PHÚ",
                "KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO CUỐI NĂM 2025 XÃ AN PHÚ",
                new Object[] {1, "Thôn 1", 505, 36, 30},
                new Object[] {2, "Thôn 2", 705, 30, 25},
                new Object[] {3, "Thôn A", 300, 10, 12},
                new Object[] {4, "Thôn B", 500, 14, 13});
        assertThat(launcher.run(in.resolve("2024"), out.resolve("run-2024")).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(launcher.run(in.resolve("2025"), out.resolve("run-2025")).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void reviewsTheMergedCommuneOnTodaysUnitsAcrossTwoRuns(@TempDir Path in, @TempDir Path out) throws Exception {
        consolidateBothYears(in, out);
        Path crosswalk = Files.writeString(in.resolve("ranh-gioi.csv"), CROSSWALK);

        Outcome outcome = reviews.write("xã An Phú", 2024, 2025, out.resolve("review"), crosswalk);

        assertThat(outcome.problem()).isEmpty();
        JsonNode review = json.readTree(Files.readString(out.resolve("review/danh-gia-xa-an-phu-2024-2025.json")));
        JsonNode y2024 = review.get("years").get(0);
        JsonNode y2025 = review.get("years").get(1);
        assertThat(y2024.get("households").asDouble()).isEqualTo(2_000.0);
        assertThat(y2024.get("poor").asDouble()).isEqualTo(120.0);
        assertThat(y2024.get("poorRate").asDouble()).isCloseTo(6.00, within(1e-9));
        assertThat(y2024.get("nearPoorRate").asDouble()).isCloseTo(5.00, within(1e-9));
        assertThat(y2025.get("households").asDouble()).isEqualTo(2_010.0);
        assertThat(y2025.get("poorRate").asDouble()).isCloseTo(90.0 / 2_010 * 100, within(1e-9));
        assertThat(y2025.get("poorRateChange").asDouble()).isCloseTo(90.0 / 2_010 * 100 - 6.0, within(1e-9));
        assertThat(review.get("unitYears")
                        .get(0)
                        .get("restatedFrom")
                        .valueStream()
                        .map(JsonNode::asString))
                .containsExactlyInAnyOrder("An Bình", "Phú Lợi");
        assertThat(review.get("unitYears").get(1).get("previousYear").asInt()).isEqualTo(2024);
        assertThat(review.get("unitYears").get(1).get("poorRateChange").asDouble())
                .isCloseTo(90.0 / 2_010 * 100 - 6.0, within(1e-9));
        JsonNode poorPlan = review.get("gaps").get(0);
        assertThat(poorPlan.get("kind").asString()).isEqualTo("POOR_HOUSEHOLDS");
        assertThat(poorPlan.get("planned").asDouble()).isEqualTo(80.0);
        assertThat(poorPlan.get("gap").asDouble()).isEqualTo(10.0);
        assertThat(review.get("gaps").get(1).get("gap").asDouble()).isEqualTo(0.0);
        assertThat(review.get("boundaryChanges")).hasSize(2);
        assertThat(out.resolve("review/danh-gia-xa-an-phu-2024-2025.xlsx")).exists();
        assertThat(out.resolve("review/bieu-do/danh-gia-xa-an-phu-2024-2025-ty-le-ngheo.png"))
                .exists();
        try (XSSFWorkbook wb = new XSSFWorkbook(
                out.resolve("review/danh-gia-xa-an-phu-2024-2025.xlsx").toFile())) {
            Sheet years = wb.getSheet("Tổng hợp theo năm");
            // Under the official heading, the table's first year (2024) follows its header and code row.
            int first = years.getRepeatingRows().getLastRow() + 1;
            assertThat(years.getRow(first).getCell(1).getNumericCellValue()).isEqualTo(2024);
            assertThat(years.getRow(first).getCell(2).getNumericCellValue()).isEqualTo(2_000);
            assertThat(years.getRow(first).getCell(4).getNumericCellValue()).isCloseTo(6.00, within(1e-9));
            // 2025's change against 2024, Excel rows numbered from 1
            assertThat(years.getRow(first + 1).getCell(5).getCellFormula())
                    .isEqualTo("E" + (first + 2) + "-E" + (first + 1));
        }
    }

    @Test
    void theFormerDistrictIsReviewedOverTheCommuneItsCommunesBecame(@TempDir Path in, @TempDir Path out)
            throws Exception {
        consolidateBothYears(in, out);
        Path crosswalk = Files.writeString(in.resolve("ranh-gioi.csv"), CROSSWALK);

        Outcome outcome = reviews.write("huyện Đông Lâm", 2024, 2025, out, crosswalk);

        assertThat(outcome.problem()).isEmpty();
        JsonNode review = json.readTree(Files.readString(out.resolve("danh-gia-huyen-dong-lam-cu-2024-2025.json")));
        assertThat(review.get("unit").asString()).isEqualTo("huyện Đông Lâm (cũ)");
        assertThat(review.get("years").get(0).get("poorRate").asDouble()).isCloseTo(6.00, within(1e-9));
        assertThat(review.get("years").get(1).get("poor").asDouble()).isEqualTo(90.0);
    }

    @Test
    void aReviewEndingBeforeTheMergerKeepsTheDistrictAndItsCommunes(@TempDir Path in, @TempDir Path out)
            throws Exception {
        consolidateBothYears(in, out);
        Path crosswalk = Files.writeString(in.resolve("ranh-gioi.csv"), CROSSWALK);

        Outcome outcome = reviews.write("Đông Lâm", 2024, 2024, out, crosswalk);

        assertThat(outcome.problem()).isEmpty();
        JsonNode review = json.readTree(Files.readString(out.resolve("danh-gia-huyen-dong-lam-2024-2024.json")));
        // the titles named it a huyện; on 31/12/2024 it still was one, with its two communes
        assertThat(review.get("unit").asString()).isEqualTo("huyện Đông Lâm");
        assertThat(review.get("units").valueStream().map(JsonNode::asString)).containsExactly("An Bình", "Phú Lợi");
        assertThat(review.get("years").get(0).get("households").asDouble()).isEqualTo(2_000.0);
        assertThat(review.get("boundaryChanges")).isEmpty();
    }

    @Test
    void withoutTheCrosswalkTheYearsStayOnTheirOwnUnits(@TempDir Path in, @TempDir Path out) throws Exception {
        consolidateBothYears(in, out);

        Outcome outcome = reviews.write("xã An Phú", 2024, 2025, out, null);

        JsonNode review = json.readTree(Files.readString(out.resolve("danh-gia-xa-an-phu-2024-2025.json")));
        assertThat(outcome.problem()).isEmpty();
        assertThat(review.get("years").get(0).get("households").isNull()).isTrue();
        assertThat(review.get("years").get(1).get("households").asDouble()).isEqualTo(2_010.0);
    }

    @Test
    void theSummaryOfEachYearComesFromItsOwnRun(@TempDir Path in, @TempDir Path out) throws Exception {
        consolidateBothYears(in, out);

        Outcome district = summaries.write("Đông Lâm", "2024", out.resolve("dong-lam"));
        Outcome commune = summaries.write("An Phú", "2025", out.resolve("an-phu"));

        assertThat(district.problem()).isEmpty();
        assertThat(commune.problem()).isEmpty();
        JsonNode d = json.readTree(Files.readString(out.resolve("dong-lam/tong-hop.json")));
        JsonNode c = json.readTree(Files.readString(out.resolve("an-phu/tong-hop.json")));
        // huyện Đông Lâm 2024: 2,000 households, 120 poor → 6.00 %
        assertThat(d.toString()).contains("\"households\":2000").contains("\"poor\":120");
        assertThat(c.toString()).contains("\"households\":2010").contains("\"poor\":90");
    }
}
