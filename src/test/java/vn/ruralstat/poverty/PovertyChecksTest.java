package vn.ruralstat.poverty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ruralstat.dataset.ReportedValue;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;

class PovertyChecksTest {

    private static final SourceRef SHEET = new SourceRef("ngan-son.xlsx", "Biểu", null);
    /** Columns as in seed 003: name B, households C, poor D, rate E, near-poor F, rate G. */
    private static final PovertyChecks.CellLocator CELLS = (field, row) -> switch (field) {
        case "name" -> "B" + row;
        case "households" -> "C" + row;
        case "poor" -> "D" + row;
        case "poor_rate" -> "E" + row;
        case "near_poor" -> "F" + row;
        case "near_poor_rate" -> "G" + row;
        default -> null;
    };

    private static VillagePoverty village(
            int row, String name, long total, long poor, Double rate, long near, Double nearRate) {
        return new VillagePoverty(
                name,
                new PovertyFigures(total, poor, near),
                rate,
                nearRate,
                VillagePoverty.PlannedReduction.NONE,
                SHEET.at("B" + row),
                row);
    }

    private static List<VillagePoverty> villages(VillagePoverty... villages) {
        return List.of(villages);
    }

    private static CommunePoverty commune(VillagePoverty... villages) {
        return CommunePoverty.ofVillages("Ngân Sơn", null, "2025", List.of(villages), SHEET);
    }

    @Test
    void acceptsRatesRoundedToTheDecimalsWritten() {
        // 41 / 350 × 100 = 11.714…; 12 / 350 × 100 = 3.428…
        List<Finding> findings = PovertyChecks.check(
                villages(village(9, "KHUỔI DIỄN", 350, 41, 11.71, 12, 3.43)), SHEET, CELLS, List.of());

        assertThat(findings).isEmpty();
    }

    @Test
    void reportsAWrongRateWithItsCellAndTheExpectedFigure() {
        // 41 / 206 × 100 = 19.90…
        List<Finding> findings =
                PovertyChecks.check(villages(village(12, "TÁT RỊA", 206, 41, 12.5, 0, null)), SHEET, CELLS, List.of());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.RATE_MISMATCH);
            assertThat(f.source().cell()).isEqualTo("E12");
            assertThat(f.key()).isEqualTo("RATE_MISMATCH.poor");
            assertThat(f.arguments()).containsExactly("TÁT RỊA", "12,5", "41", "206", "19,90");
            assertThat(f.reported()).isEqualTo("12,5");
            assertThat(f.expected()).isEqualTo("19,90");
        });
    }

    @Test
    void reportsPoorHouseholdsAboveTheTotal() {
        List<Finding> findings =
                PovertyChecks.check(villages(village(9, "A", 30, 41, null, 0, null)), SHEET, CELLS, List.of());

        assertThat(findings)
                .extracting(Finding::code, f -> f.source().cell())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingCode.POOR_ABOVE_TOTAL, "D9"));
    }

    @Test
    void reportsNearPoorThatWithThePoorExceedTheTotal() {
        List<Finding> findings =
                PovertyChecks.check(villages(village(9, "A", 30, 20, null, 15, null)), SHEET, CELLS, List.of());

        assertThat(findings).extracting(Finding::code).containsExactly(FindingCode.NEAR_POOR_ABOVE_TOTAL);
    }

    @Test
    void checksTheTotalsRowAgainstSumsAndTheHouseholdWeightedRate() {
        // Villages: 350 households / 41 poor and 200 / 1. Sums 550 / 42; weighted rate 42/550×100 = 7.636…
        // The mean of the village rates (11.71 + 0.5) / 2 = 6.1 is the classic mistake.
        CommunePoverty table =
                commune(village(9, "A", 350, 41, null, 0, null), village(10, "B", 200, 1, null, 0, null));
        List<ReportedValue> totals = List.of(
                new ReportedValue(ReportedValue.RowKind.TOTAL, "households", 550, 0, "C11", "Cộng"),
                new ReportedValue(ReportedValue.RowKind.TOTAL, "poor", 43, 0, "D11", "Cộng"),
                new ReportedValue(ReportedValue.RowKind.TOTAL, "poor_rate", 6.1, 1, "E11", "Cộng"));

        List<Finding> findings = PovertyChecks.check(table.villages(), SHEET, CELLS, totals);

        assertThat(findings)
                .extracting(Finding::code, f -> f.source().cell(), Finding::expected)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FindingCode.TOTAL_MISMATCH, "D11", "42"),
                        org.assertj.core.groups.Tuple.tuple(FindingCode.TOTAL_MISMATCH, "E11", "7,64"));
    }

    @Test
    void checksEachSubtotalAgainstTheVillagesAboveIt() {
        // Rows 9-10 belong to the first subtotal (row 11: 100 + 50 = 150), row 12 to the second (row 13: 70);
        // the grand total (row 14) covers all three: 220. The second subtotal is wrong (80).
        List<VillagePoverty> rows = List.of(
                village(9, "A", 100, 5, null, 0, null),
                village(10, "B", 50, 2, null, 0, null),
                village(12, "C", 70, 1, null, 0, null));
        List<ReportedValue> totals = List.of(
                new ReportedValue(ReportedValue.RowKind.TOTAL, "households", 150, 0, "C11", "Cộng xã X", 9, 10),
                new ReportedValue(ReportedValue.RowKind.TOTAL, "households", 80, 0, "C13", "Cộng xã Y", 12, 12),
                new ReportedValue(ReportedValue.RowKind.TOTAL, "households", 220, 0, "C14", "Tổng cộng"));

        assertThat(PovertyChecks.check(rows, SHEET, CELLS, totals))
                .extracting(Finding::code, f -> f.source().cell(), Finding::expected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingCode.TOTAL_MISMATCH, "C13", "70"));
    }

    @Test
    void computesCommuneRatesFromHouseholdsNotFromVillageRates() {
        CommunePoverty table =
                commune(village(9, "A", 350, 41, null, 12, null), village(10, "B", 200, 1, null, 0, null));

        // (41 + 1) / (350 + 200) × 100 and (12 + 0) / 550 × 100
        assertThat(table.totals().poorRate()).isEqualTo(42 * 100.0 / 550);
        assertThat(table.totals().nearPoorRate()).isEqualTo(12 * 100.0 / 550);
        assertThat(new PovertyFigures(0, 0, 0).poorRate()).isNull();
    }

    @Test
    void blamesTheMistypedPoorCountNotTheRateNorTheTotalsRowAndUsesTheIntendedFigure() {
        // Village A: 432 households, poor typed 45 (meant 54), rate 12,5 = 54/432×100. Village B: 200 / 20 / 10,0.
        // Totals row: 632 households, 74 poor = 54 + 20, rate 11,71 = 74/632×100 (11,708…).
        List<VillagePoverty> rows =
                villages(village(9, "A", 432, 45, 12.5, 0, null), village(10, "B", 200, 20, 10.0, 0, null));
        List<ReportedValue> totals = List.of(
                new ReportedValue(ReportedValue.RowKind.TOTAL, "households", 632, 0, "C11", "Cộng"),
                new ReportedValue(ReportedValue.RowKind.TOTAL, "poor", 74, 0, "D11", "Cộng"),
                new ReportedValue(ReportedValue.RowKind.TOTAL, "poor_rate", 11.71, 2, "E11", "Cộng"));

        List<Finding> findings = PovertyChecks.check(rows, SHEET, CELLS, totals);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.VALUE_CORRECTED);
            assertThat(f.source().cell()).isEqualTo("D9");
            assertThat(f.reported()).isEqualTo("45");
            assertThat(f.expected()).isEqualTo("54");
            assertThat(f.messageVi())
                    .contains("có thể là 54")
                    .contains("tỷ lệ đã ghi trên dòng cho 54")
                    .contains("dòng tổng cộng cho 54")
                    .contains("45 là 54 bị đảo hai chữ số");
        });
    }

    @Test
    void aTotalsRowBeyondAnyCountIsTheMismatchAndCorruptsNoVillage() {
        // Poor 45 + 20 = 65, the totals row says 99999999999999999999: no village's count can explain that, so
        // village A's rate 12,5 (54/432×100, not 45/432×100 = 10,42) is the only evidence: 54 is suspected, and
        // the totals row is compared with 54 + 20 = 74.
        List<VillagePoverty> rows =
                villages(village(9, "A", 432, 45, 12.5, 0, null), village(10, "B", 200, 20, null, 0, null));
        List<ReportedValue> totals =
                List.of(new ReportedValue(ReportedValue.RowKind.TOTAL, "poor", 1e20, 0, "D11", "Cộng"));

        assertThat(PovertyChecks.check(rows, SHEET, CELLS, totals))
                .extracting(Finding::code, f -> f.source().cell(), Finding::expected)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(FindingCode.VALUE_SUSPECTED, "D9", "54"),
                        org.assertj.core.groups.Tuple.tuple(FindingCode.TOTAL_MISMATCH, "D11", "74"));
    }

    @Test
    void keepsASuspectedCountAndDoesNotBlameTheTotalsRowItExplains() {
        // Poor typed 40, no slip of 54; the rate (12,5% of 432 = 54) and the totals row (74 − 20 = 54) agree
        // on 54, but with nothing more the typed 40 is kept. The totals row adds up with 54: not blamed.
        List<VillagePoverty> rows =
                villages(village(9, "A", 432, 40, 12.5, 0, null), village(10, "B", 200, 20, 10.0, 0, null));
        List<ReportedValue> totals =
                List.of(new ReportedValue(ReportedValue.RowKind.TOTAL, "poor", 74, 0, "D11", "Cộng"));

        assertThat(PovertyChecks.check(rows, SHEET, CELLS, totals))
                .extracting(Finding::code, f -> f.source().cell(), Finding::expected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingCode.VALUE_SUSPECTED, "D9", "54"));
    }

    @Test
    void listsTheCandidatesOnTheRowWhenTheEvidenceIsSplit() {
        // The rate says 54 (45 swapped), but the totals row adds up with 45 + 20 = 65: rate or count may be wrong.
        List<VillagePoverty> rows =
                villages(village(9, "A", 432, 45, 12.5, 0, null), village(10, "B", 200, 20, 10.0, 0, null));
        List<ReportedValue> totals =
                List.of(new ReportedValue(ReportedValue.RowKind.TOTAL, "poor", 65, 0, "D11", "Cộng"));

        assertThat(PovertyChecks.check(rows, SHEET, CELLS, totals))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo(FindingCode.FIGURES_DISAGREE);
                    assertThat(f.source().cell()).isEqualTo("B9");
                    assertThat(f.messageVi()).contains("ô D9 (hộ nghèo) ghi 45 nhưng đúng ra là 54");
                });
    }

    @Test
    void doubtsAVillageOfMoreHouseholdsThanAVillageHolds() {
        // 6 500 households in one village: above the bound of 5 000.
        List<Finding> findings = PovertyChecks.check(
                villages(village(9, "A", 6500, 30, null, 0, null)),
                SHEET,
                CELLS,
                List.of(),
                new PovertyChecks.Context(v -> null, PlausibilityLimits.DEFAULT, false));

        assertThat(findings)
                .extracting(Finding::code, Finding::key, f -> f.source().cell())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        FindingCode.COUNT_IMPLAUSIBLE, "COUNT_IMPLAUSIBLE.village", "C9"));
        // The same figure as a commune's row is plausible (bound 60 000).
        assertThat(PovertyChecks.check(
                        villages(village(9, "A", 6500, 30, null, 0, null)),
                        SHEET,
                        CELLS,
                        List.of(),
                        new PovertyChecks.Context(v -> null, PlausibilityLimits.DEFAULT, true)))
                .isEmpty();
    }

    @Test
    void flagsACountThatJumpedBeyondTheFactorSinceThePreviousPeriod() {
        // Poor: 10 in 2024, 45 in 2025: ×4,5 > 3 and 35 more households. Households 300 → 310 and
        // near-poor 8 → 12 (×1,5) are ordinary.
        PreviousFigures previous = v -> new PreviousFigures.Previous("2024", new PovertyFigures(300, 10, 8));
        List<Finding> findings = PovertyChecks.check(
                villages(village(9, "A", 310, 45, null, 12, null)),
                SHEET,
                CELLS,
                List.of(),
                new PovertyChecks.Context(previous, PlausibilityLimits.DEFAULT, false));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.YEAR_OVER_YEAR_JUMP);
            assertThat(f.source().cell()).isEqualTo("D9");
            assertThat(f.messageVi()).contains("kỳ trước (2024) là 10").contains("4,5 lần");
        });
    }

    @Test
    void aSmallCountMayDoubleWithoutAFinding() {
        // 2 → 7 poor households is ×3,5 but only 5 households: below the 10 a jump must reach.
        PreviousFigures previous = v -> new PreviousFigures.Previous("2024", new PovertyFigures(300, 2, 0));
        assertThat(PovertyChecks.check(
                        villages(village(9, "A", 300, 7, null, 0, null)),
                        SHEET,
                        CELLS,
                        List.of(),
                        new PovertyChecks.Context(previous, PlausibilityLimits.DEFAULT, false)))
                .isEmpty();
    }
}
