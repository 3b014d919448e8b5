package vn.ruralstat.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import vn.ruralstat.dataset.StoredTable;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.poverty.GroupedVillage;
import vn.ruralstat.poverty.PovertyFigures;
import vn.ruralstat.poverty.PovertyTableReader;
import vn.ruralstat.poverty.VillagePoverty;
import vn.ruralstat.poverty.VillagePoverty.PlannedReduction;

/** A table whose counts would overflow the run's totals is refused whole; the others are summed. */
class RunTotalsTest {

    private static final long E18 = 1_000_000_000_000_000_000L;

    private final RunTotals totals = new RunTotals();

    @Test
    void refusesTheTableThatWouldTakeTheRunsHouseholdsPastTheLargestLong() {
        // 2 × 4×10^18 = 8×10^18 fits (the largest long is about 9.22×10^18); 2×10^18 more does not,
        // and 10^18 after it still fits, because the refused table added nothing.
        assertThat(totals.admit(table("a.csv"), villages(4 * E18, 4 * E18))).isEmpty();

        assertThat(totals.admit(table("b.csv"), villages(2 * E18))).hasValueSatisfying(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.TOTAL_TOO_LARGE);
            assertThat(f.source()).isEqualTo(new SourceRef("b.csv", "Biểu", null));
            assertThat(f.messageVi())
                    .startsWith("Bảng b.csv › Biểu: cộng tổng số hộ của 1 dòng vào tổng của lần tổng hợp thì vượt");
        });
        assertThat(totals.admit(table("c.csv"), villages(E18))).isEmpty();
    }

    @Test
    void admitsATableOfOrdinaryCounts() {
        List<GroupedVillage> rows = LongStream.rangeClosed(1, 1_000)
                .mapToObj(i -> new GroupedVillage(null, village(i * 100)))
                .toList();

        assertThat(totals.admit(table("a.csv"), rows)).isEmpty();
    }

    private static List<GroupedVillage> villages(long... households) {
        return LongStream.of(households)
                .mapToObj(h -> new GroupedVillage(null, village(h)))
                .toList();
    }

    private static VillagePoverty village(long households) {
        return new VillagePoverty(
                "Thôn A",
                new PovertyFigures(households, 0, 0),
                null,
                null,
                PlannedReduction.NONE,
                new SourceRef("a.csv", "Biểu", "C4"),
                4);
    }

    private static StoredTable table(String file) {
        return new StoredTable(
                1,
                1,
                file,
                "0".repeat(64),
                null,
                "Biểu",
                PovertyTableReader.DATASET,
                1,
                "Nà Rì",
                "xã",
                null,
                null,
                "2025",
                null,
                null,
                "USED",
                null,
                null);
    }
}
