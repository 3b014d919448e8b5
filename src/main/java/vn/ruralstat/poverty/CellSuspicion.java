package vn.ruralstat.poverty;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ruralstat.finding.Rounding;
import vn.ruralstat.sheet.NumberText;

/**
 * Which cell of a village row is likeliest wrong when the row's figures disagree, weighing every
 * piece of evidence about each count: the row's typed rates (each implies a count, within its
 * rounding), the totals row (its difference from the column sum is the amount missing or in excess
 * in the one row that disagrees), the same village's previous period, and slips of the keys (45
 * for 54). A count is corrected only when the rate AND the totals row both imply the same value
 * and a slip or the previous period agrees with it; with less, the typed count is kept and the
 * likely value is only suspected; two equally supported explanations are ambiguous.
 */
public final class CellSuspicion {

    /** A piece of evidence for a count's likely value. */
    public enum Evidence {
        RATE,
        TOTALS_ROW,
        TYPING_SLIP,
        PREVIOUS_PERIOD
    }

    /** One count cell of the row that may be wrong, with its likely intended value and what says so. */
    /** @param previous the village's count of the previous period, or null when not stored */
    public record Suspect(String field, long typed, long likely, Set<Evidence> evidence, Long previous) {
        boolean certain() {
            return evidence.contains(Evidence.RATE) && evidence.contains(Evidence.TOTALS_ROW) && evidence.size() >= 3;
        }
    }

    /** What the evidence says about the row. */
    public sealed interface Verdict {}

    /** Nothing points at a count: the rates are blamed as they are today. */
    public record NoSuspect() implements Verdict {}

    /** One count is wrong beyond doubt; its likely value is used. */
    public record Corrected(Suspect suspect) implements Verdict {}

    /** One count is likely wrong, but the evidence is not enough to use the likely value. */
    public record Suspected(Suspect suspect) implements Verdict {}

    /** Several explanations as well supported: the typed counts are kept, the candidates reported. */
    public record Ambiguous(List<Suspect> candidates) implements Verdict {}

    /**
     * What the totals rows say about a row's counts, by field: the value the row must hold for the
     * column to add up to the totals row (equal to the typed count when the totals row agrees).
     */
    public record TotalsEvidence(Map<String, Long> implied) {
        public static final TotalsEvidence NONE = new TotalsEvidence(Map.of());
    }

    private CellSuspicion() {}

    /**
     * @param previous the village's counts of its previous stored period, or null
     */
    public static Verdict weigh(VillagePoverty row, TotalsEvidence totals, PovertyFigures previous) {
        PovertyFigures f = row.figures();
        boolean poorRateWrong = disagrees(row.reportedPoorRate(), f.poor(), f.households());
        boolean nearRateWrong = disagrees(row.reportedNearPoorRate(), f.nearPoor(), f.households());
        if (!poorRateWrong && !nearRateWrong && totals.implied().isEmpty()) return new NoSuspect();
        List<Suspect> suspects = new ArrayList<>();
        // A count whose own rate agrees with it is confirmed by that rate: it is not a suspect.
        if (row.reportedPoorRate() == null || poorRateWrong) {
            suspects.addAll(
                    part(PovertyTableReader.POOR, f.poor(), row.reportedPoorRate(), f.households(), totals, previous));
        }
        if (row.reportedNearPoorRate() == null || nearRateWrong) {
            suspects.addAll(part(
                    PovertyTableReader.NEAR_POOR,
                    f.nearPoor(),
                    row.reportedNearPoorRate(),
                    f.households(),
                    totals,
                    previous));
        }
        boolean anyRate = row.reportedPoorRate() != null || row.reportedNearPoorRate() != null;
        boolean everyRateWrong = (row.reportedPoorRate() == null || poorRateWrong)
                && (row.reportedNearPoorRate() == null || nearRateWrong);
        if (everyRateWrong) suspects.addAll(households(row, anyRate, totals, previous));
        return decide(suspects, totals, row.figures());
    }

    private static Verdict decide(List<Suspect> suspects, TotalsEvidence totals, PovertyFigures typed) {
        int best = suspects.stream().mapToInt(s -> s.evidence().size()).max().orElse(0);
        // One piece of evidence alone (a rate that disagrees) blames nothing new: the rate itself may be wrong.
        if (best < 2) return new NoSuspect();
        List<Suspect> top = suspects.stream()
                .filter(s -> s.evidence().size() == best)
                .sorted(Comparator.comparing(Suspect::field))
                .toList();
        if (top.size() > 1) return new Ambiguous(top);
        Suspect only = top.get(0);
        // A totals row that adds up with the typed count speaks for it: then nothing is certain.
        boolean typedConfirmed =
                Long.valueOf(only.typed()).equals(totals.implied().get(only.field()));
        if (typedConfirmed) return new Ambiguous(top);
        return only.certain() ? new Corrected(only) : new Suspected(only);
    }

    /** Candidates for a poor or near-poor count, from its rate and the totals row. */
    private static List<Suspect> part(
            String field, long typed, Double rate, long households, TotalsEvidence totals, PovertyFigures previous) {
        List<Long> byRate =
                rate == null ? List.of() : RateImpliedCounts.parts(rate, NumberText.decimals(rate), households);
        Long byTotals = totals.implied().get(field);
        return suspects(
                field, typed, byRate, byTotals, households, previous == null ? null : previousOf(field, previous));
    }

    /** Candidates for the households count: every typed rate of the row implies one (when they agree). */
    private static List<Suspect> households(
            VillagePoverty row, boolean anyRate, TotalsEvidence totals, PovertyFigures previous) {
        PovertyFigures f = row.figures();
        List<Long> byRate = null;
        if (anyRate) {
            if (row.reportedPoorRate() != null) {
                byRate = RateImpliedCounts.wholes(
                        row.reportedPoorRate(), NumberText.decimals(row.reportedPoorRate()), f.poor());
            }
            if (row.reportedNearPoorRate() != null) {
                List<Long> near = RateImpliedCounts.wholes(
                        row.reportedNearPoorRate(), NumberText.decimals(row.reportedNearPoorRate()), f.nearPoor());
                byRate = byRate == null
                        ? near
                        : byRate.stream().filter(near::contains).toList();
            }
        }
        List<Long> rateCandidates = byRate == null ? List.of() : byRate;
        Long byTotals = totals.implied().get(PovertyTableReader.HOUSEHOLDS);
        return suspects(
                        PovertyTableReader.HOUSEHOLDS,
                        f.households(),
                        rateCandidates,
                        byTotals,
                        Long.MAX_VALUE,
                        previous == null ? null : previous.households())
                .stream()
                .filter(s -> s.likely() >= f.poor() + f.nearPoor())
                .toList();
    }

    private static List<Suspect> suspects(
            String field, long typed, List<Long> byRate, Long byTotals, long ceiling, Long previous) {
        Map<Long, Set<Evidence>> found = new LinkedHashMap<>();
        // A rate that allows many counts says nothing on its own; it still backs a slip or the totals row.
        boolean rateNarrow = byRate.size() <= 3;
        for (long c : byRate) {
            if (rateNarrow || Transpositions.isSlip(typed, c) || Long.valueOf(c).equals(byTotals)) {
                found.computeIfAbsent(c, k -> EnumSet.noneOf(Evidence.class)).add(Evidence.RATE);
            }
        }
        if (byTotals != null && byTotals != typed && byTotals >= 0) {
            found.computeIfAbsent(byTotals, k -> EnumSet.noneOf(Evidence.class)).add(Evidence.TOTALS_ROW);
        }
        List<Suspect> out = new ArrayList<>();
        found.forEach((likely, evidence) -> {
            if (likely == typed || likely > ceiling) return;
            if (Transpositions.isSlip(typed, likely)) evidence.add(Evidence.TYPING_SLIP);
            if (previous != null && Math.abs(likely - previous) < Math.abs(typed - previous)) {
                evidence.add(Evidence.PREVIOUS_PERIOD);
            }
            out.add(new Suspect(field, typed, likely, Collections.unmodifiableSet(EnumSet.copyOf(evidence)), previous));
        });
        return out;
    }

    private static boolean disagrees(Double rate, long part, long whole) {
        Double exact = PovertyRates.percent(part, whole);
        return rate != null && exact != null && !Rounding.agrees(rate, NumberText.decimals(rate), exact);
    }

    private static long previousOf(String field, PovertyFigures previous) {
        return field.equals(PovertyTableReader.POOR) ? previous.poor() : previous.nearPoor();
    }
}
