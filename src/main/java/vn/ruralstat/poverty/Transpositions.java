package vn.ruralstat.poverty;

import java.util.Optional;

/**
 * Slips of the keys that turn one count into another: two neighbouring digits swapped (45 for
 * 54, 123 for 132), a digit dropped (5 for 54) or a digit typed twice or too many (544 for 54).
 * A slip is evidence that a typed count was meant to be the other one; any other difference is not.
 */
public final class Transpositions {

    /** The kind of slip, named in the finding's sentence. */
    public enum Slip {
        SWAPPED_DIGITS,
        DROPPED_DIGIT,
        EXTRA_DIGIT
    }

    private Transpositions() {}

    /** The slip that turns {@code intended} into {@code typed}, if one does. */
    public static Optional<Slip> slip(long typed, long intended) {
        if (typed < 0 || intended < 0 || typed == intended) return Optional.empty();
        String t = Long.toString(typed);
        String i = Long.toString(intended);
        if (t.length() == i.length()) return swapped(t, i) ? Optional.of(Slip.SWAPPED_DIGITS) : Optional.empty();
        if (t.length() + 1 == i.length()) {
            return oneDigitMore(i, t) ? Optional.of(Slip.DROPPED_DIGIT) : Optional.empty();
        }
        if (t.length() == i.length() + 1) {
            return oneDigitMore(t, i) ? Optional.of(Slip.EXTRA_DIGIT) : Optional.empty();
        }
        return Optional.empty();
    }

    public static boolean isSlip(long typed, long intended) {
        return slip(typed, intended).isPresent();
    }

    /** Same digits but two neighbours in the other order, all else equal. */
    private static boolean swapped(String a, String b) {
        int first = -1;
        for (int k = 0; k < a.length(); k++) {
            if (a.charAt(k) != b.charAt(k)) {
                first = k;
                break;
            }
        }
        if (first < 0 || first + 1 >= a.length()) return false;
        return a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first)
                && a.substring(first + 2).equals(b.substring(first + 2));
    }

    /** {@code longer} is {@code shorter} with one digit inserted somewhere. */
    private static boolean oneDigitMore(String longer, String shorter) {
        for (int k = 0; k < longer.length(); k++) {
            if ((longer.substring(0, k) + longer.substring(k + 1)).equals(shorter)) return true;
        }
        return false;
    }
}
