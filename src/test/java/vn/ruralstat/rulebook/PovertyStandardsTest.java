package vn.ruralstat.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ruralstat.period.Period;
import vn.ruralstat.rulebook.PovertyThreshold.Area;
import vn.ruralstat.rulebook.PovertyThreshold.HouseholdClass;

/** The shipped poverty standards against a verbatim copy of the reference's poverty-standards.csv. */
class PovertyStandardsTest {

    private static final Pattern AT_MOST = Pattern.compile("income <= (\\d+)$");
    private static final Pattern BAND = Pattern.compile("^(\\d+) < income <= (\\d+)$");
    private static final Pattern POOR = Pattern.compile("deprived >= (\\d+)");
    private static final Pattern NEAR_POOR = Pattern.compile("deprived < (\\d+)");

    private final Rulebooks rulebooks = TestRulebooks.national();

    @Test
    void everyVerifiedThresholdIsTheOneOfTheReference() throws IOException {
        int checked = 0;
        try (Reader in = new InputStreamReader(
                getClass().getResourceAsStream("/rulebook/reference-poverty-standards.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                String id = r.get("period").startsWith("2022-2025")
                        ? "POVERTY-2022-2025"
                        : r.get("period").equals("2027-2030") ? "POVERTY-2027-2030" : null;
                if (id == null) continue; // 2016-2020 is not shipped
                HouseholdClass cls =
                        switch (r.get("household_class")) {
                            case "hộ nghèo" -> HouseholdClass.POOR;
                            case "hộ cận nghèo" -> HouseholdClass.NEAR_POOR;
                            default -> HouseholdClass.MIDDLE_INCOME;
                        };
                for (String area : r.get("area").split("/")) {
                    Area a = area.equals("nông thôn") ? Area.RURAL : Area.URBAN;
                    PovertyThreshold t = rulebooks
                            .povertyStandard(id)
                            .orElseThrow()
                            .threshold(a, cls)
                            .orElseThrow();
                    String income = r.get("income_rule_vnd_per_person_month");
                    Matcher atMost = AT_MOST.matcher(income);
                    Matcher band = BAND.matcher(income);
                    if (income.equals("not found")) {
                        assertThat(t.isUnknown()).as("%s %s %s", id, area, cls).isTrue();
                        assertThat(t.incomeAtMost()).isNull();
                    } else if (band.matches()) {
                        assertThat(t.incomeAbove()).isEqualByComparingTo(band.group(1));
                        assertThat(t.incomeAtMost()).isEqualByComparingTo(band.group(2));
                    } else {
                        assertThat(atMost.find()).isTrue();
                        assertThat(t.incomeAtMost())
                                .as("%s %s %s", id, area, cls)
                                .isEqualByComparingTo(atMost.group(1));
                        assertThat(t.incomeAbove()).isNull();
                    }
                    Matcher poor = POOR.matcher(r.get("deprivation_rule"));
                    Matcher nearPoor = NEAR_POOR.matcher(r.get("deprivation_rule"));
                    if (poor.find()) assertThat(t.minDeprivations()).isEqualTo(Integer.parseInt(poor.group(1)));
                    if (nearPoor.find())
                        assertThat(t.maxDeprivations()).isEqualTo(Integer.parseInt(nearPoor.group(1)) - 1);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(12);
    }

    @Test
    void thePovertyLinesAreThoseOfTheDecrees() {
        PovertyStandard current = rulebooks.povertyStandard("POVERTY-2022-2025").orElseThrow();
        PovertyStandard next = rulebooks.povertyStandard("POVERTY-2027-2030").orElseThrow();

        assertThat(current.incomeLine(Area.RURAL)).isEqualByComparingTo(new BigDecimal("1500000"));
        assertThat(current.incomeLine(Area.URBAN)).isEqualByComparingTo(new BigDecimal("2000000"));
        assertThat(current.minDeprivationsForPoor(Area.RURAL)).isEqualTo(3);
        assertThat(current.threshold(Area.RURAL, HouseholdClass.POOR)
                        .orElseThrow()
                        .deprivationIndicators())
                .isEqualTo(12);
        assertThat(next.incomeLine(Area.RURAL)).isEqualByComparingTo(new BigDecimal("2200000"));
        assertThat(next.incomeLine(Area.URBAN)).isEqualByComparingTo(new BigDecimal("2800000"));
        assertThat(next.threshold(Area.URBAN, HouseholdClass.POOR).orElseThrow().areaLabel())
                .isEqualTo("đô thị");
        assertThat(next.threshold(Area.RURAL, HouseholdClass.POOR).orElseThrow().deprivationIndicators())
                .as("the 2027-2030 indicator list was not found")
                .isNull();
    }

    @Test
    void marksWhatIsInferredOrUnknown() {
        PovertyStandard current = rulebooks.povertyStandard("POVERTY-2022-2025").orElseThrow();
        PovertyStandard next = rulebooks.povertyStandard("POVERTY-2027-2030").orElseThrow();

        assertThat(current.threshold(Area.RURAL, HouseholdClass.MIDDLE_INCOME)
                        .orElseThrow()
                        .incomeConfidence())
                .as("the band is verbatim, which end is inclusive is not")
                .isEqualTo(Confidence.INFERRED);
        assertThat(next.threshold(Area.URBAN, HouseholdClass.NEAR_POOR)
                        .orElseThrow()
                        .ruleConfidence())
                .isEqualTo(Confidence.INFERRED);
        assertThat(next.threshold(Area.RURAL, HouseholdClass.MIDDLE_INCOME)
                        .orElseThrow()
                        .isUnknown())
                .isTrue();
    }

    @ParameterizedTest(name = "period \"{0}\" uses {1}")
    @CsvSource({
        "2022-2025, POVERTY-2022-2025",
        "2026, POVERTY-2022-2025",
        "2027, POVERTY-2027-2030",
        "2027-2030, POVERTY-2027-2030"
    })
    void findsTheStandardOfAPeriodWith2026StillOnTheOldOne(String period, String id) {
        assertThat(rulebooks.povertyStandardFor(Period.parse(period)).found())
                .map(PovertyStandard::id)
                .contains(id);
    }

    @Test
    void aPeriodAcrossTheChangeOfStandardFindsNone() {
        PeriodMatch<PovertyStandard> match = rulebooks.povertyStandardFor(Period.parse("2026-2030"));

        assertThat(match.found()).isEmpty();
        assertThat(match.reasonEn()).contains("spans 2 rulebooks");
        assertThat(rulebooks.povertyStandardFor(Period.parse("2021")).found())
                .as("2021 used QĐ 59/2015, not shipped")
                .isEmpty();
    }
}
