package vn.ruralstat.poverty;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ruralstat.poverty.CellSuspicion.Evidence.PREVIOUS_PERIOD;
import static vn.ruralstat.poverty.CellSuspicion.Evidence.RATE;
import static vn.ruralstat.poverty.CellSuspicion.Evidence.TOTALS_ROW;
import static vn.ruralstat.poverty.CellSuspicion.Evidence.TYPING_SLIP;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ruralstat.finding.SourceRef;

class CellSuspicionTest {

    private static VillagePoverty row(long households, long poor, Double poorRate) {
        return new VillagePoverty(
                "Nà Pùng",
                new PovertyFigures(households, poor, 0),
                poorRate,
                null,
                VillagePoverty.PlannedReduction.NONE,
                new SourceRef("a.xlsx", "Biểu", "B9"),
                9);
    }

    private static CellSuspicion.TotalsEvidence totalsSay(String field, long value) {
        return new CellSuspicion.TotalsEvidence(Map.of(field, value));
    }

    @Test
    void correctsAPoorCountWhenRateTotalsRowAndASwapOfDigitsAllSayTheSame() {
        // 45 typed; 12,5% of 432 = 54; the totals row is short of 9 on this row: 45 + 9 = 54; 45 is 54 swapped.
        CellSuspicion.Verdict verdict =
                CellSuspicion.weigh(row(432, 45, 12.5), totalsSay(PovertyTableReader.POOR, 54), null);

        assertThat(verdict).isInstanceOfSatisfying(CellSuspicion.Corrected.class, c -> {
            assertThat(c.suspect().field()).isEqualTo(PovertyTableReader.POOR);
            assertThat(c.suspect().typed()).isEqualTo(45);
            assertThat(c.suspect().likely()).isEqualTo(54);
            assertThat(c.suspect().evidence()).containsExactlyInAnyOrder(RATE, TOTALS_ROW, TYPING_SLIP);
        });
    }

    @Test
    void correctsWithThePreviousPeriodInPlaceOfASlip() {
        // 40 typed; rate and totals row both say 54; last year 52 poor households: nearer 54 than 40.
        CellSuspicion.Verdict verdict = CellSuspicion.weigh(
                row(432, 40, 12.5), totalsSay(PovertyTableReader.POOR, 54), new PovertyFigures(430, 52, 0));

        assertThat(verdict).isInstanceOfSatisfying(CellSuspicion.Corrected.class, c -> assertThat(
                        c.suspect().evidence())
                .containsExactlyInAnyOrder(RATE, TOTALS_ROW, PREVIOUS_PERIOD));
    }

    @Test
    void onlySuspectsWhenRateAndTotalsRowAgreeOnAValueNoSlipExplains() {
        // 40 typed; rate and totals row say 54; 40 is no slip of 54 and no earlier period is stored.
        CellSuspicion.Verdict verdict =
                CellSuspicion.weigh(row(432, 40, 12.5), totalsSay(PovertyTableReader.POOR, 54), null);

        assertThat(verdict).isInstanceOfSatisfying(CellSuspicion.Suspected.class, s -> {
            assertThat(s.suspect().likely()).isEqualTo(54);
            assertThat(s.suspect().evidence()).containsExactlyInAnyOrder(RATE, TOTALS_ROW);
        });
    }

    @Test
    void onlySuspectsWhenTheTotalsRowPointsElsewhere() {
        // The rate says 54 (a swap of 45); the totals row says 63: 54 has two pieces of evidence, 63 one.
        CellSuspicion.Verdict verdict =
                CellSuspicion.weigh(row(432, 45, 12.5), totalsSay(PovertyTableReader.POOR, 63), null);

        assertThat(verdict).isInstanceOfSatisfying(CellSuspicion.Suspected.class, s -> {
            assertThat(s.suspect().likely()).isEqualTo(54);
            assertThat(s.suspect().evidence()).containsExactlyInAnyOrder(RATE, TYPING_SLIP);
        });
    }

    @Test
    void isAmbiguousWhenTheTotalsRowAddsUpWithTheTypedCount() {
        // The rate says 54, a swap of 45; but the totals row adds up with 45: either cell may be wrong.
        CellSuspicion.Verdict verdict =
                CellSuspicion.weigh(row(432, 45, 12.5), totalsSay(PovertyTableReader.POOR, 45), null);

        assertThat(verdict).isInstanceOfSatisfying(CellSuspicion.Ambiguous.class, a -> assertThat(a.candidates())
                .extracting(CellSuspicion.Suspect::likely)
                .containsExactly(54L));
    }

    @Test
    void blamesTheRateAloneWhenNothingElseSpeaksForAnotherCount() {
        // 12,5% of 432 = 54, but 40 is no slip of 54 and there is no totals row: the rate may be the wrong cell.
        assertThat(CellSuspicion.weigh(row(432, 40, 12.5), CellSuspicion.TotalsEvidence.NONE, null))
                .isInstanceOf(CellSuspicion.NoSuspect.class);
    }

    @Test
    void suspectsTheHouseholdsWhenTheRateFitsASwapOfThem() {
        // 54 / 423 × 100 = 12,77, not 12,5. The rate allows 429-433 households (54/h written 12,5), too many
        // to name one on its own, but 432 is 423 swapped. For the poor count the rate allows 53 (53/423 =
        // 12,53), which no slip explains: one piece of evidence against two.
        CellSuspicion.Verdict verdict =
                CellSuspicion.weigh(row(423, 54, 12.5), CellSuspicion.TotalsEvidence.NONE, null);

        assertThat(verdict).isInstanceOfSatisfying(CellSuspicion.Suspected.class, s -> {
            assertThat(s.suspect().field()).isEqualTo(PovertyTableReader.HOUSEHOLDS);
            assertThat(s.suspect().likely()).isEqualTo(432);
            assertThat(s.suspect().evidence()).containsExactlyInAnyOrder(RATE, TYPING_SLIP);
        });
    }

    @Test
    void aRowWhoseFiguresAgreeHasNoSuspect() {
        assertThat(CellSuspicion.weigh(row(432, 54, 12.5), totalsSay(PovertyTableReader.POOR, 54), null))
                .isInstanceOf(CellSuspicion.NoSuspect.class);
    }
}
