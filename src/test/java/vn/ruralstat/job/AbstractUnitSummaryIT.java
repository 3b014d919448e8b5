package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ruralstat.command.Outcome;
import vn.ruralstat.samples.SampleInputs;
import vn.ruralstat.samples.SampleInputsWriter;
import vn.ruralstat.summary.UnitSummaryWriter;

/**
 * On-demand summaries of one unit and period, written from what is stored. On H2
 * ({@link UnitSummaryIT}) and on PostgreSQL ({@link PostgresUnitSummaryIT}), with the same figures.
 */
@SpringBootTest(properties = "ruralstat.cli.enabled=false")
abstract class AbstractUnitSummaryIT {

    @Autowired
    ConsolidationLauncher launcher;

    @Autowired
    UnitSummaryWriter summaries;

    @Test
    void writesTheSummaryOfOneDistrictWithoutReadingTheInputsAgain(@TempDir Path in, @TempDir Path out)
            throws Exception {
        SampleInputs.copySeedYear(in);
        launcher.run(in, out.resolve("all"));
        // The inputs are gone: the summary can only come from the database.
        org.springframework.util.FileSystemUtils.deleteRecursively(in);

        Outcome outcome = summaries.write("quang hoa", "2025", out.resolve("quang-hoa"));

        assertThat(outcome.problem()).isEmpty();
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(out.resolve("quang-hoa/tong-hop.json")));
        assertThat(json.get("scope").asString()).contains("Quảng Hòa");
        assertThat(json.get("units").findValuesAsString("name"))
                .contains("Quảng Hòa", "Phúc Sen")
                .doesNotContain("Ngân Sơn");
        JsonNode district = null;
        for (JsonNode unit : json.get("units")) {
            if (!unit.get("criteriaSummary").isNull()) district = unit.get("criteriaSummary");
        }
        assertThat(district.get("totalMet").asInt()).isEqualTo(183);
        assertThat(json.get("findings").findValuesAsString("code")).containsExactly("NOTE_MISMATCH");
    }

    @Test
    void listsTheCandidatesWhenANameMatchesSeveralUnits(@TempDir Path in, @TempDir Path out) throws Exception {
        SampleInputs.copy(in, List.of(SampleInputsWriter.NGAN_SON_XLSX, SampleInputsWriter.NGAN_SON_CSV));
        XSSFWorkbook district = new XSSFWorkbook();
        TestWorkbooks.rows(
                district.createSheet("Huyen"),
                0,
                new Object[] {"TỔNG HỢP HỘ NGHÈO HUYỆN NGÂN SƠN NĂM 2025"},
                new Object[] {},
                new Object[] {"STT", "Đơn vị", "Tổng số hộ", "Hộ nghèo"},
                new Object[] {"I", "Xã Vân Tùng"},
                new Object[] {1, "Thôn Nà Kha", 100, 5});
        TestWorkbooks.save(district, in.resolve("huyen/ngan-son.xlsx"));
        launcher.run(in, out.resolve("all"));

        Outcome outcome = summaries.write("Ngân Sơn", null, out.resolve("x"));

        assertThat(outcome.problem().orElseThrow().en()).contains("matches several units");
        // xã Ngân Sơn (01954) lies in tỉnh Thái Nguyên since 1/7/2025 (register/units-2026.csv).
        assertThat(outcome.candidates()).containsExactlyInAnyOrder("xã Ngân Sơn (Thái Nguyên)", "huyện Ngân Sơn");
        assertThat(out.resolve("x/tong-hop.xlsx")).doesNotExist();
    }

    @Test
    void findsACommuneByItsOfficialCode(@TempDir Path in, @TempDir Path out) throws Exception {
        SampleInputs.copy(in, List.of(SampleInputsWriter.NGAN_SON_XLSX));
        launcher.run(in, out.resolve("all"));

        // units-2026.csv: 01954 Xã Ngân Sơn, tỉnh Thái Nguyên (19).
        Outcome outcome = summaries.write("01954", null, out.resolve("x"));

        assertThat(outcome.problem()).isEmpty();
        assertThat(outcome.candidates()).containsExactly("xã Ngân Sơn (Thái Nguyên)");
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(out.resolve("x/tong-hop.json")));
        JsonNode commune = null;
        for (JsonNode unit : json.get("units")) {
            if (unit.get("level").asString().equals("xã")) commune = unit;
        }
        assertThat(commune.get("code").asString()).isEqualTo("01954");
        assertThat(commune.get("parentCode").asString()).isEqualTo("19");
        // Seed 003: 9,606 households, 415 poor at the end of 2025.
        assertThat(commune.get("poverty").get("households").asLong()).isEqualTo(9606);
    }
}
