package vn.ruralstat.rulebook;

/**
 * The outcome of one indicator for one commune.
 *
 * @param indicator the indicator code
 * @param key       the key whose target was used
 * @param cause     why it could not be assessed; null when met or not met
 * @param gap       distance to a numeric target when a figure was reported; null otherwise
 */
public record Verdict(
        String indicator, String key, Status status, Cause cause, String reasonVi, String reasonEn, Gap gap) {

    /** Why an indicator is {@link Status#NOT_ASSESSABLE}. */
    public enum Cause {
        /** No target in the rulebook for the commune's group or region (not published, or not found). */
        TARGET_UNKNOWN,
        /** The commune's group or region is not known, and the indicator has no target for every key. */
        GROUP_UNKNOWN,
        /** A target text was published but could not be read. */
        TARGET_UNREADABLE,
        /** No value was reported. */
        VALUE_MISSING,
        /** Only the submitter's own assessment was written, beside an empty value cell: nothing to check it by. */
        ASSESSMENT_WITHOUT_VALUE,
        /** The value is neither a number nor Đạt/Chưa đạt. */
        VALUE_UNREADABLE,
        /** A number was reported for a pass/fail target, or a level that cannot be compared. */
        VALUE_DOES_NOT_FIT
    }
}
