package vn.ruralstat.rulebook;

import java.util.Locale;

/**
 * How sure we are of a name or a figure. Only {@link #VERBATIM} figures ship as targets of the
 * national rulebooks; an unset target is {@link #UNKNOWN}.
 */
public enum Confidence {
    /** Copied exactly from a source that is named beside it. */
    VERBATIM,
    /** Recalled or derived, not read in a source: a lead to check, not a fact. */
    INFERRED,
    /** Not found in any source. */
    UNKNOWN;

    static Confidence parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
