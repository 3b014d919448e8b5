package vn.ruralstat.sheet;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The near-name search as it was before the index: every name measured against every other. Kept
 * only as the oracle the indexed {@link NearNames} must agree with.
 */
final class BruteForceNearNames {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(2);

    /** Keys already computed: the key is a pure function of the name, and the oracle must be quick. */
    private final Map<String, String> keys = new HashMap<>();

    private String key(String name) {
        return keys.computeIfAbsent(name, UnitNames::key);
    }

    Optional<String> closest(String name, Collection<String> candidates) {
        String key = key(name);
        if (key.length() < 4) return Optional.empty();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String other = key(candidate);
            if (other.equals(key)) return Optional.empty();
            if (NearNames.numberedSiblings(key, other)) continue;
            int d = DISTANCE.apply(key, other);
            int allowed = Math.min(key.length(), other.length()) >= 16 ? 2 : 1;
            if (d > 0 && d <= allowed && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
