package vn.ruralstat.jobdef;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The known word an operator most likely meant when typing an unknown one ("shedule" → "schedule"). */
public final class Suggestions {

    private static final LevenshteinDistance WITHIN_TWO_EDITS = new LevenshteinDistance(2);
    private static final int SHARED_PREFIX = 6;

    private Suggestions() {}

    /**
     * The known word within two edits of {@code typed}, ignoring case, the nearest first; else one
     * sharing its first six letters with it ("consolidate" → "consolidation").
     */
    public static Optional<String> closest(String typed, Collection<String> known) {
        String t = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = WITHIN_TWO_EDITS.apply(t, k.toLowerCase(Locale.ROOT));
            if (d >= 0 && d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        if (best != null) return Optional.of(best);
        for (String k : known) {
            String lk = k.toLowerCase(Locale.ROOT);
            if (t.length() >= SHARED_PREFIX
                    && lk.length() >= SHARED_PREFIX
                    && t.regionMatches(0, lk, 0, SHARED_PREFIX)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
