package vn.ruralstat.poverty;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.ruralstat.dataset.CellReading;
import vn.ruralstat.dataset.ReportedValue;

/**
 * What the totals rows say about each village's counts. A totals row that adds up confirms every
 * row it covers; one that does not puts the difference on the one covered row whose figures
 * disagree among themselves (its rate and its count), or, when no row disagrees, on the one row
 * for which the difference is a slip of the keys. With two such rows, or none, it says nothing
 * about any row. One pass over the rows per totals figure.
 */
final class TotalsAttribution {

    private static final List<String> COUNTS =
            List.of(PovertyTableReader.HOUSEHOLDS, PovertyTableReader.POOR, PovertyTableReader.NEAR_POOR);

    private TotalsAttribution() {}

    /**
     * @param disagrees whether a row's own figures disagree (a typed rate against its count)
     */
    static Map<VillagePoverty, CellSuspicion.TotalsEvidence> of(
            List<VillagePoverty> villages, List<ReportedValue> reported, Predicate<VillagePoverty> disagrees) {
        Map<VillagePoverty, Map<String, Long>> implied = new IdentityHashMap<>();
        for (ReportedValue r : reported) {
            if (r.kind() != ReportedValue.RowKind.TOTAL || !COUNTS.contains(r.field())) continue;
            // A reported total beyond any count cannot be cast to a long exactly, so it implies nothing.
            if (r.value() < 0 || r.value() != Math.rint(r.value()) || r.value() > CellReading.MAX_COUNT) continue;
            List<VillagePoverty> covered =
                    villages.stream().filter(v -> r.covers(v.row())).toList();
            long sum = covered.stream().map(v -> v.figures().of(r.field())).reduce(0L, Math::addExact);
            long difference = (long) r.value() - sum;
            if (difference == 0) {
                covered.forEach(v -> put(implied, v, r.field(), v.figures().of(r.field())));
                continue;
            }
            List<VillagePoverty> blamed = covered.stream().filter(disagrees).toList();
            if (blamed.isEmpty()) {
                blamed = covered.stream()
                        .filter(v -> Transpositions.isSlip(
                                v.figures().of(r.field()), v.figures().of(r.field()) + difference))
                        .toList();
            }
            if (blamed.size() == 1) {
                VillagePoverty v = blamed.get(0);
                long value = v.figures().of(r.field()) + difference;
                if (value >= 0) put(implied, v, r.field(), value);
            }
        }
        Map<VillagePoverty, CellSuspicion.TotalsEvidence> out = new IdentityHashMap<>();
        implied.forEach((v, byField) -> out.put(v, new CellSuspicion.TotalsEvidence(Map.copyOf(byField))));
        return out;
    }

    /** The first totals row to speak of a row's field wins: a subtotal comes before the grand total. */
    private static void put(
            Map<VillagePoverty, Map<String, Long>> implied, VillagePoverty v, String field, long value) {
        implied.computeIfAbsent(v, k -> new HashMap<>()).putIfAbsent(field, value);
    }
}
