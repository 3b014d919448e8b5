package vn.ruralstat.consolidate;

import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import vn.ruralstat.dataset.StoredTable;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.message.Message;
import vn.ruralstat.poverty.GroupedVillage;
import vn.ruralstat.poverty.VillagePoverty;

/**
 * The run's poverty counts added up exactly, table by table, as the run's model is built. A table
 * whose counts would take a total of the run past the largest whole number a long holds is
 * refused with a {@link FindingCode#TOTAL_TOO_LARGE} finding, and none of its rows is used.
 *
 * <p>Why here, once: counts are never negative, so every sum a later step takes (a commune, a
 * parent, a period, a chart's remaining villages) is a part of these totals and cannot overflow
 * once they do not. No wrapped, negative total can then reach the database, the JSON or a workbook.
 */
final class RunTotals {

    private static final List<Count> COUNTS = List.of(
            new Count("poverty.field.households", v -> v.figures().households()),
            new Count("poverty.field.poor", v -> v.figures().poor()),
            new Count("poverty.field.near_poor", v -> v.figures().nearPoor()),
            new Count("poverty.field.planned_poor", v -> orZero(v.planned().poorHouseholds())),
            new Count("poverty.field.planned_near_poor", v -> orZero(v.planned().nearPoorHouseholds())));

    private final long[] totals = new long[COUNTS.size()];

    /**
     * Adds the table's counts to the run's when they fit, and returns nothing; otherwise adds
     * nothing and returns the finding that refuses the table.
     */
    Optional<Finding> admit(StoredTable table, List<GroupedVillage> rows) {
        long[] after = totals.clone();
        for (int i = 0; i < COUNTS.size(); i++) {
            Count count = COUNTS.get(i);
            for (GroupedVillage row : rows) {
                long value = count.of().applyAsLong(row.village());
                if (value > Long.MAX_VALUE - after[i]) {
                    return Optional.of(Finding.of(
                            FindingCode.TOTAL_TOO_LARGE,
                            table.source(),
                            table.source().describe(),
                            Message.of(count.key()),
                            rows.size()));
                }
                after[i] += value;
            }
        }
        System.arraycopy(after, 0, totals, 0, totals.length);
        return Optional.empty();
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    /** One count of a row, by its name in the catalogue. */
    private record Count(String key, ToLongFunction<VillagePoverty> of) {}
}
