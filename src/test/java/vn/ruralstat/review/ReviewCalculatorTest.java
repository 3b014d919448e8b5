package vn.ruralstat.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ruralstat.boundary.BoundaryChange;
import vn.ruralstat.boundary.Crosswalk;
import vn.ruralstat.poverty.PovertyFigures;
import vn.ruralstat.review.Review.PlanGap;
import vn.ruralstat.review.Review.SeriesBreak;
import vn.ruralstat.review.ReviewInputs.CriteriaPlan;
import vn.ruralstat.review.ReviewInputs.CriteriaRecord;
import vn.ruralstat.review.ReviewInputs.PovertyRecord;
import vn.ruralstat.rulebook.TestRulebooks;

/**
 * A small multi-year fixture with a merger, every expected figure worked out by hand in the
 * comments. Illustrative units: on 1/7/2025 xã An Bình and xã Phú Lợi (huyện Đông) become xã An Phú.
 */
class ReviewCalculatorTest {

    static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

    static BoundaryChange change(String old, String oldParent, String now, String newParent, double share) {
        return new BoundaryChange(
                MERGER, old, oldParent, now, newParent, share, "illustrative", "", "test", "", "test:1", "", "", "");
    }

    static final Crosswalk MERGER_CROSSWALK = new Crosswalk(List.of(
            change("Xã An Bình", "huyện Đông", "Xã An Phú", "tỉnh Tây", 1),
            change("Xã Phú Lợi", "huyện Đông", "Xã An Phú", "tỉnh Tây", 1)));

    static PovertyRecord poverty(
            String commune,
            String parent,
            int year,
            long households,
            long poor,
            long nearPoor,
            Long poorCut,
            Long nearPoorCut) {
        return new PovertyRecord(
                commune,
                parent,
                year,
                new PovertyFigures(households, poor, nearPoor),
                poorCut,
                nearPoorCut,
                commune + "-" + year + ".xlsx");
    }

    static ReviewInputs mergerInputs() {
        return new ReviewInputs(
                List.of(
                        // end of 2024, old communes, with planned reductions for 2025
                        poverty("An Bình", "Đông", 2024, 1_200, 96, 60, 30L, 12L),
                        poverty("Phú Lợi", "Đông", 2024, 800, 24, 40, 10L, 8L),
                        // end of 2025, the merged commune
                        poverty("An Phú", null, 2025, 2_010, 90, 80, null, null)),
                List.of(
                        new CriteriaRecord("An Bình", "Đông", 2023, 15, 19, "NTM-2021-2025", "kq-2023.xlsx"),
                        new CriteriaRecord("Phú Lợi", "Đông", 2023, 12, 19, "NTM-2021-2025", "kq-2023.xlsx"),
                        new CriteriaRecord("An Phú", "Tây", 2026, 7, 10, "NTM-2026-2030", "chi-tieu-2026.xlsx")),
                List.of());
    }

    ReviewCalculator calculator = new ReviewCalculator(MERGER_CROSSWALK, TestRulebooks.national());

    @Test
    void restatesTheMergedCommunesEarlierYearHouseholdWeighted() {
        Review r = calculator.review(mergerInputs(), "xã An Phú", 2024, 2025).review();

        assertThat(r.unit()).isEqualTo("xã An Phú");
        assertThat(r.units()).containsExactly("An Phú");
        Review.YearFigures y2024 = r.years().get(0);
        // 1,200 + 800 = 2,000 households; 96 + 24 = 120 poor; 60 + 40 = 100 near-poor
        assertThat(y2024.households()).isEqualTo(2_000.0);
        assertThat(y2024.poor()).isEqualTo(120.0);
        // 120 / 2,000 × 100 = 6.00 % — not the mean of 8.00 % (96/1,200) and 3.00 % (24/800), 5.50 %
        assertThat(y2024.poorRate()).isCloseTo(6.00, within(1e-9));
        assertThat(y2024.nearPoorRate()).isCloseTo(5.00, within(1e-9)); // 100 / 2,000
        assertThat(y2024.partial()).isFalse();
        Review.YearFigures y2025 = r.years().get(1);
        assertThat(y2025.poorRate()).isCloseTo(90.0 / 2_010 * 100, within(1e-9)); // 4.4776 %
        // change: 4.4776 − 6.00 = −1.5224 percentage points; poor households 90 − 120 = −30
        assertThat(y2025.poorRateChange()).isCloseTo(90.0 / 2_010 * 100 - 6.0, within(1e-9));
        assertThat(y2025.poorChange()).isEqualTo(-30.0);
        assertThat(y2025.previousYear()).isEqualTo(2024);
        assertThat(r.unitYears())
                .filteredOn(u -> u.year() == 2024)
                .singleElement()
                .satisfies(u -> assertThat(u.from()).containsExactly("An Bình", "Phú Lợi"));
        assertThat(r.changes()).hasSize(2);
    }

    @Test
    void comparesThePlannedReductionWithTheNextYearsCount() {
        Review r = calculator.review(mergerInputs(), "xã An Phú", 2024, 2025).review();

        // planned poor at the end of 2025: (96 − 30) + (24 − 10) = 80; counted 90 → 10 more than planned
        assertThat(r.gaps())
                .filteredOn(g -> g.kind() == PlanGap.Kind.POOR_HOUSEHOLDS)
                .singleElement()
                .satisfies(g -> {
                    assertThat(g.year()).isEqualTo(2025);
                    assertThat(g.planned()).isEqualTo(80.0);
                    assertThat(g.achieved()).isEqualTo(90.0);
                    assertThat(g.gap()).isEqualTo(10.0);
                });
        // near-poor: (60 − 12) + (40 − 8) = 80 planned, 80 counted → on plan
        assertThat(r.gaps())
                .filteredOn(g -> g.kind() == PlanGap.Kind.NEAR_POOR_HOUSEHOLDS)
                .singleElement()
                .satisfies(g -> assertThat(g.gap()).isEqualTo(0.0));
    }

    @Test
    void theFormerDistrictIsAVirtualUnitOverTodaysCommunes() {
        Review r = calculator.review(mergerInputs(), "huyện Đông", 2024, 2025).review();

        assertThat(r.unit()).isEqualTo("huyện Đông (cũ)");
        assertThat(r.units()).containsExactly("An Phú");
        assertThat(r.years().get(0).poorRate()).isCloseTo(6.00, within(1e-9));
        assertThat(r.years().get(1).households()).isEqualTo(2_010.0);
    }

    @Test
    void marksTheBreaksWhenTheCriteriaSetAndTheBoundariesChange() {
        Review r = calculator.review(mergerInputs(), "An Phú", 2023, 2026).review();

        // 2023: two old communes, (15 + 12) / 2 = 13.5 per commune; 2026: one commune, 7 of the 2026-2030 set
        assertThat(r.years().get(0).averageMet()).isEqualTo(13.5);
        assertThat(r.years().get(3).averageMet()).isEqualTo(7.0);
        assertThat(r.breaks())
                .extracting(SeriesBreak::kind)
                .containsExactlyInAnyOrder(SeriesBreak.Kind.CRITERIA_SET, SeriesBreak.Kind.BOUNDARIES);
        assertThat(r.breaks())
                .filteredOn(b -> b.kind() == SeriesBreak.Kind.CRITERIA_SET)
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.fromYear()).isEqualTo(2023);
                    assertThat(b.year()).isEqualTo(2026);
                    assertThat(b.before()).isEqualTo("NTM-2021-2025");
                    assertThat(b.after()).isEqualTo("NTM-2026-2030");
                });
        assertThat(r.communes()).extracting(Review.CommuneYear::todayUnit).containsOnly("An Phú");
    }

    @Test
    void aReviewThatEndsBeforeTheMergerKeepsTheUnitsOfTheTime() {
        ReviewCalculator.Outcome before = calculator.review(mergerInputs(), "huyện Đông", 2023, 2024);

        assertThat(before.review().units()).containsExactly("An Bình", "Phú Lợi");
        assertThat(before.review().unit()).isEqualTo("đơn vị Đông");
        assertThat(before.review().changes()).isEmpty();
    }

    @Test
    void aSplitUnitIsRestatedByItsShares() {
        // xã Hòa Mỹ splits: 60 % to xã Mỹ An, 40 % to xã Tân Hòa; 1,000 households, 50 poor in 2024
        Crosswalk split = new Crosswalk(List.of(
                change("Xã Hòa Mỹ", "huyện Bắc", "Xã Mỹ An", "tỉnh Nam", 0.6),
                change("Xã Hòa Mỹ", "huyện Bắc", "Xã Tân Hòa", "tỉnh Nam", 0.4)));
        ReviewInputs in = new ReviewInputs(
                List.of(poverty("Hòa Mỹ", "Bắc", 2024, 1_000, 50, 30, null, null)), List.of(), List.of());

        Review r = new ReviewCalculator(split, TestRulebooks.national())
                .review(in, "tỉnh Nam", 2024, 2025)
                .review();

        assertThat(r.unitYears())
                .extracting(Review.UnitYear::unit, Review.UnitYear::households, Review.UnitYear::poor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Mỹ An", 600.0, 30.0),
                        org.assertj.core.groups.Tuple.tuple("Tân Hòa", 400.0, 20.0));
        // the whole is unchanged: 1,000 households, 50 poor, 5.00 %
        assertThat(r.years().get(0).poorRate()).isCloseTo(5.0, within(1e-9));
    }

    /**
     * Today's xã Việt Lâm (00967, tỉnh Tuyên Quang) in the national crosswalk: xã Quảng Ngần whole and
     * part of xã Việt Lâm of huyện Vị Xuyên, which was divided ("có") with xã Vị Xuyên and no shares.
     * 2024 (illustrative): Quảng Ngần 600 households, 60 poor, 30 near-poor; Việt Lâm 900, 90, 45.
     */
    static ReviewInputs dividedInputs() {
        return new ReviewInputs(
                List.of(
                        poverty("Quảng Ngần", "huyện Vị Xuyên", 2024, 600, 60, 30, null, null),
                        poverty("Việt Lâm", "huyện Vị Xuyên", 2024, 900, 90, 45, null, null),
                        poverty("Việt Lâm", "tỉnh Tuyên Quang", 2025, 1_400, 100, 50, null, null)),
                List.of(),
                List.of());
    }

    @Test
    void aDividedCommuneWithoutSharesIsLeftOutOfTheTotalsWithTheReasonShown() {
        Review r = new ReviewCalculator(vn.ruralstat.boundary.CrosswalkLoader.load(null), TestRulebooks.national())
                .review(dividedInputs(), "xã Việt Lâm", 2024, 2025)
                .review();

        // 2024: Quảng Ngần alone (600 households, 60 poor); the divided Việt Lâm is not guessed
        Review.YearFigures y2024 = r.years().get(0);
        assertThat(y2024.households()).isEqualTo(600.0);
        assertThat(y2024.poor()).isEqualTo(60.0);
        assertThat(y2024.partial()).isTrue();
        assertThat(r.unitYears().get(0).from()).containsExactly("Quảng Ngần");
        assertThat(r.notes()).anySatisfy(n -> assertThat(n)
                .startsWith("Xã Việt Lâm (huyện Vị Xuyên) được chia cho")
                .contains("Xã Vị Xuyên")
                .contains("không cộng vào số liệu quy đổi"));
        assertThat(r.years().get(1).households()).isEqualTo(1_400.0);
    }

    @Test
    void anOfficesSharesRestateTheDividedCommune(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path office = java.nio.file.Files.writeString(
                dir.resolve("chia-tach.csv"),
                """
                effective_date,old_unit,old_parent,new_unit,new_parent,share,confidence,legal_basis,source,note
                2025-07-01,Xã Việt Lâm,huyện Vị Xuyên,Xã Việt Lâm,tỉnh Tuyên Quang,0.7,illustrative,,test,
                2025-07-01,Xã Việt Lâm,huyện Vị Xuyên,Xã Vị Xuyên,tỉnh Tuyên Quang,0.3,illustrative,,test,
                """);

        Review r = new ReviewCalculator(vn.ruralstat.boundary.CrosswalkLoader.load(office), TestRulebooks.national())
                .review(dividedInputs(), "xã Việt Lâm", 2024, 2025)
                .review();

        // 600 + 0.7 × 900 = 1,230 households; 60 + 0.7 × 90 = 123 poor; 30 + 0.7 × 45 = 61.5 near-poor
        Review.YearFigures y2024 = r.years().get(0);
        assertThat(y2024.households()).isCloseTo(1_230.0, within(1e-9));
        assertThat(y2024.poor()).isCloseTo(123.0, within(1e-9));
        assertThat(y2024.nearPoor()).isCloseTo(61.5, within(1e-9));
        assertThat(y2024.partial()).isFalse();
        assertThat(r.notes()).noneSatisfy(n -> assertThat(n).contains("được chia cho"));
    }

    @Test
    void aNameOfBothACommuneAndAFormerDistrictIsListedNotGuessed() {
        Crosswalk cw =
                new Crosswalk(List.of(change("Xã Cốc Đán", "huyện Ngân Sơn", "Xã Ngân Sơn", "tỉnh Thái Nguyên", 1)));
        ReviewInputs in = new ReviewInputs(
                List.of(
                        poverty("Cốc Đán", "Ngân Sơn", 2024, 500, 40, 20, null, null),
                        poverty("Ngân Sơn", null, 2025, 520, 30, 20, null, null)),
                List.of(),
                List.of());
        ReviewCalculator c = new ReviewCalculator(cw, TestRulebooks.national());

        ReviewCalculator.Outcome ambiguous = c.review(in, "Ngân Sơn", 2024, 2025);

        assertThat(ambiguous.review()).isNull();
        assertThat(ambiguous.candidates()).containsExactly("huyện Ngân Sơn (cũ)", "xã Ngân Sơn");
        assertThat(c.review(in, "xã Ngân Sơn", 2024, 2025).review().units()).containsExactly("Ngân Sơn");
        assertThat(c.review(in, "huyện Ngân Sơn", 2024, 2025).review().unit()).isEqualTo("huyện Ngân Sơn (cũ)");
        assertThat(c.review(in, "xã Bắc Sơn", 2024, 2025).problemEn()).contains("No unit");
    }

    @Test
    void aPlanIsComparedWithTheYearlyResultsOfTheSameCommunes() {
        // plan 2022-2025 drawn up with 10 and 12 criteria met; A plans 3 in 2022 and 6 in 2023, B plans 7 in 2023
        CriteriaPlan a =
                new CriteriaPlan("A", "Đông", 2022, 2025, 10, 19, Map.of(2022, 3, 2023, 6), 2023, false, "p.xlsx");
        CriteriaPlan b = new CriteriaPlan("B", "Đông", 2022, 2025, 12, 19, Map.of(2023, 7), 2025, false, "p.xlsx");
        ReviewInputs in = new ReviewInputs(
                List.of(),
                List.of(
                        new CriteriaRecord("A", "Đông", 2021, 10, 19, "NTM-2021-2025", "p.xlsx"),
                        new CriteriaRecord("B", "Đông", 2021, 12, 19, "NTM-2021-2025", "p.xlsx"),
                        new CriteriaRecord("A", "Đông", 2023, 19, 19, "NTM-2021-2025", "kq.xlsx"),
                        new CriteriaRecord("B", "Đông", 2023, 17, 19, "NTM-2021-2025", "kq.xlsx")),
                List.of(a, b));

        Review r = new ReviewCalculator(Crosswalk.empty(), TestRulebooks.national())
                .review(in, "Đông", 2021, 2023)
                .review();

        // 2023 planned: A 10 + 3 + 6 = 19, B 12 + 7 = 19 → 38; achieved 19 + 17 = 36 → gap −2
        assertThat(r.gaps())
                .filteredOn(g -> g.kind() == PlanGap.Kind.CRITERIA_MET && g.year() == 2023)
                .singleElement()
                .satisfies(g -> {
                    assertThat(g.planned()).isEqualTo(38.0);
                    assertThat(g.gap()).isEqualTo(-2.0);
                });
        // 2022 planned 10 + 3 + 12 = 25, no results for 2022 → not achieved, not zero
        assertThat(r.gaps())
                .filteredOn(g -> g.kind() == PlanGap.Kind.CRITERIA_MET && g.year() == 2022)
                .singleElement()
                .satisfies(g -> {
                    assertThat(g.planned()).isEqualTo(25.0);
                    assertThat(g.achieved()).isNull();
                });
        // NTM communes by 2023: A (target 2023) planned, B not yet; reached: A has 19/19 → 1 of 1
        assertThat(r.gaps())
                .filteredOn(g -> g.kind() == PlanGap.Kind.NTM_COMMUNES && g.year() == 2023)
                .singleElement()
                .satisfies(g -> {
                    assertThat(g.planned()).isEqualTo(1.0);
                    assertThat(g.achieved()).isEqualTo(1.0);
                });
        // averages: 2021 (10 + 12) / 2 = 11.0; 2023 (19 + 17) / 2 = 18.0, +7.0
        assertThat(r.years().get(0).averageMet()).isEqualTo(11.0);
        assertThat(r.years().get(2).averageMetChange()).isEqualTo(7.0);
    }

    @Test
    void aCommuneMadeFromTwoFormerDistrictsCountsWithTheOneMostOfItCameFrom() {
        // X1, X2 (huyện Đông) and Y1 (huyện Tây) → C; Y2 (huyện Tây) → D
        Crosswalk cw = new Crosswalk(List.of(
                change("Xã X1", "huyện Đông", "Xã C", "tỉnh T", 1),
                change("Xã X2", "huyện Đông", "Xã C", "tỉnh T", 1),
                change("Xã Y1", "huyện Tây", "Xã C", "tỉnh T", 1),
                change("Xã Y2", "huyện Tây", "Xã D", "tỉnh T", 1)));
        ReviewInputs in = new ReviewInputs(
                List.of(
                        poverty("X1", "Đông", 2024, 100, 10, 0, null, null),
                        poverty("X2", "Đông", 2024, 200, 20, 0, null, null),
                        poverty("Y1", "Tây", 2024, 300, 30, 0, null, null),
                        poverty("Y2", "Tây", 2024, 400, 8, 0, null, null)),
                List.of(),
                List.of());
        ReviewCalculator c = new ReviewCalculator(cw, TestRulebooks.national());

        Review east = c.review(in, "huyện Đông", 2024, 2025).review();
        Review west = c.review(in, "huyện Tây", 2024, 2025).review();

        // C = X1 + X2 + Y1: 600 households, 60 poor — the same territory in every year of the series
        assertThat(east.units()).containsExactly("C");
        assertThat(east.years().get(0).households()).isEqualTo(600.0);
        assertThat(west.units()).containsExactly("D");
        assertThat(west.years().get(0).poorRate()).isCloseTo(2.0, within(1e-9)); // 8 / 400
        assertThat(west.notes()).anyMatch(n -> n.startsWith("Y1 (Tây) nay thuộc Xã C"));
        // and C stays reachable through the province
        assertThat(c.review(in, "tỉnh T", 2024, 2025).review().units()).containsExactly("C", "D");
    }

    @Test
    void aCommuneThatWasNotMergedFollowsItsAbolishedDistrictIntoTheProvince() {
        // huyện Đông abolished on 1/7/2025: its communes without a line of their own now lie in tỉnh Tây
        Crosswalk cw = new Crosswalk(List.of(
                change("Xã An Bình", "huyện Đông", "Xã An Phú", "tỉnh Tây", 1),
                change("Xã Phú Lợi", "huyện Đông", "Xã An Phú", "tỉnh Tây", 1),
                change("huyện Đông", "", "tỉnh Tây", "", 1)));
        ReviewInputs in = new ReviewInputs(
                List.of(
                        poverty("An Bình", "Đông", 2024, 1_200, 96, 60, null, null),
                        poverty("Phú Lợi", "Đông", 2024, 800, 24, 40, null, null),
                        poverty("Hòa Lạc", "Đông", 2024, 500, 10, 5, null, null),
                        poverty("An Phú", "Tây", 2025, 2_010, 90, 80, null, null),
                        poverty("Hòa Lạc", "Tây", 2025, 510, 8, 5, null, null)),
                List.of(),
                List.of());
        ReviewCalculator c = new ReviewCalculator(cw, TestRulebooks.national());

        Review province = c.review(in, "tỉnh Tây", 2024, 2025).review();
        Review district = c.review(in, "huyện Đông", 2024, 2025).review();

        // both years cover An Phú and Hòa Lạc: 2024 = 1,200 + 800 + 500 = 2,500; 2025 = 2,010 + 510 = 2,520
        assertThat(province.units()).containsExactlyInAnyOrder("An Phú", "Hòa Lạc");
        assertThat(province.years().get(0).households()).isEqualTo(2_500.0);
        assertThat(province.years().get(1).households()).isEqualTo(2_520.0);
        assertThat(province.years().get(0).partial()).isFalse();
        assertThat(district.unit()).isEqualTo("huyện Đông (cũ)");
        assertThat(district.units()).containsExactlyInAnyOrder("An Phú", "Hòa Lạc");
        assertThat(district.years().get(0).poorRate()).isCloseTo(130.0 / 2_500 * 100, within(1e-9)); // 96 + 24 + 10
    }

    @Test
    void aYearMissingOneOfTheMergedCommunesIsMarkedIncomplete() {
        ReviewInputs in = new ReviewInputs(
                List.of(
                        poverty("An Bình", "Đông", 2024, 1_200, 96, 60, null, null),
                        poverty("An Phú", null, 2025, 2_010, 90, 80, null, null)),
                List.of(),
                List.of());

        Review r = calculator.review(in, "xã An Phú", 2024, 2025).review();

        assertThat(r.years().get(0).partial()).isTrue();
        assertThat(r.unitYears().get(0).missing()).containsExactly("Phú Lợi");
        assertThat(r.notes()).anyMatch(n -> n.contains("Phú Lợi"));
    }
}
