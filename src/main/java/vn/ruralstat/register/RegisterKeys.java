package vn.ruralstat.register;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.ruralstat.sheet.UnitNames;

/**
 * Matching keys of unit names as officers write them: no case, no diacritics, no punctuation,
 * single spaces, numbers without leading zeros ("Phường 01" is "phuong 1"), and the
 * administrative kind word in front taken off. Village words ("Bản", "Khu") are part of a
 * commune's name ("Xã Bản Mế" is "ban me"), so only the administrative words are taken off.
 */
final class RegisterKeys {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N} ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_ZEROS = Pattern.compile("\\b0+(\\d)");
    private static final Pattern KIND =
            Pattern.compile("^(xa|phuong|thi tran|dac khu|huyen|quan|thi xa|thanh pho|tp|tinh)\\s+(?=\\S)");

    private RegisterKeys() {}

    /** The folded text, kind word kept: "Xã  Ngân Sơn" → "xa ngan son". */
    static String folded(String text) {
        String folded = NOT_WORD.matcher(UnitNames.fold(text)).replaceAll(" ");
        folded = SPACES.matcher(folded).replaceAll(" ").trim();
        return LEADING_ZEROS.matcher(folded).replaceAll("$1");
    }

    /** The key of an official full name: folded, its kind word taken off ("Xã Phương Liệt" → "phuong liet"). */
    static String key(String fullName) {
        return KIND.matcher(folded(fullName)).replaceFirst("");
    }

    /** Whether a written name may be the unit of this official full name ("Quản Bạ", "huyen Quan Ba"). */
    static boolean sameUnit(String fullName, String written) {
        return lookups(written).contains(key(fullName));
    }

    /**
     * The keys to look a written name up by, in order: as written, then without its kind word.
     * "Xa Dung" typed without diacritics may be the commune Xa Dung or a "xã Dung": both are tried.
     */
    static List<String> lookups(String written) {
        List<String> keys = new ArrayList<>();
        String folded = folded(written);
        keys.add(folded);
        String stripped = KIND.matcher(folded).replaceFirst("");
        if (!stripped.equals(folded)) keys.add(stripped);
        return keys;
    }

    /** The folded kind word a written name starts with ("xa", "phuong", "thi tran"), or null. */
    static String kind(String written) {
        var m = KIND.matcher(folded(written));
        return m.lookingAt() ? m.group(1) : null;
    }
}
