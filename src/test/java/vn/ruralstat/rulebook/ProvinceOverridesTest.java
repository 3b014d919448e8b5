package vn.ruralstat.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ProvinceOverridesTest {

    private final Rulebooks national = TestRulebooks.national();
    private final ProvinceOverrides example = ProvinceOverrides.fromClasspath("vi-du", "rulebook/overrides/vi-du.csv");

    @Test
    void aProvinceTargetChangesTheVerdict() {
        Rulebooks province = national.withOverrides(example);
        Indicator nationalTraining =
                national.byId("NTM-2026-2030").orElseThrow().indicator("4.1").orElseThrow();
        Indicator provinceTraining =
                province.byId("NTM-2026-2030").orElseThrow().indicator("4.1").orElseThrow();

        Verdict before = IndicatorEvaluator.evaluate(nationalTraining, "group-1", IndicatorValue.parse("42%"));
        Verdict after = IndicatorEvaluator.evaluate(provinceTraining, "group-1", IndicatorValue.parse("42%"));

        assertThat(before.status()).isEqualTo(Status.MET);
        assertThat(after.status()).isEqualTo(Status.NOT_MET);
        assertThat(after.reasonVi()).isEqualTo("4.1: 42% → ≥45%, thiếu 3 điểm %");
    }

    @Test
    void aProvinceCanSetATargetTheNationalDataLeavesUnknown() {
        Indicator farmers = national.withOverrides(example)
                .byId("NTM-2026-2030")
                .orElseThrow()
                .indicator("3.8")
                .orElseThrow();

        assertThat(IndicatorEvaluator.evaluate(farmers, "group-2", IndicatorValue.of(55))
                        .status())
                .isEqualTo(Status.MET);
        assertThat(IndicatorEvaluator.evaluate(farmers, "group-3", IndicatorValue.of(55))
                        .cause())
                .isEqualTo(Verdict.Cause.TARGET_UNKNOWN);
    }

    @Test
    void stampsTheVersionAndTheSourceOfWhatItChanged() {
        Rulebooks province = national.withOverrides(example);
        Target t = province.byId("NTM-2026-2030")
                .orElseThrow()
                .indicator("4.1")
                .orElseThrow()
                .targetFor("group-1");

        assertThat(province.byId("NTM-2026-2030").orElseThrow().version()).isEqualTo("1+vi-du");
        assertThat(province.byId("NTM-2021-2025").orElseThrow().version())
                .as("untouched")
                .isEqualTo("1");
        assertThat(province.provinces()).containsExactly("vi-du");
        assertThat(t.province()).isEqualTo("vi-du");
        assertThat(t.publishedText()).isEqualTo("≥ 45%");
        assertThat(t.source()).startsWith("rulebook/overrides/vi-du.csv line 2: VÍ DỤ");
        assertThat(national.byId("NTM-2026-2030").orElseThrow().version())
                .as("the national view is unchanged")
                .isEqualTo("1");
    }

    @Test
    void aProvinceWithoutAnOverridesFileKeepsTheNationalTargets() {
        assertThat(national.withOverrides("hai-phong")).isSameAs(national);
    }

    @Test
    void refusesAProvinceNameThatCouldLeaveTheFolder() {
        assertThatThrownBy(() -> national.withOverrides("../secret")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOverrideOfAnIndicatorThatDoesNotExistNamesTheFileAndLine() {
        ProvinceOverrides wrong = ProvinceOverrides.read(
                "vi-du",
                new StringReader(
                        """
                rulebook,indicator,key,target_text,source
                NTM-2026-2030,4.1,group-1,≥ 45%,QĐ 1
                NTM-2026-2030,11.1,group-1,≥ 45%,QĐ 1
                """),
                "vi-du.csv");

        assertThatThrownBy(() -> national.withOverrides(wrong))
                .isInstanceOf(RulebookDataException.class)
                .hasMessageStartingWith("vi-du.csv line 3: indicator '11.1' is not in NTM-2026-2030");
    }

    @Test
    void anOverrideWithAKeyOfTheOtherRulebookNamesTheExpectedKeys() {
        ProvinceOverrides wrong = ProvinceOverrides.read(
                "vi-du",
                new StringReader(
                        """
                rulebook,indicator,key,target_text,source
                NTM-2026-2030,4.1,dbsh,≥ 45%,QĐ 1
                """),
                "vi-du.csv");

        assertThatThrownBy(() -> national.withOverrides(wrong))
                .isInstanceOf(RulebookDataException.class)
                .hasMessageContaining(
                        "line 2: key 'dbsh' is not one of NTM-2026-2030's keys: * [group-1, group-2, group-3]");
    }

    @Test
    void anOverridesFileWithoutTheTargetColumnSaysWhichColumnsItExpects() {
        assertThatThrownBy(() -> ProvinceOverrides.read(
                        "vi-du",
                        new StringReader(
                                """
                rulebook,indicator,key,source
                NTM-2026-2030,4.1,group-1,QĐ 1
                """),
                        "vi-du.csv"))
                .isInstanceOf(RulebookDataException.class)
                .hasMessageStartingWith("vi-du.csv line 1: missing column(s) [target_text]; expected columns "
                        + "[rulebook, indicator, key, target_text, source], found [rulebook, indicator, key, source]");
    }
}
