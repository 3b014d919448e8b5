package vn.ruralstat.sheet;

import java.util.Objects;

/**
 * The outcome of reading one cell as a number.
 *
 * @param value   the number read; 0.0 for {@link Status#DASH}; null for {@link Status#EMPTY} and
 *                {@link Status#NOT_NUMERIC}
 * @param status  how the value was read
 * @param message why the cell is {@link Status#AMBIGUOUS} or {@link Status#NOT_NUMERIC}, as one
 *                sentence in Vietnamese, " / ", then English; null for the other statuses
 */
public record ParsedNumber(Double value, Status status, String message) {

    public enum Status {
        /** A number read without doubt. */
        NUMBER,
        /** A blank cell. */
        EMPTY,
        /** "-", "–" or "—" alone, which officers write for zero. */
        DASH,
        /** Text that is not a number, an error cell, or a formula without a cached value. */
        NOT_NUMERIC,
        /** A number whose separator could be read two ways ("1,502"); the value is the column's likelier reading. */
        AMBIGUOUS
    }

    public ParsedNumber {
        Objects.requireNonNull(status, "status");
        boolean hasValue = status == Status.NUMBER || status == Status.DASH || status == Status.AMBIGUOUS;
        if (hasValue != (value != null)) {
            throw new IllegalArgumentException(status + " must " + (hasValue ? "" : "not ") + "carry a value");
        }
    }

    static ParsedNumber number(double value) {
        return new ParsedNumber(value, Status.NUMBER, null);
    }

    static ParsedNumber empty() {
        return new ParsedNumber(null, Status.EMPTY, null);
    }

    static ParsedNumber dash() {
        return new ParsedNumber(0.0, Status.DASH, null);
    }

    static ParsedNumber ambiguous(double value, String message) {
        return new ParsedNumber(value, Status.AMBIGUOUS, message);
    }

    static ParsedNumber notNumeric(String message) {
        return new ParsedNumber(null, Status.NOT_NUMERIC, message);
    }

    /**
     * True when a value was read: {@link Status#NUMBER}, {@link Status#DASH} (zero) and
     * {@link Status#AMBIGUOUS} (the column's likelier reading, worth a warning).
     */
    public boolean isNumber() {
        return value != null;
    }
}
