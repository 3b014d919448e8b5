package vn.ruralstat.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Officers read a rulebook by its title and legal source, never by its id. */
class RulebookStampTest {

    @Test
    void theNationalRulebookIsItsTitleWithItsLegalSource() {
        RulebookStamp stamp =
                TestRulebooks.national().byId("NTM-2021-2025").orElseThrow().stamp();

        // rulebooks.csv: title and short_source of NTM-2021-2025
        assertThat(stamp.officialName())
                .isEqualTo("Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025 (QĐ 318/QĐ-TTg)");
    }

    @Test
    void aProvincesVersionIsNamedAsTheProvincesAmendment() {
        // The override file of a province is named without diacritics: rulebooks/overrides/hai-phong.csv.
        ProvinceOverrides overrides = ProvinceOverrides.read(
                "hai-phong",
                new java.io.StringReader(
                        "rulebook,indicator,key,target_text,source\n" + "NTM-2026-2030,4.1,*,≥ 45%,QĐ của tỉnh\n"),
                "hai-phong.csv");

        RulebookStamp stamp = TestRulebooks.national()
                .withOverrides(overrides)
                .byId("NTM-2026-2030")
                .orElseThrow()
                .stamp();

        assertThat(stamp.label()).isEqualTo("NTM-2026-2030 v1+hai-phong");
        assertThat(stamp.officialName())
                .isEqualTo("Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026-2030 (QĐ 51/2025/QĐ-TTg),"
                        + " bản điều chỉnh của tỉnh Hai Phong")
                .doesNotContain("NTM-", "v1", "hai-phong");
    }

    @Test
    void anOfficesTargetsFileIsNamedAsSuchNotAsAProvince(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("nhom-2-3.csv");
        java.nio.file.Files.writeString(
                file, "rulebook,indicator,key,target_text,source\nNTM-2026-2030,4.1,group-2,≥ 45%,Sở NN\n");

        RulebookStamp stamp = TestRulebooks.national()
                .withTargetsFile(file)
                .byId("NTM-2026-2030")
                .orElseThrow()
                .stamp();

        assertThat(stamp.officialName())
                .isEqualTo("Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026-2030 (QĐ 51/2025/QĐ-TTg),"
                        + " mức yêu cầu bổ sung theo tệp nhom-2-3.csv")
                .doesNotContain("tỉnh");
    }
}
