package vn.ruralstat.rulebook;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a published target text into a {@link Target}. Understood forms: "Đạt", "Có",
 * "Đạt (Tốt)"; "≥99%", "≥ 99 %", "$\geq 90\%$", "≤2%", "= 0"; "100%" (a rate cannot exceed
 * 100%, so it means exactly 100%); "≥ 01 mô hình", "≥ 01" (counts); "Bình quân từ 9,5 - 12%/năm"
 * (ranges, both ends included). Any other text is kept as published with
 * {@link Comparison#UNKNOWN}: it is never taken for a pass/fail target.
 */
public final class TargetParser {

    private static final Set<String> PASS_WORDS = Set.of("dat", "co");
    private static final Pattern PASS_WITH_LEVEL = Pattern.compile("(?iu)^đạt\\s*\\(\\s*([^)]+?)\\s*\\)$");
    private static final Pattern RANGE_PREFIX = Pattern.compile("(?iu)^(?:bình quân\\s+)?(?:từ\\s+)?");
    private static final Pattern RANGE_SEPARATOR = Pattern.compile("(?iu)^\\s*(?:%\\s*)?(?:-|–|—|đến)\\s*");

    private TargetParser() {}

    /** Reads a text with no key or source, as typed by someone (tests, a province's sheet). */
    public static Target parse(String publishedText) {
        return parse(publishedText, Target.GENERAL_KEY, "", Confidence.VERBATIM);
    }

    /** Reads {@code publishedText} as the target for {@code key}, keeping the text exactly as given. */
    public static Target parse(String publishedText, String key, String source, Confidence confidence) {
        String published = PublishedText.nfc(publishedText);
        if (published.isEmpty()) return Target.unset(key, source);
        String text = PublishedText.plain(published);
        Target t = new Target(key, published, Comparison.UNKNOWN, null, null, "", null, source, confidence, null);

        if (PASS_WORDS.contains(PublishedText.fold(text)))
            return withComparison(t, Comparison.PASS_FAIL, null, null, "", null);
        Matcher level = PASS_WITH_LEVEL.matcher(text);
        if (level.matches()) return withComparison(t, Comparison.PASS_FAIL, null, null, "", level.group(1));

        char first = text.charAt(0);
        if (first == '≥' || first == '≤' || first == '=')
            return signed(t, first, text.substring(1).strip());
        return rangeOrBare(t, text);
    }

    private static Target signed(Target t, char sign, String rest) {
        BigDecimal figure = PublishedText.leadingNumber(rest);
        if (figure == null) return t;
        String unit = rest.substring(PublishedText.leadingNumberLength(rest)).strip();
        Comparison c =
                switch (sign) {
                    case '≥' -> isCount(figure, unit) ? Comparison.AT_LEAST_COUNT : Comparison.AT_LEAST;
                    case '≤' -> Comparison.AT_MOST;
                    default -> Comparison.EXACTLY;
                };
        return withComparison(t, c, figure, null, unit, null);
    }

    private static Target rangeOrBare(Target t, String text) {
        String rest = RANGE_PREFIX.matcher(text).replaceFirst("");
        BigDecimal low = PublishedText.leadingNumber(rest);
        if (low == null) return t;
        String afterLow = rest.substring(PublishedText.leadingNumberLength(rest));
        Matcher separator = RANGE_SEPARATOR.matcher(afterLow);
        if (separator.lookingAt()) {
            String upperPart = afterLow.substring(separator.end());
            BigDecimal high = PublishedText.leadingNumber(upperPart);
            if (high == null || high.compareTo(low) < 0) return t;
            String unit = upperPart
                    .substring(PublishedText.leadingNumberLength(upperPart))
                    .strip();
            return withComparison(t, Comparison.RANGE, low, high, unit, null);
        }
        // A bare figure has no sign; only "100%" is unambiguous (a rate cannot go above it).
        if (rest.equals(text) && afterLow.strip().equals("%") && low.compareTo(BigDecimal.valueOf(100)) == 0) {
            return withComparison(t, Comparison.EXACTLY, low, null, "%", null);
        }
        return t;
    }

    /** "≥ 01 mô hình", "≥ 01": a whole number of things, not a rate ("%") or a ratio ("m2/người"). */
    private static boolean isCount(BigDecimal figure, String unit) {
        boolean whole = figure.stripTrailingZeros().scale() <= 0;
        return whole && !unit.contains("%") && !unit.contains("/");
    }

    private static Target withComparison(
            Target t, Comparison c, BigDecimal value, BigDecimal upper, String unit, String level) {
        return new Target(
                t.key(), t.publishedText(), c, value, upper, unit, level, t.source(), t.confidence(), t.province());
    }
}
