package vn.ruralstat.rulebook;

/** How a value is compared with a published target. */
public enum Comparison {
    /** "≥99%", "$\geq 60\%$": the value must be at least the figure. */
    AT_LEAST,
    /** "≤2%": the value must be at most the figure. */
    AT_MOST,
    /** "100%", "= 0": the value must equal the figure. */
    EXACTLY,
    /** "≥ 01 mô hình", "≥ 01": at least that many things (a whole count, not a rate). */
    AT_LEAST_COUNT,
    /** "Bình quân từ 9,5 - 12%/năm": the value must lie within the two figures, both included. */
    RANGE,
    /** "Đạt", "Đạt (Tốt)", "Có": met or not met, as assessed; no figure. */
    PASS_FAIL,
    /** No verified target, or a published text the parser could not read: never assessed. */
    UNKNOWN
}
