package vn.ruralstat.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ruralstat.period.Period;

class RulebooksTest {

    private final Rulebooks rulebooks = TestRulebooks.national();

    @Test
    void shipsBothNtmRulebooksWithTheirPublishedCounts() {
        Rulebook old = rulebooks.byId("NTM-2021-2025").orElseThrow();
        Rulebook current = rulebooks.byId("NTM-2026-2030").orElseThrow();

        assertThat(old.criteria()).hasSize(19);
        assertThat(old.indicators()).hasSize(57);
        assertThat(current.criteria()).hasSize(10);
        assertThat(current.indicators()).hasSize(47);
        assertThat(rulebooks.byId("NTM-2016-2020")).isEmpty();
    }

    @Test
    void describesEachRulebookInItsHeader() {
        RulebookHeader h = rulebooks.byId("NTM-2026-2030").orElseThrow().header();

        assertThat(h.legalSource()).startsWith("Quyết định 51/2025/QĐ-TTg");
        assertThat(h.validFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(h.validTo()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(h.inForceFrom()).isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(h.keyKind()).isEqualTo(RulebookHeader.KeyKind.COMMUNE_GROUP);
        assertThat(h.keys()).containsExactly("group-1", "group-2", "group-3");
        assertThat(rulebooks.byId("NTM-2021-2025").orElseThrow().header().keyKind())
                .isEqualTo(RulebookHeader.KeyKind.REGION);
        assertThat(rulebooks.headers())
                .extracting(RulebookHeader::id)
                .containsExactly("NTM-2021-2025", "NTM-2026-2030", "POVERTY-2022-2025", "POVERTY-2027-2030");
    }

    @Test
    void theNineteenCriteriaOf2021To2025KeepTheirVerbatimNames() {
        Rulebook old = rulebooks.byId("NTM-2021-2025").orElseThrow();

        assertThat(old.criteria())
                .extracting(Criterion::nameVi)
                .startsWith("Quy hoạch", "Giao thông", "Thủy lợi và phòng, chống thiên tai")
                .endsWith("Quốc phòng và An ninh");
        assertThat(old.criteria())
                .allSatisfy(c -> assertThat(c.nameConfidence()).isEqualTo(Confidence.VERBATIM));
        assertThat(old.indicators())
                .allSatisfy(i -> assertThat(i.nameConfidence()).isEqualTo(Confidence.INFERRED));
        assertThat(old.criterion("5").orElseThrow().indicators())
                .extracting(Indicator::code)
                .containsExactly("5");
    }

    @Test
    void no2021To2025TargetIsShippedBecauseNoneIsVerbatimInTheReference() {
        Rulebook old = rulebooks.byId("NTM-2021-2025").orElseThrow();

        assertThat(old.indicators()).allSatisfy(i -> {
            Target t = i.targetFor("dbsh");
            assertThat(t.isUnset()).as(i.code()).isTrue();
            assertThat(t.confidence()).isEqualTo(Confidence.UNKNOWN);
        });
        CommuneStanding standing = CommuneStanding.assess(old, "dbsh", Map.of("1.1", IndicatorValue.parse("Đạt")));
        assertThat(standing.standard()).isEqualTo(Status.NOT_ASSESSABLE);
        assertThat(standing.criteria().get(0).indicators().get(0).cause()).isEqualTo(Verdict.Cause.TARGET_UNKNOWN);
    }

    @Test
    void everyShippedTargetTextIsUnderstoodOrTheTestListsIt() {
        List<String> unreadable = new ArrayList<>();
        for (Rulebook r : rulebooks.all()) {
            for (Indicator i : r.indicators()) {
                for (Target t : i.targets()) {
                    if (!t.isUnset() && !t.isKnown()) {
                        unreadable.add(r.id() + " " + i.code() + " " + t.key() + " '" + t.publishedText() + "'");
                    }
                }
            }
        }
        assertThat(unreadable)
                .as("published targets the parser cannot read (kept as text, never assessed)")
                .isEmpty();
    }

    @Test
    void everyIndicatorHasATargetRowForEveryKeyOrAGeneralOne() {
        for (Rulebook r : rulebooks.all()) {
            for (Indicator i : r.indicators()) {
                for (String key : r.header().keys()) {
                    assertThat(i.targetFor(key).source())
                            .as("%s %s %s", r.id(), i.code(), key)
                            .doesNotStartWith("no target row");
                }
            }
        }
    }

    @ParameterizedTest(name = "period \"{0}\" uses {1}")
    @CsvSource({
        "2021-2025, NTM-2021-2025",
        "2022-2025, NTM-2021-2025",
        "2025, NTM-2021-2025",
        "giai đoạn 2021 - 2025, NTM-2021-2025",
        "2026, NTM-2026-2030",
        "2026-2030, NTM-2026-2030",
        "năm 2028, NTM-2026-2030"
    })
    void findsTheRulebookOfAPeriod(String period, String id) {
        PeriodMatch<Rulebook> match = rulebooks.forPeriod(Period.parse(period));

        assertThat(match.found()).map(Rulebook::id).contains(id);
    }

    @Test
    void aPeriodSpanningBothRulebooksFindsNoneAndSaysWhy() {
        PeriodMatch<Rulebook> match = rulebooks.forPeriod(Period.parse("2024-2026"));

        assertThat(match.isFound()).isFalse();
        assertThat(match.reasonEn())
                .isEqualTo("Period 2024-2026 spans 2 rulebooks: NTM-2021-2025 (2021-2025), "
                        + "NTM-2026-2030 (2026-2030); split the data by phase");
        assertThat(match.reasonVi()).startsWith("Kỳ 2024-2026 trải qua 2 bộ");
    }

    @ParameterizedTest(name = "period \"{0}\" finds no rulebook")
    @CsvSource(
            delimiter = ';',
            value = {
                "2019; No rulebook covers period 2019",
                "2019-2022; Period 2019-2022 runs outside NTM-2021-2025 (2021-2025) and no rulebook covers the rest",
                "cuối năm; Period 'cuối năm' not understood: expected a year (2025) or a span (2021-2025)"
            })
    void aPeriodOutsideEveryRulebookFindsNone(String period, String reason) {
        PeriodMatch<Rulebook> match = rulebooks.forPeriod(Period.parse(period));

        assertThat(match.found()).isEmpty();
        assertThat(match.reasonEn()).isEqualTo(reason);
    }

    @Test
    void aGroupOneCommuneMeetsTheStandardOnlyWhenEveryCriterionIsMet() {
        Rulebook current = rulebooks.byId("NTM-2026-2030").orElseThrow();
        Map<String, IndicatorValue> values = new HashMap<>();
        for (Indicator i : current.indicators()) values.put(i.code(), IndicatorValue.parse("Đạt"));
        values.put("2.4", IndicatorValue.parse("99,5%"));
        values.put("3.1", IndicatorValue.parse("10"));
        values.put("3.3", IndicatorValue.parse("1 mô hình"));
        values.put("3.7", IndicatorValue.parse("1"));
        values.put("3.8", IndicatorValue.parse("61%"));
        values.put("3.10", IndicatorValue.parse("2"));
        values.put("4.1", IndicatorValue.parse("35%"));
        values.put("6.1", IndicatorValue.parse("1,8"));
        values.put("6.2", IndicatorValue.parse("96"));
        values.put("7.4", IndicatorValue.parse("01"));
        values.put("8.2", IndicatorValue.parse("90"));
        values.put("8.3", IndicatorValue.parse("100%"));

        CommuneStanding standing = CommuneStanding.assess(current, "group-1", values);

        assertThat(standing.indicatorsMet()).isEqualTo(46);
        assertThat(standing.criteriaMet()).isEqualTo(9);
        assertThat(standing.meetsStandard()).isFalse();
        assertThat(standing.standard()).isEqualTo(Status.NOT_MET);
        CriterionVerdict training = standing.criteria().get(3);
        assertThat(training.reasonVi()).isEqualTo("Tiêu chí 4: 1/2 chỉ tiêu đạt; chưa đạt: 4.1");
        assertThat(training.indicators().get(0).gap().phraseVi()).isEqualTo("4.1: 35% → ≥40%, thiếu 5 điểm %");

        values.put("4.1", IndicatorValue.parse("40%"));
        CommuneStanding met = CommuneStanding.assess(current, "group-1", values);
        assertThat(met.criteriaMet()).isEqualTo(10);
        assertThat(met.indicatorsMet()).isEqualTo(47);
        assertThat(met.meetsStandard()).isTrue();
    }

    @Test
    void aStandingKeepsValuesWhoseCodeIsNotInTheRulebook() {
        Rulebook current = rulebooks.byId("NTM-2026-2030").orElseThrow();

        CommuneStanding standing = CommuneStanding.assess(
                current, "group-1", Map.of("17.4", IndicatorValue.of(3), "1.1", IndicatorValue.parse("Đạt")));

        assertThat(standing.unmatchedCodes()).containsExactly("17.4");
        assertThat(standing.standard()).isEqualTo(Status.NOT_ASSESSABLE);
    }
}
