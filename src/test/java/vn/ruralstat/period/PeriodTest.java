package vn.ruralstat.period;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void readsAYearASpanAndASpanInWords() {
        assertThat(Period.parse("2025")).isEqualTo(new Period("2025", 2025, 2025));
        assertThat(Period.parse("2022-2025")).isEqualTo(new Period("2022-2025", 2022, 2025));
        assertThat(Period.parse(" giai đoạn 2021 - 2025")).isEqualTo(new Period("giai đoạn 2021 - 2025", 2021, 2025));
    }

    @Test
    void keepsWordsWithoutYearsAsWrittenAndWithoutYears() {
        Period p = Period.parse("kỳ đầu");
        assertThat(p.hasYears()).isFalse();
        assertThat(p.contains(2025)).isFalse();
        assertThat(Period.parse("2025-2022").hasYears()).isFalse();
        assertThat(Period.parse("  ")).isNull();
    }

    @Test
    void aSpanContainsItsYearsAndLiesWithinAPhase() {
        Period plan = Period.parse("2022-2025");
        assertThat(plan.contains(Period.parse("2023"))).isTrue();
        assertThat(plan.contains(Period.parse("2026"))).isFalse();
        assertThat(plan.fallsIn(2021, 2025)).isTrue();
        assertThat(Period.parse("2025-2026").fallsIn(2021, 2025)).isFalse();
        assertThat(Period.parse("2025-2026").overlaps(2021, 2025)).isTrue();
    }

    @Test
    void aYearReadsAsNamWhereOtherLabelsStayAsWritten() {
        assertThat(Period.parse("2025").shown()).isEqualTo("năm 2025");
        assertThat(Period.parse("6 tháng đầu năm 2025").shown()).isEqualTo("6 tháng đầu năm 2025");
        assertThat(Period.parse("2022 - 2025").sameLabel(Period.parse("2022-2025")))
                .isTrue();
    }
}
