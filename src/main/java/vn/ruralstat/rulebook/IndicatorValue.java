package vn.ruralstat.rulebook;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value a commune reports for one indicator, with the text as typed.
 *
 * @param kind     a number, a status, missing, or text that is neither
 * @param number   the figure for {@link Kind#NUMBER}, in the target's unit ("35%" → 35); null otherwise
 * @param status   {@link Status#MET} or {@link Status#NOT_MET} for {@link Kind#STATUS}; null otherwise
 * @param level    the level written with a status ("Tốt" in "Đạt (Tốt)"); null if none
 * @param rawText  the text as typed
 */
public record IndicatorValue(Kind kind, BigDecimal number, Status status, String level, String rawText) {

    /** What was typed. */
    public enum Kind {
        NUMBER,
        STATUS,
        MISSING,
        UNREADABLE,
        /** The value cell is empty but the submitter assessed the indicator ("Đạt" beside no figure). */
        ASSESSMENT_ONLY
    }

    private static final Set<String> MET = Set.of("dat", "da dat", "x", "co");
    private static final Set<String> NOT_MET = Set.of("chua dat", "khong dat", "khong", "chua");
    private static final Pattern STATUS_WITH_LEVEL = Pattern.compile("^(.+?)\\s*\\(\\s*([^)]+?)\\s*\\)$");

    /**
     * Reads a typed value: blank or "-" is missing; "Đạt", "x", "Có" are met and "Chưa đạt",
     * "Không đạt", "Không" are not, optionally with a level ("Đạt (Tốt)"); a number may carry a
     * unit ("35%", "35,5 %", "2 mô hình") and a decimal comma or point. Anything else is unreadable.
     */
    public static IndicatorValue parse(String raw) {
        String text = PublishedText.plain(raw);
        if (text.isEmpty() || text.equals("-")) return missing(raw);
        String folded = PublishedText.fold(text);
        if (MET.contains(folded)) return new IndicatorValue(Kind.STATUS, null, Status.MET, null, raw);
        if (NOT_MET.contains(folded)) return new IndicatorValue(Kind.STATUS, null, Status.NOT_MET, null, raw);
        Matcher withLevel = STATUS_WITH_LEVEL.matcher(text);
        if (withLevel.matches()) {
            String word = PublishedText.fold(withLevel.group(1));
            if (MET.contains(word)) return new IndicatorValue(Kind.STATUS, null, Status.MET, withLevel.group(2), raw);
            if (NOT_MET.contains(word)) {
                return new IndicatorValue(Kind.STATUS, null, Status.NOT_MET, withLevel.group(2), raw);
            }
        }
        boolean negative = text.startsWith("-");
        String unsigned = negative ? text.substring(1).strip() : text;
        BigDecimal n = PublishedText.leadingNumber(unsigned);
        if (n != null) {
            String rest = unsigned.substring(PublishedText.leadingNumberLength(unsigned));
            // "35 %" or "2 mô hình", not "12/2025" or "3a"
            if (rest.isEmpty() || Character.isWhitespace(rest.charAt(0)) || rest.charAt(0) == '%') {
                return new IndicatorValue(Kind.NUMBER, negative ? n.negate() : n, null, null, raw);
            }
        }
        return new IndicatorValue(Kind.UNREADABLE, null, null, null, raw);
    }

    public static IndicatorValue of(BigDecimal number) {
        return new IndicatorValue(Kind.NUMBER, number, null, null, number.toPlainString());
    }

    public static IndicatorValue of(double number) {
        return of(BigDecimal.valueOf(number));
    }

    public static IndicatorValue status(Status status) {
        if (status == Status.NOT_ASSESSABLE) throw new IllegalArgumentException("a reported status is met or not met");
        return new IndicatorValue(Kind.STATUS, null, status, null, status.vi());
    }

    /**
     * An empty value cell beside the submitter's own assessment ({@code assessment}, as typed): not
     * a value, and never taken for one.
     */
    public static IndicatorValue assessmentOnly(String assessment) {
        return new IndicatorValue(Kind.ASSESSMENT_ONLY, null, null, null, assessment == null ? "" : assessment);
    }

    public static IndicatorValue missing() {
        return missing("");
    }

    private static IndicatorValue missing(String raw) {
        return new IndicatorValue(Kind.MISSING, null, null, null, raw == null ? "" : raw);
    }
}
