package vn.ruralstat.sheet;

import java.util.regex.Pattern;

/** Header words reduced to a comparable form: folded (no case, no diacritics), punctuation as spaces. */
public final class Labels {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Labels() {}

    public static String fold(String label) {
        return NOT_WORD.matcher(UnitNames.fold(label)).replaceAll(" ").trim();
    }

    /** True when the folded label holds {@code phrase} (folded words) as whole words. */
    public static boolean has(String foldedLabel, String phrase) {
        return (" " + foldedLabel + " ").contains(" " + phrase + " ");
    }

    public static boolean hasAny(String foldedLabel, String... phrases) {
        for (String p : phrases) {
            if (has(foldedLabel, p)) return true;
        }
        return false;
    }
}
