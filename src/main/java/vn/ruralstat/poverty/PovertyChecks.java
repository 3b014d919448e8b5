package vn.ruralstat.poverty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.ruralstat.dataset.ReportedValue;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.Rounding;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.message.Message;

/**
 * Checks one commune's poverty table: every reported rate against households / total × 100,
 * poor and near-poor against the total, and the totals row against the sums of the villages
 * (rates of the totals row against the household-weighted rate). The recomputed figures are
 * the ones used; these findings say where the submitted ones differ.
 */
public final class PovertyChecks {

    private PovertyChecks() {}

    /**
     * @param cellOf   the A1 cell of a field on a row (from the table's column letters), or null
     * @param reported the figures of the table's totals rows
     */
    public static List<Finding> check(
            List<VillagePoverty> villages, SourceRef sheet, CellLocator cellOf, List<ReportedValue> reported) {
        return check(villages, sheet, cellOf, reported, Context.NONE);
    }

    /**
     * What the checks know beyond the table: each row's previous stored period, the plausible
     * bounds, and whether the rows are communes (a district's table) or villages.
     */
    public record Context(PreviousFigures previous, PlausibilityLimits limits, boolean rowsAreCommunes) {
        public static final Context NONE = new Context(v -> null, PlausibilityLimits.DEFAULT, false);
    }

    /**
     * As {@link #check(List, SourceRef, CellLocator, List)}, weighing each disagreeing row's evidence
     * ({@link CellSuspicion}) and checking plausibility ({@link PovertyPlausibility}). A count the
     * evidence corrects is checked, and summed into the totals, at its likely value; so is a count
     * only suspected, for the totals row that implied it is then not blamed.
     */
    public static List<Finding> check(
            List<VillagePoverty> villages,
            SourceRef sheet,
            CellLocator cellOf,
            List<ReportedValue> reported,
            Context context) {
        List<Finding> findings = new ArrayList<>();
        Map<VillagePoverty, CellSuspicion.TotalsEvidence> totals =
                TotalsAttribution.of(villages, reported, PovertyChecks::ratesDisagree);
        List<VillagePoverty> likely = new ArrayList<>();
        for (VillagePoverty v : villages) {
            PreviousFigures.Previous previous = context.previous().of(v);
            CellSuspicion.Verdict verdict = CellSuspicion.weigh(
                    v,
                    totals.getOrDefault(v, CellSuspicion.TotalsEvidence.NONE),
                    previous == null ? null : previous.figures());
            VillagePoverty used = v;
            if (verdict instanceof CellSuspicion.Corrected c) {
                findings.add(SuspicionFindings.corrected(c.suspect(), v, at(sheet, cellOf, c.suspect(), v)));
                used = v.withFigures(
                        v.figures().with(c.suspect().field(), c.suspect().likely()));
            } else if (verdict instanceof CellSuspicion.Suspected s) {
                findings.add(SuspicionFindings.suspected(s.suspect(), v, at(sheet, cellOf, s.suspect(), v)));
                used = v.withFigures(
                        v.figures().with(s.suspect().field(), s.suspect().likely()));
            } else if (verdict instanceof CellSuspicion.Ambiguous a) {
                findings.add(SuspicionFindings.ambiguous(
                        a.candidates(), v, v.source(), s -> cellOf.cell(s.field(), v.row())));
            }
            checkVillage(v, sheet, cellOf, findings);
            // The rates are judged against the likely counts: a rate the evidence explains is not blamed.
            if (!(verdict instanceof CellSuspicion.Ambiguous)) checkRates(used, sheet, cellOf, findings);
            findings.addAll(PovertyPlausibility.check(v, previous, context, sheet, cellOf));
            likely.add(used);
        }
        for (ReportedValue r : reported) {
            if (r.kind() != ReportedValue.RowKind.TOTAL) continue;
            List<VillagePoverty> covered =
                    likely.stream().filter(v -> r.covers(v.row())).toList();
            checkTotal(r, CommunePoverty.ofVillages("", null, null, covered, sheet), findings);
        }
        return findings;
    }

    private static SourceRef at(SourceRef sheet, CellLocator cellOf, CellSuspicion.Suspect s, VillagePoverty v) {
        return sheet.at(cellOf.cell(s.field(), v.row()));
    }

    /** Whether a row's typed rates disagree with its counts. */
    static boolean ratesDisagree(VillagePoverty v) {
        PovertyFigures f = v.figures();
        return disagrees(v.reportedPoorRate(), f.poorRate()) || disagrees(v.reportedNearPoorRate(), f.nearPoorRate());
    }

    private static boolean disagrees(Double reported, Double exact) {
        return reported != null
                && exact != null
                && !Rounding.agrees(reported, vn.ruralstat.sheet.NumberText.decimals(reported), exact);
    }

    /** Finds the cell of a field on a row. */
    public interface CellLocator {
        String cell(String field, int row);
    }

    private static void checkVillage(VillagePoverty v, SourceRef sheet, CellLocator cellOf, List<Finding> out) {
        PovertyFigures f = v.figures();
        if (f.poor() > f.households()) {
            out.add(above(
                    FindingCode.POOR_ABOVE_TOTAL,
                    sheet.at(cellOf.cell(PovertyTableReader.POOR, v.row())),
                    v,
                    null,
                    f.poor(),
                    f.households()));
        }
        if (f.nearPoor() > f.households()) {
            out.add(above(
                    FindingCode.NEAR_POOR_ABOVE_TOTAL,
                    sheet.at(cellOf.cell(PovertyTableReader.NEAR_POOR, v.row())),
                    v,
                    null,
                    f.nearPoor(),
                    f.households()));
        } else if (f.poor() <= f.households() && f.poor() + f.nearPoor() > f.households()) {
            out.add(above(
                    FindingCode.NEAR_POOR_ABOVE_TOTAL,
                    sheet.at(cellOf.cell(PovertyTableReader.NEAR_POOR, v.row())),
                    v,
                    "together",
                    f.poor() + f.nearPoor(),
                    f.households()));
        }
    }

    private static void checkRates(VillagePoverty v, SourceRef sheet, CellLocator cellOf, List<Finding> out) {
        PovertyFigures f = v.figures();
        checkRate(
                v.reportedPoorRate(),
                f.poorRate(),
                f.poor(),
                f.households(),
                sheet.at(cellOf.cell(PovertyTableReader.POOR_RATE, v.row())),
                v.name(),
                "poor",
                "poorRate",
                out);
        checkRate(
                v.reportedNearPoorRate(),
                f.nearPoorRate(),
                f.nearPoor(),
                f.households(),
                sheet.at(cellOf.cell(PovertyTableReader.NEAR_POOR_RATE, v.row())),
                v.name(),
                "nearPoor",
                "nearPoorRate",
                out);
    }

    /** @param variant the catalogue variant of the code's sentence, or null for its own */
    private static Finding above(
            FindingCode code, SourceRef at, VillagePoverty v, String variant, long count, long total) {
        return variant == null
                ? Finding.mismatch(code, at, String.valueOf(count), "≤ " + total, v.name(), count, total)
                : Finding.mismatch(code, variant, at, String.valueOf(count), "≤ " + total, v.name(), count, total);
    }

    private static void checkRate(
            Double reported,
            Double exact,
            long part,
            long whole,
            SourceRef at,
            String unit,
            String variant,
            String countTypedVariant,
            List<Finding> out) {
        if (reported == null || exact == null) return;
        int decimals = vn.ruralstat.sheet.NumberText.decimals(reported);
        if (Rounding.agrees(reported, decimals, exact)) return;
        String expected = Rounding.show(exact, decimals);
        // A rate equal to the household count is a count typed into the rate column.
        boolean countTyped = reported == part && part != 0;
        out.add(Finding.mismatch(
                countTyped ? FindingCode.COUNT_IN_PERCENT_COLUMN : FindingCode.RATE_MISMATCH,
                countTyped ? countTypedVariant : variant,
                at,
                Rounding.showReported(reported),
                expected,
                unit,
                Rounding.showReported(reported),
                part,
                whole,
                expected));
    }

    /** One figure of a totals row against the villages it covers (all of them, or those of its subtotal). */
    private static void checkTotal(ReportedValue r, CommunePoverty covered, List<Finding> out) {
        PovertyFigures sums = covered.totals();
        SourceRef at = covered.source().at(r.cell());
        Map<String, Function<CommunePoverty, Number>> counts = Map.of(
                PovertyTableReader.HOUSEHOLDS, t -> sums.households(),
                PovertyTableReader.POOR, t -> sums.poor(),
                PovertyTableReader.NEAR_POOR, t -> sums.nearPoor(),
                PovertyTableReader.PLANNED_POOR, CommunePoverty::plannedPoorReduction,
                PovertyTableReader.PLANNED_NEAR_POOR, CommunePoverty::plannedNearPoorReduction);
        if (counts.containsKey(r.field())) {
            Number exact = counts.get(r.field()).apply(covered);
            if (exact != null && r.value() != exact.doubleValue()) {
                out.add(
                        r.coversWholeTable()
                                ? Finding.mismatch(
                                        FindingCode.TOTAL_MISMATCH,
                                        "povertyCount",
                                        at,
                                        Rounding.showReported(r.value()),
                                        String.valueOf(exact),
                                        r.label(),
                                        Rounding.showReported(r.value()),
                                        exact,
                                        field(r.field()))
                                : Finding.mismatch(
                                        FindingCode.TOTAL_MISMATCH,
                                        "povertyCountOfRows",
                                        at,
                                        Rounding.showReported(r.value()),
                                        String.valueOf(exact),
                                        r.label(),
                                        Rounding.showReported(r.value()),
                                        exact,
                                        field(r.field()),
                                        r.coveredFrom(),
                                        r.coveredTo()));
            }
        } else if (r.field().equals(PovertyTableReader.POOR_RATE)
                || r.field().equals(PovertyTableReader.NEAR_POOR_RATE)) {
            boolean poor = r.field().equals(PovertyTableReader.POOR_RATE);
            Double exact = poor ? sums.poorRate() : sums.nearPoorRate();
            if (exact != null && !Rounding.agrees(r.value(), r.decimals(), exact)) {
                long part = poor ? sums.poor() : sums.nearPoor();
                String expected = Rounding.show(exact, r.decimals());
                out.add(Finding.mismatch(
                        FindingCode.TOTAL_MISMATCH,
                        poor ? "poorRate" : "nearPoorRate",
                        at,
                        Rounding.showReported(r.value()),
                        expected,
                        r.label(),
                        Rounding.showReported(r.value()),
                        part,
                        sums.households(),
                        expected));
            }
        }
    }

    /** The name of a counted field, from the catalogue ({@code poverty.field.households}, …). */
    private static Message field(String field) {
        return Message.of("poverty.field." + field);
    }
}
