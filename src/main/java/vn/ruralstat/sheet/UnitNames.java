package vn.ruralstat.sheet;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Unit names as written (trimmed, NFC, single spaces) and as matching keys (no case, no
 * diacritics, no kind prefix such as "Thôn", "Xã", "Huyện").
 */
public final class UnitNames {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern KIND_PREFIX = Pattern.compile(
            "^(thon|xom|ban|ap|khu pho|khu|to dan pho|tdp|lang|xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh)\\s+");

    private UnitNames() {
    }

    /** Text as displayed: Unicode NFC, non-breaking spaces as spaces, runs of spaces folded, trimmed. */
    public static String clean(String text) {
        if (text == null) return "";
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00A0', ' ');
        return SPACES.matcher(nfc).replaceAll(" ").trim();
    }

    /** Lower case, without diacritics ("đ" becomes "d"), spaces folded: for matching words. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return bare.toLowerCase(Locale.ROOT);
    }

    /** Matching key of a unit name: folded, punctuation dropped, kind prefix removed. */
    public static String key(String name) {
        String folded = fold(name).replaceAll("[^\\p{L}\\p{N} ]", " ");
        folded = SPACES.matcher(folded).replaceAll(" ").trim();
        String withoutKind = KIND_PREFIX.matcher(folded).replaceFirst("");
        return withoutKind.isEmpty() ? folded : withoutKind;
    }
}
