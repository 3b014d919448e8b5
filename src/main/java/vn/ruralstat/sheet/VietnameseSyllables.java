package vn.ruralstat.sheet;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells whether a word is a well-formed Vietnamese syllable, and scores a text by the share of
 * its words that are. Used as evidence when deciding whether text is in a legacy 8-bit encoding:
 * mojibake such as "Th«n" or "Coäng" is not a syllable, its correct reading "Thôn", "Cộng" is.
 *
 * <p>A syllable is an initial consonant (b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t
 * th tr v x, or none), a rhyme from the closed list of Vietnamese rhymes ("a", "oanh", "ương", …)
 * and at most one tone mark, placed on a vowel of the rhyme where Vietnamese writes it (old style
 * "hòa" and new style "hoà" both accepted). Spelling rules that mojibake breaks are enforced: gh
 * and ngh only before i, e, ê; g, ng and c never before e, ê; rhymes ending in p, t, c, ch carry
 * only the acute or dot-below tone. "k" is allowed before any vowel, as in the place name "Bắc Kạn".
 *
 * <p>Words that are no evidence either way are neutral: words of plain ASCII letters (names
 * typed without diacritics, "x", "TT", "STT", "NTM", "PCTT", "UBND"), numbers, and upper-case
 * abbreviations without tone marks ("ĐVT", "HĐND").
 */
public final class VietnameseSyllables {

    /** What a word says about the text it comes from. */
    public enum Kind {
        /** A well-formed Vietnamese syllable with at least one letter outside ASCII. */
        SYLLABLE,
        /** No evidence either way: ASCII letters only, a number, an abbreviation. */
        NEUTRAL,
        /** Neither: not Vietnamese as written (mojibake, foreign words, typos). */
        OTHER
    }

    /**
     * Evidence words of a text and how many of them are syllables.
     *
     * @param evidence words that are neither neutral nor a single letter
     * @param valid    those among them that are Vietnamese syllables
     */
    public record Score(int evidence, int valid) {

        /** valid / evidence; 0 when there is no evidence. */
        public double share() {
            return evidence == 0 ? 0 : (double) valid / evidence;
        }
    }

    private static final List<String> ONSETS = List.of(
            "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph",
            "qu", "r", "s", "t", "th", "tr", "v", "x");

    /** Every rhyme of standard Vietnamese, without tone; medial o/u included ("oanh", "uyên"). */
    private static final Set<String> RHYMES = Set.of(
            "a", "ai", "ao", "au", "ay", "am", "an", "ang", "anh", "ap", "at", "ac", "ach", "ăm", "ăn", "ăng", "ăp",
            "ăt", "ăc", "âm", "ân", "âng", "âp", "ât", "âc", "âu", "ây", "e", "em", "en", "eng", "ep", "et", "ec", "eo",
            "ê", "êm", "ên", "ênh", "êp", "êt", "êch", "êu", "i", "ia", "iu", "im", "in", "inh", "ip", "it", "ich",
            "iêm", "iên", "iêng", "iêp", "iêt", "iêc", "iêu", "yêm", "yên", "yêt", "yêu", "o", "oi", "om", "on", "ong",
            "op", "ot", "oc", "oong", "ooc", "ô", "ôi", "ôm", "ôn", "ông", "ôp", "ôt", "ôc", "ơ", "ơi", "ơm", "ơn",
            "ơp", "ơt", "u", "ua", "ui", "um", "un", "ung", "up", "ut", "uc", "uôi", "uôm", "uôn", "uông", "uôt", "uôc",
            "ư", "ưa", "ưi", "ưu", "ưm", "ưn", "ưng", "ưt", "ưc", "ươi", "ươu", "ươm", "ươn", "ương", "ươp", "ươt",
            "ươc", "y", "oa", "oai", "oay", "oam", "oan", "oang", "oanh", "oap", "oat", "oac", "oach", "oăm", "oăn",
            "oăng", "oăt", "oăc", "oao", "oe", "oeo", "oen", "oet", "uê", "uên", "uênh", "uêch", "uơ", "uân", "uâng",
            "uât", "uây", "uy", "uya", "uyu", "uyn", "uynh", "uyt", "uych", "uyp", "uyên", "uyêt");

    /** Two-vowel open rhymes where Vietnamese writes the tone on either vowel: "hòa" and "hoà". */
    private static final Set<String> EITHER_TONE_PLACE = Set.of("oa", "oe", "uy");
    /** Two-vowel open rhymes whose tone goes on the second vowel: "thuở", "huế". */
    private static final Set<String> SECOND_TONE_PLACE = Set.of("uê", "uơ");

    private static final String VOWELS = "aăâeêioôơuưy";
    private static final char ACUTE = '\u0301';
    private static final char DOT_BELOW = '\u0323';
    private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";

    private VietnameseSyllables() {}

    /** True when {@code word} (any case, NFC or NFD) is a well-formed Vietnamese syllable. */
    public static boolean isSyllable(String word) {
        Toned toned = Toned.of(Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        if (toned == null || toned.bare.isEmpty()) return false;
        for (String onset : ONSETS) {
            if (toned.bare.startsWith(onset) && fits(onset, toned.bare.substring(onset.length()), toned)) return true;
        }
        return false;
    }

    /** What a word is evidence of; see {@link Kind}. */
    public static Kind classify(String word) {
        String nfc = Normalizer.normalize(word, Normalizer.Form.NFC);
        if (isAsciiLettersOrDigits(nfc)) return Kind.NEUTRAL;
        if (isSyllable(nfc)) return Kind.SYLLABLE;
        return isAbbreviation(nfc) ? Kind.NEUTRAL : Kind.OTHER;
    }

    /**
     * Scores a text: its words are the runs of letters; single letters and neutral words are left
     * out; the score counts how many of the rest are syllables.
     */
    public static Score score(String text) {
        int evidence = 0;
        int valid = 0;
        for (String word : words(text)) {
            if (word.codePointCount(0, word.length()) < 2) continue;
            Kind kind = classify(word);
            if (kind == Kind.NEUTRAL) continue;
            evidence++;
            if (kind == Kind.SYLLABLE) valid++;
        }
        return new Score(evidence, valid);
    }

    /** The runs of letters (with their combining marks) of an NFC text. */
    static List<String> words(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= nfc.length(); i++) {
            boolean letter = i < nfc.length() && isWordChar(nfc.charAt(i));
            if (letter && start < 0) start = i;
            if (!letter && start >= 0) {
                words.add(nfc.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean fits(String onset, String rhyme, Toned toned) {
        if (!RHYMES.contains(rhyme) || !onsetAllows(onset, rhyme)) return false;
        if (toned.toneAt < 0) return !endsInStop(rhyme);
        if (endsInStop(rhyme) && toned.tone != ACUTE && toned.tone != DOT_BELOW) return false;
        return tonePlaceAllowed(rhyme, toned.toneAt - onset.length());
    }

    private static boolean onsetAllows(String onset, String rhyme) {
        char first = rhyme.isEmpty() ? ' ' : rhyme.charAt(0);
        boolean frontVowel = first == 'i' || first == 'e' || first == 'ê';
        return switch (onset) {
            case "gh", "ngh" -> frontVowel;
            case "ng" -> !frontVowel;
            case "g" -> first != 'e' && first != 'ê';
            case "c" -> !frontVowel && first != 'y';
            case "qu" -> !rhyme.isEmpty() && first != 'o' && first != 'u' && first != 'ư';
            case "gi" -> !rhyme.isEmpty() && first != 'i';
            default -> true;
        };
    }

    private static boolean endsInStop(String rhyme) {
        return rhyme.endsWith("p") || rhyme.endsWith("t") || rhyme.endsWith("c") || rhyme.endsWith("ch");
    }

    /** Where the tone of a rhyme may stand, as an index into the rhyme. */
    private static boolean tonePlaceAllowed(String rhyme, int at) {
        int vowels = 0;
        while (vowels < rhyme.length() && VOWELS.indexOf(rhyme.charAt(vowels)) >= 0) vowels++;
        if (at < 0 || at >= vowels) return false;
        boolean open = vowels == rhyme.length();
        if (!open || vowels == 1) return at == vowels - 1;
        if (vowels == 3) return at == 1;
        if (EITHER_TONE_PLACE.contains(rhyme)) return true;
        return at == (SECOND_TONE_PLACE.contains(rhyme) ? 1 : 0);
    }

    private static boolean isAsciiLettersOrDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x80 || !Character.isLetterOrDigit(c)) return false;
        }
        return true;
    }

    /** "ĐVT", "HĐND": two or more upper-case letters, no tone marks. */
    private static boolean isAbbreviation(String word) {
        if (word.length() < 2) return false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isUpperCase(c)) return false;
            String marks = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            for (int m = 1; m < marks.length(); m++) {
                if (TONE_MARKS.indexOf(marks.charAt(m)) >= 0) return false;
            }
        }
        return true;
    }

    /**
     * A lower-case word split into its letters without tone and its one tone mark.
     *
     * @param bare   the letters, NFC, tone removed (shape marks kept: â, ơ, ư…)
     * @param tone   the tone's combining mark, or 0
     * @param toneAt index in {@code bare} of the letter carrying the tone, or -1
     */
    private record Toned(String bare, char tone, int toneAt) {

        /** Null when the word holds anything but Vietnamese letters, or more than one tone. */
        static Toned of(String lower) {
            StringBuilder bare = new StringBuilder(lower.length());
            char tone = 0;
            int toneAt = -1;
            for (int i = 0; i < lower.length(); i++) {
                String parts = Normalizer.normalize(lower.substring(i, i + 1), Normalizer.Form.NFD);
                StringBuilder letter = new StringBuilder(parts.length());
                for (int p = 0; p < parts.length(); p++) {
                    char c = parts.charAt(p);
                    if (TONE_MARKS.indexOf(c) >= 0) {
                        if (toneAt >= 0 || p == 0) return null;
                        tone = c;
                        toneAt = bare.length();
                    } else {
                        letter.append(c);
                    }
                }
                String shaped = Normalizer.normalize(letter, Normalizer.Form.NFC);
                if (shaped.length() != 1 || !isVietnameseLetter(shaped.charAt(0))) return null;
                bare.append(shaped);
            }
            return new Toned(bare.toString(), tone, toneAt);
        }

        private static boolean isVietnameseLetter(char c) {
            return c >= 'a' && c <= 'z' && c != 'f' && c != 'j' && c != 'w' && c != 'z' || "ăâđêôơư".indexOf(c) >= 0;
        }
    }
}
