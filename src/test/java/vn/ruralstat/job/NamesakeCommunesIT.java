package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.finding.Finding;

/**
 * Issue #11: one workbook per commune, each naming its province in its title, for every commune
 * of the register whose name another commune shares (572 of 3,321). Told apart by name alone,
 * 407 of them were set aside as duplicate submissions; by code, each is one unit under its province.
 * The files are small CSV village tables generated here from units-2026.csv itself.
 */
@SpringBootTest(
        properties = {
            "ruralstat.cli.enabled=false",
            "spring.datasource.url=jdbc:h2:file:./target/it-h2/namesakes;DB_CLOSE_ON_EXIT=FALSE"
        })
class NamesakeCommunesIT {

    @Autowired
    ConsolidationLauncher launcher;

    @Autowired
    ConsolidationService consolidation;

    /** A commune of the register as its row says. */
    record Commune(String code, String fullName, String provinceCode, String province, String provinceKind) {}

    @Test
    void everyNamesakeCommuneIsOneUnitUnderItsProvince(@TempDir Path in, @TempDir Path out) throws Exception {
        List<Commune> namesakes = namesakes();
        assertThat(namesakes).hasSize(572);
        long households = 0;
        long poor = 0;
        for (int i = 0; i < namesakes.size(); i++) {
            Commune c = namesakes.get(i);
            // Two villages: 100 + i and 50 + i % 40 households, (i % 9) and (i % 5) + 1 poor.
            long[][] villages = {{100 + i, i % 9}, {50 + i % 40, i % 5 + 1}};
            for (long[] v : villages) {
                households += v[0];
                poor += v[1];
            }
            write(in.resolve("bieu-" + c.code() + ".csv"), c, villages);
        }

        JobExecution run = launcher.run(in, out);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Finding> findings = consolidation.build(run.getId()).findings();
        assertThat(findings).extracting(Finding::code).doesNotContain(JobOutputs.NAMESAKE_MIX_UPS);
        JsonNode json = JobOutputs.json(out);
        Map<String, List<JsonNode>> communesByCode = new HashMap<>();
        JsonNode whole = null;
        for (JsonNode unit : json.get("units")) {
            String level = unit.get("level").asString();
            if (level.equals("xã")) {
                communesByCode
                        .computeIfAbsent(unit.get("code").asString(), k -> new ArrayList<>())
                        .add(unit);
            }
            if (level.equals("toàn bộ")) whole = unit;
        }
        assertThat(communesByCode).hasSize(namesakes.size());
        for (Commune c : namesakes) {
            assertThat(communesByCode.get(c.code()))
                    .as(c.fullName() + " " + c.province())
                    .singleElement()
                    .satisfies(u -> {
                        assertThat(u.get("period").asString()).isEqualTo("2026");
                        assertThat(u.get("parent").asString()).isEqualTo(c.province());
                        assertThat(u.get("parentCode").asString()).isEqualTo(c.provinceCode());
                        assertThat(u.get("poverty").get("villages").asInt()).isEqualTo(2);
                    });
        }
        assertThat(whole).isNotNull();
        assertThat(whole.get("poverty").get("households").asLong()).isEqualTo(households);
        assertThat(whole.get("poverty").get("poor").asLong()).isEqualTo(poor);
    }

    /** The communes of units-2026.csv whose full name ("Xã Tân Lập") another commune has too. */
    private static List<Commune> namesakes() throws IOException {
        List<Commune> all = new ArrayList<>();
        try (InputStream s = NamesakeCommunesIT.class.getResourceAsStream("/register/units-2026.csv")) {
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new InputStreamReader(s, StandardCharsets.UTF_8))) {
                all.add(new Commune(
                        r.get("commune_code"),
                        r.get("commune_full_name"),
                        r.get("province_code"),
                        r.get("province"),
                        r.get("province_kind")));
            }
        }
        Map<String, Integer> count = new HashMap<>();
        all.forEach(c -> count.merge(c.fullName(), 1, Integer::sum));
        return all.stream().filter(c -> count.get(c.fullName()) > 1).toList();
    }

    /** "BÁO CÁO KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2026 XÃ TÂN LẬP, TỈNH PHÚ THỌ", a header and the villages. */
    private static void write(Path file, Commune c, long[][] villages) throws IOException {
        String province = (c.provinceKind().startsWith("thành phố") ? "Thành phố " : "Tỉnh ") + c.province();
        String title = "BÁO CÁO KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2026 " + c.fullName() + ", " + province;
        List<String> lines = new ArrayList<>();
        lines.add("\"" + title.toUpperCase(Locale.forLanguageTag("vi")) + "\",,,");
        lines.add(",,,");
        lines.add("STT,Thôn,Tổng số hộ,Hộ nghèo");
        for (int v = 0; v < villages.length; v++) {
            lines.add((v + 1) + ",Thôn " + (v + 1) + "," + villages[v][0] + "," + villages[v][1]);
        }
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
