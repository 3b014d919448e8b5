package vn.ruralstat.sheet;

import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unit names as written (trimmed, NFC, single spaces) and as matching keys (no case, no
 * diacritics, no kind prefix such as "Thôn", "Xã", "Huyện").
 */
public final class UnitNames {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Punctuation and symbols, which a key reads as spaces; compiled once, not on every key. */
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N} ]");

    private static final Pattern KIND_PREFIX = Pattern.compile(
            "^(thon|xom|ban|ap|khu pho|khu|to dan pho|tdp|lang|xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh)\\s+");

    /** Administrative kind words a unit name may start with ("Xã Ngân Sơn", "huyện Quảng Hòa"). */
    private static final Pattern KIND_WORD =
            Pattern.compile("(?iu)^(thị trấn|thị xã|thành phố|xã|phường|huyện|quận|tỉnh)\\s+");
    /** The same without diacritics, taken only in a name typed wholly without them ("Xa Ly" may be a name). */
    private static final Pattern PLAIN_KIND_WORD =
            Pattern.compile("(?i)^(thi tran|thi xa|thanh pho|xa|phuong|huyen|quan|tinh)\\s+");

    /**
     * How many keys were computed: a step that asks for a key per pair of units instead of per unit
     * shows it here (tests count it at two input sizes). Cheaper than the key itself by far.
     */
    static final LongAdder KEYS_COMPUTED = new LongAdder();

    private UnitNames() {}

    /**
     * The level of the kind word {@code name} starts with, as {@link TitleContext#rank} counts
     * them: 1 for xã, phường, thị trấn; 2 for huyện, quận, thị xã, thành phố; 3 for tỉnh; 0 without one.
     */
    public static int kindRank(String name) {
        Matcher m = kindWord(name);
        if (m == null) return 0;
        String word = fold(m.group(1));
        return switch (word) {
            case "xa", "phuong", "thi tran" -> 1;
            case "tinh" -> 3;
            default -> 2;
        };
    }

    /** The name without its kind word: "Xã Phục Hòa" → "Phục Hòa"; a name that is only a kind word stays. */
    public static String withoutKind(String name) {
        String shown = clean(name);
        Matcher m = kindWord(shown);
        return m == null || m.end() >= shown.length() ? shown : shown.substring(m.end());
    }

    private static Matcher kindWord(String name) {
        String shown = clean(name);
        Matcher m = KIND_WORD.matcher(shown);
        if (m.lookingAt()) return m;
        boolean plain = shown.chars().allMatch(c -> c < 128);
        m = PLAIN_KIND_WORD.matcher(shown);
        return plain && m.lookingAt() ? m : null;
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

    /** A kind word written with its marks before a unit's name: "Thôn", "Xóm", "Bản", "Xã", … */
    private static final Pattern WRITTEN_KIND_PREFIX =
            Pattern.compile("^(thôn|xóm|bản|ấp|khu phố|khu|tổ dân phố|tdp|làng|xã|phường|thị trấn)\\s+");

    /**
     * Key of a name as written, for telling whether two rows of one table name the same unit: case,
     * spacing, NFC/NFD and a kind word written in full ("Thôn Tân Lập", "TÂN LẬP") do not count, every
     * mark and character does ("Nà Hin" and "Nà Hìn" are two villages; "=1+1" and "-1+1" two names).
     * Matching a name to the register or to another period goes through {@link #key} instead.
     */
    public static String writtenKey(String name) {
        String lower = clean(name).toLowerCase(Locale.ROOT);
        String bare = WRITTEN_KIND_PREFIX.matcher(lower).replaceFirst("");
        return bare.isEmpty() ? lower : bare;
    }

    /** Matching key of a unit name: folded, punctuation dropped, kind prefix removed. */
    public static String key(String name) {
        KEYS_COMPUTED.increment();
        String folded = NOT_LETTER_OR_DIGIT.matcher(fold(name)).replaceAll(" ");
        folded = SPACES.matcher(folded).replaceAll(" ").trim();
        String withoutKind = KIND_PREFIX.matcher(folded).replaceFirst("");
        return withoutKind.isEmpty() ? folded : withoutKind;
    }
}
