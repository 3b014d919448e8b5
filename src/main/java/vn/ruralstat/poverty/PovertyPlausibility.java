package vn.ruralstat.poverty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.message.Localized;
import vn.ruralstat.message.Message;

/**
 * Figures that add up but are hard to believe, each on its cell: households above what a village
 * or a commune holds, and a count that jumped by more than a factor since the same unit's
 * previous stored period ({@link PlausibilityLimits}).
 */
final class PovertyPlausibility {

    private static final List<String> COUNTS =
            List.of(PovertyTableReader.HOUSEHOLDS, PovertyTableReader.POOR, PovertyTableReader.NEAR_POOR);

    private PovertyPlausibility() {}

    static List<Finding> check(
            VillagePoverty v,
            PreviousFigures.Previous previous,
            PovertyChecks.Context context,
            SourceRef sheet,
            PovertyChecks.CellLocator cellOf) {
        List<Finding> out = new ArrayList<>();
        PlausibilityLimits limits = context.limits();
        long bound = context.rowsAreCommunes() ? limits.communeHouseholds() : limits.villageHouseholds();
        long households = v.figures().households();
        if (households > bound) {
            SourceRef at = sheet.at(cellOf.cell(PovertyTableReader.HOUSEHOLDS, v.row()));
            out.add(Finding.mismatch(
                    FindingCode.COUNT_IMPLAUSIBLE,
                    context.rowsAreCommunes() ? "commune" : "village",
                    at,
                    String.valueOf(households),
                    "≤ " + bound,
                    v.name(),
                    at.cell(),
                    households,
                    bound));
        }
        if (previous == null) return out;
        for (String field : COUNTS) {
            long now = v.figures().of(field);
            long before = previous.figures().of(field);
            double factor = jump(now, before);
            if (factor > limits.yearOverYearFactor() && Math.abs(now - before) >= limits.minimumJump()) {
                SourceRef at = sheet.at(cellOf.cell(field, v.row()));
                out.add(Finding.mismatch(
                        FindingCode.YEAR_OVER_YEAR_JUMP,
                        at,
                        String.valueOf(now),
                        String.valueOf(before),
                        v.name(),
                        Message.of("poverty.field." + field),
                        now,
                        previous.period(),
                        before,
                        times(factor),
                        times(limits.yearOverYearFactor())));
            }
        }
        return out;
    }

    /** How many times the larger count is the smaller; a count from or to zero counts as from or to one. */
    static double jump(long now, long before) {
        long high = Math.max(now, before);
        long low = Math.max(1, Math.min(now, before));
        return (double) high / low;
    }

    /** A factor with one decimal, in each language's decimal mark ("4,5" / "4.5"). */
    private static Localized times(double factor) {
        String en = BigDecimal.valueOf(factor)
                .setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
        return new Localized(en.replace('.', ','), en);
    }
}
