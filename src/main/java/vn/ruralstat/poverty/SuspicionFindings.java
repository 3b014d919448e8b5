package vn.ruralstat.poverty;

import java.util.List;
import java.util.stream.Collectors;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.message.Localized;
import vn.ruralstat.message.Message;

/**
 * The findings of {@link CellSuspicion}'s verdicts, worded from the catalogue: a count corrected
 * (on its cell, with the value used), a count suspected (on its cell, the typed value kept), or a
 * row whose figures disagree with no single cell to blame (on the row's name cell, with every
 * candidate). Each says which evidence agrees.
 */
final class SuspicionFindings {

    private SuspicionFindings() {}

    static Finding corrected(CellSuspicion.Suspect s, VillagePoverty v, SourceRef at) {
        return likely(FindingCode.VALUE_CORRECTED, s, v, at);
    }

    static Finding suspected(CellSuspicion.Suspect s, VillagePoverty v, SourceRef at) {
        return likely(FindingCode.VALUE_SUSPECTED, s, v, at);
    }

    /** The typed figure and the likely intended one, with the evidence that points at it. */
    private static Finding likely(FindingCode code, CellSuspicion.Suspect s, VillagePoverty v, SourceRef at) {
        return Finding.mismatch(
                code,
                at,
                String.valueOf(s.typed()),
                String.valueOf(s.likely()),
                v.name(),
                at.cell(),
                field(s.field()),
                s.typed(),
                s.likely(),
                evidence(s));
    }

    /** @param cellOf the cell of each candidate's count on the row */
    static Finding ambiguous(
            List<CellSuspicion.Suspect> candidates,
            VillagePoverty v,
            SourceRef at,
            java.util.function.Function<CellSuspicion.Suspect, String> cellOf) {
        String vi =
                candidates.stream().map(s -> candidate(s, cellOf.apply(s)).vi()).collect(Collectors.joining("; "));
        String en =
                candidates.stream().map(s -> candidate(s, cellOf.apply(s)).en()).collect(Collectors.joining("; "));
        String likely = candidates.stream().map(s -> String.valueOf(s.likely())).collect(Collectors.joining(" / "));
        return Finding.mismatch(FindingCode.FIGURES_DISAGREE, at, null, likely, v.name(), new Localized(vi, en));
    }

    private static Message candidate(CellSuspicion.Suspect s, String cell) {
        return Message.of("FIGURES_DISAGREE.candidate", cell, field(s.field()), s.typed(), s.likely(), evidence(s));
    }

    /** The evidence that agrees with the likely value, joined in each language. */
    private static Localized evidence(CellSuspicion.Suspect s) {
        List<Message> parts = s.evidence().stream().map(e -> evidence(e, s)).toList();
        return new Localized(
                parts.stream().map(Message::vi).collect(Collectors.joining("; ")),
                parts.stream().map(Message::en).collect(Collectors.joining("; ")));
    }

    private static Message evidence(CellSuspicion.Evidence e, CellSuspicion.Suspect s) {
        return switch (e) {
            case RATE -> Message.of("poverty.evidence.rate", s.likely());
            case TOTALS_ROW -> Message.of("poverty.evidence.totalsRow", s.likely());
            case PREVIOUS_PERIOD -> Message.of("poverty.evidence.previous", s.previous(), s.likely(), s.typed());
            case TYPING_SLIP ->
                switch (Transpositions.slip(s.typed(), s.likely()).orElseThrow()) {
                    case SWAPPED_DIGITS -> Message.of("poverty.evidence.swappedDigits", s.typed(), s.likely());
                    case DROPPED_DIGIT -> Message.of("poverty.evidence.droppedDigit", s.typed(), s.likely());
                    case EXTRA_DIGIT -> Message.of("poverty.evidence.extraDigit", s.typed(), s.likely());
                };
        };
    }

    /** The name of a counted field, from the catalogue ({@code poverty.field.households}, …). */
    private static Message field(String field) {
        return Message.of("poverty.field." + field);
    }
}
