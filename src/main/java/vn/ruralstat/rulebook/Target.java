package vn.ruralstat.rulebook;

import java.math.BigDecimal;

/**
 * A target of one indicator for one key ({@code group-1}, a region, or {@link #GENERAL_KEY}):
 * the text exactly as published, what the parser read from it, and where it comes from.
 *
 * @param key           the commune group, region or area it applies to; {@code *} for all
 * @param publishedText the text exactly as published (LaTeX kept: "$\geq 60\%$"); empty when unset
 * @param comparison    how a value is compared; {@link Comparison#UNKNOWN} when unset or unreadable
 * @param value         the figure (the lower bound of a range); null for pass/fail and unknown
 * @param upperValue    the upper bound of a {@link Comparison#RANGE}; null otherwise
 * @param unit          the unit as written after the figure ("%", "%/năm", "mô hình"); empty if none
 * @param level         the level required by a pass/fail target ("Tốt" in "Đạt (Tốt)"); null if none
 * @param source        where the figure was read; for an unset target, why it is unknown
 * @param confidence    {@link Confidence#VERBATIM} for shipped figures; {@link Confidence#UNKNOWN} when unset
 * @param province      the province whose override this is; null for a national target
 */
public record Target(
        String key,
        String publishedText,
        Comparison comparison,
        BigDecimal value,
        BigDecimal upperValue,
        String unit,
        String level,
        String source,
        Confidence confidence,
        String province) {

    /** The key of a target that applies to every commune group or region without its own. */
    public static final String GENERAL_KEY = "*";

    /** A target that is not known: no verified figure was found for this key. */
    public static Target unset(String key, String why) {
        return new Target(key, "", Comparison.UNKNOWN, null, null, "", null, why, Confidence.UNKNOWN, null);
    }

    /** True when the target has no verified text at all (as opposed to a text the parser could not read). */
    public boolean isUnset() {
        return publishedText.isEmpty();
    }

    /** True when values can be compared with it. */
    public boolean isKnown() {
        return comparison != Comparison.UNKNOWN;
    }

    /** The target as read, Vietnamese style: "≥40%", "≤2%", "9,5–12%/năm", "≥1 mô hình", "Đạt (Tốt)". */
    public String displayVi() {
        return display(
                value == null ? null : PublishedText.vi(value),
                upperValue == null ? null : PublishedText.vi(upperValue),
                "chưa rõ chỉ tiêu");
    }

    /** The target as read, English style: "≥40%", "9.5–12%/năm". */
    public String displayEn() {
        return display(
                value == null ? null : PublishedText.en(value),
                upperValue == null ? null : PublishedText.en(upperValue),
                "target unknown");
    }

    private String display(String figure, String upper, String unknown) {
        return switch (comparison) {
            case AT_LEAST, AT_LEAST_COUNT -> "≥" + PublishedText.withUnit(figure, unit);
            case AT_MOST -> "≤" + PublishedText.withUnit(figure, unit);
            case EXACTLY -> PublishedText.withUnit(figure, unit);
            case RANGE -> PublishedText.withUnit(figure + "–" + upper, unit);
            case PASS_FAIL -> PublishedText.plain(publishedText);
            case UNKNOWN -> isUnset() ? unknown : PublishedText.plain(publishedText);
        };
    }
}
