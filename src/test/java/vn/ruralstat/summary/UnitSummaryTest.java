package vn.ruralstat.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ruralstat.poverty.OneVillageCommunes.commune;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.poverty.CommunePoverty;

class UnitSummaryTest {

    /** xã Ngân Sơn (2025) and huyện Ngân Sơn (its 2024 communes): one name, two units. */
    static final Consolidation RUN = new Consolidation(
            1,
            "x",
            List.of(commune("Ngân Sơn", null, "2025", 9_606, 415), commune("Cốc Đán", "Ngân Sơn", "2024", 3_000, 200)),
            List.of(),
            List.of(),
            List.of(),
            List.of());

    @Test
    void aNameOfTwoUnitsListsBothAndItsLevelWordChoosesOne() {
        assertThat(UnitSummary.matches(RUN, "Ngân Sơn")).containsExactly("xã Ngân Sơn", "đơn vị cấp trên Ngân Sơn");
        assertThat(UnitSummary.matches(RUN, "xã Ngân Sơn")).containsExactly("xã Ngân Sơn");
        assertThat(UnitSummary.matches(RUN, "huyện Ngân Sơn")).containsExactly("đơn vị cấp trên Ngân Sơn");

        assertThat(UnitSummary.of(RUN, "xã Ngân Sơn", null).poverty())
                .extracting(CommunePoverty::commune)
                .containsExactly("Ngân Sơn");
        assertThat(UnitSummary.of(RUN, "huyện Ngân Sơn", null).poverty())
                .extracting(CommunePoverty::commune)
                .containsExactly("Cốc Đán");
    }

    @Test
    void aCodeFindsACommuneKnownOnlyFromACriteriaMatrix() {
        // 01603: Xã Phúc Sen of huyện Quảng Hòa before the reform (crosswalk-2025-07-01.csv); the run has no
        // poverty table of it, only its matrix row.
        vn.ruralstat.criteria.CommuneCriteria phucSen = new vn.ruralstat.criteria.CommuneCriteria(
                        "Phúc Sen", 13, List.of(), null, 9, null, null)
                .withCode("01603");
        Consolidation run = new Consolidation(
                1,
                "x",
                List.of(),
                List.of(),
                List.of(new vn.ruralstat.criteria.DistrictCriteria(
                        "Quảng Hòa", "2022-2025", null, List.of(phucSen), java.util.Map.of(), null, null, null)),
                List.of(),
                List.of());

        assertThat(UnitSummary.nameOfCode(run, "01603")).contains("xã Phúc Sen");
        assertThat(UnitSummary.nameOfCode(run, "01606")).isEmpty();
    }

    @Test
    void aYearLiesWithinAPeriodOfYearsEitherWayButHalfAYearMatchesOnlyItself() {
        assertThat(UnitSummary.inPeriod("2022-2025", "2025")).isTrue();
        assertThat(UnitSummary.inPeriod("2025", "2022 - 2025")).isTrue();
        assertThat(UnitSummary.inPeriod("2024", "2025")).isFalse();
        assertThat(UnitSummary.inPeriod("6 tháng đầu năm 2025", "2025")).isFalse();
        assertThat(UnitSummary.inPeriod("6 tháng đầu năm 2025", "6 tháng đầu năm 2025"))
                .isTrue();
        assertThat(UnitSummary.inPeriod(null, "2025")).isFalse();
        assertThat(UnitSummary.inPeriod(null, null)).isTrue();
    }
}
