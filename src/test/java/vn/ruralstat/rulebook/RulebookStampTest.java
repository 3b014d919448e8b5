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
        RulebookStamp stamp = new RulebookStamp(
                "NTM-2026-2030",
                "1+hai-phong",
                "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026-2030",
                "QĐ 51/2025/QĐ-TTg");

        assertThat(stamp.officialName())
                .isEqualTo("Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026-2030 (QĐ 51/2025/QĐ-TTg),"
                        + " bản điều chỉnh của tỉnh Hai Phong")
                .doesNotContain("NTM-", "v1", "hai-phong");
    }
}
