package vn.ruralstat.sheet;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether cell text is in a legacy 8-bit Vietnamese encoding ({@link LegacyEncoding})
 * read as Windows-1252 — "Th«n T©n LËp" for "Thôn Tân Lập" — and converts it; always returns NFC.
 *
 * <p>The decision rests on evidence, never on the mere presence of odd characters: the text is
 * cut into words at spaces, ASCII punctuation and digits, and each word of two or more characters
 * holding a non-ASCII character is read as written and in each encoding. A reading wins when
 * <ul>
 *   <li>it explains the text: at least {@value #MIN_EXPLAINED_SHARE} of those words are Vietnamese
 *       syllables or neutral abbreviations ({@link VietnameseSyllables}) — the rest leaves room for
 *       typos, ethnic-minority names and foreign words;</li>
 *   <li>the text as written does not: less than {@value #MIN_EXPLAINED_SHARE} of its words are
 *       (Unicode "Thôn Tân" also reads as TCVN3 "Thụn Tõn", and must stay);</li>
 *   <li>it is better than the text as written by at least {@value #MIN_GAIN_ONE_TEXT}
 *       syllables for one text ({@value #MIN_GAIN_SHEET} distinct words for a sheet): a single
 *       word such as "X·" (TCVN3 "Xã", VISCII "Xở") is too little to judge;</li>
 *   <li>it has strictly more syllables than every other encoding.</li>
 * </ul>
 * Otherwise the text is kept. It is flagged unsure when some encoding reads more syllables than the
 * text as written, and the text as written does not already explain itself; the note says what was
 * seen. Text holding a character no 8-bit font can produce (ư, ạ, ế, "→") is Unicode and kept
 * without looking further; so is plain ASCII. Words are counted once however often they occur, so
 * a unit column repeating "m²" weighs as one word.
 */
public final class LegacyTextDecoder {

    /** Share of evidence words a reading must explain to be taken. */
    static final double MIN_EXPLAINED_SHARE = 0.8;
    /** Syllables a reading must gain over the text as written, deciding one text. */
    static final int MIN_GAIN_ONE_TEXT = 2;
    /** Distinct syllables a reading must gain over the text as written, deciding a sheet. */
    static final int MIN_GAIN_SHEET = 3;

    private static final LegacyEncoding[] ENCODINGS = LegacyEncoding.values();
    private static final String AS_WRITTEN = "as written";

    /**
     * The outcome for one text.
     *
     * @param text     the text to use, NFC: converted, or as given
     * @param encoding the encoding it was converted from, null when unchanged
     * @param unsure   true when the text may be legacy-encoded but the evidence is not clear
     * @param note     what the decision rests on (English), null when there is nothing to say
     */
    public record Decision(String text, LegacyEncoding encoding, boolean unsure, String note) {}

    /**
     * The outcome for the cells of one sheet.
     *
     * @param encoding  the sheet's encoding, null when its text is kept
     * @param unsure    true when the sheet may be legacy-encoded but the evidence is not clear
     * @param note      what the decision rests on (English), null when there is nothing to say
     * @param texts     the cells' texts in the order given, NFC, converted when {@code encoding} is set
     * @param converted how many texts the conversion changed
     */
    public record SheetDecision(
            LegacyEncoding encoding, boolean unsure, String note, List<String> texts, int converted) {

        public SheetDecision {
            texts = List.copyOf(texts);
        }
    }

    /** Decides one text on its own evidence. */
    public Decision decide(String text) {
        String nfc = nfc(text);
        if (!isLegacyCandidate(nfc)) return new Decision(nfc, null, false, null);
        Evidence evidence = new Evidence(readingNames(AS_WRITTEN));
        addWords(evidence, nfc);
        Evidence.Verdict verdict = evidence.judge(MIN_GAIN_ONE_TEXT, 0);
        if (verdict.reading() == 0) return new Decision(nfc, null, verdict.unsure(), verdict.note());
        LegacyEncoding encoding = ENCODINGS[verdict.reading() - 1];
        return new Decision(restoreCapitals(nfc(encoding.decodeText(nfc)), encoding), encoding, false, verdict.note());
    }

    /**
     * Decides one encoding for the cells of a sheet from all of them — far stronger evidence than
     * one cell — then converts each cell that could be in it. Cells already in Unicode Vietnamese
     * are never converted; they also weigh against flagging a sheet whose few odd words are
     * more likely symbols than legacy text.
     */
    public SheetDecision decideBatch(List<String> texts) {
        List<String> nfc = new ArrayList<>(texts.size());
        Evidence evidence = new Evidence(readingNames(AS_WRITTEN));
        Set<String> unicodeSyllables = new HashSet<>();
        for (String text : texts) {
            String cell = nfc(text);
            nfc.add(cell);
            if (isLegacyCandidate(cell)) {
                addWords(evidence, cell);
            } else if (hasCharacterWithoutByte(cell)) {
                for (String word : VietnameseSyllables.words(cell)) {
                    if (VietnameseSyllables.classify(word) == VietnameseSyllables.Kind.SYLLABLE) {
                        unicodeSyllables.add(word);
                    }
                }
            }
        }
        Evidence.Verdict verdict = evidence.judge(MIN_GAIN_SHEET, unicodeSyllables.size());
        if (verdict.reading() == 0) return new SheetDecision(null, verdict.unsure(), verdict.note(), nfc, 0);
        LegacyEncoding encoding = ENCODINGS[verdict.reading() - 1];
        List<String> converted = new ArrayList<>(nfc.size());
        int changed = 0;
        for (String cell : nfc) {
            String text = convert(cell, encoding);
            if (!text.equals(cell)) changed++;
            converted.add(text);
        }
        return new SheetDecision(encoding, false, verdict.note(), converted, changed);
    }

    /**
     * Converts one text from an encoding already decided (for a sheet): NFC, and decoded unless
     * it is plain ASCII or holds a character no 8-bit font can produce.
     */
    public String convert(String text, LegacyEncoding encoding) {
        String nfc = nfc(text);
        return isLegacyCandidate(nfc) ? restoreCapitals(nfc(encoding.decodeText(nfc)), encoding) : nfc;
    }

    /**
     * TCVN3 has no codes for toned capitals: an all-capitals title typed in a ".VnTimeH" font
     * decodes as "DANH SáCH Xã". When a text has no lower-case ASCII letter and at least one word of
     * two or more capitals, it was all capitals, and is upper-cased whole.
     */
    static String restoreCapitals(String decoded, LegacyEncoding encoding) {
        if (encoding != LegacyEncoding.TCVN3) return decoded;
        boolean capitalsWord = false;
        int capitalsInWord = 0;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c >= 'a' && c <= 'z') return decoded;
            if (c >= 'A' && c <= 'Z') {
                if (++capitalsInWord >= 2) capitalsWord = true;
            } else if (!Character.isLetter(c)) {
                capitalsInWord = 0;
            }
        }
        return capitalsWord ? decoded.toUpperCase(java.util.Locale.forLanguageTag("vi")) : decoded;
    }

    /** True when every character maps to a byte and one at least is a legacy letter byte. */
    static boolean isLegacyCandidate(String nfc) {
        boolean legacy = false;
        for (int i = 0; i < nfc.length(); i++) {
            int b = LegacyEncoding.byteOf(nfc.charAt(i));
            if (b < 0) return false;
            legacy |= LegacyEncoding.isLegacyByte(b);
        }
        return legacy;
    }

    /** True for Unicode text no 8-bit font can produce: "ư", "ạ", "→". */
    private static boolean hasCharacterWithoutByte(String nfc) {
        for (int i = 0; i < nfc.length(); i++) {
            if (LegacyEncoding.byteOf(nfc.charAt(i)) < 0) return true;
        }
        return false;
    }

    private static void addWords(Evidence evidence, String text) {
        for (String word : Evidence.pieces(text)) {
            if (!Evidence.isEvidence(word)) continue;
            String[] readings = new String[ENCODINGS.length + 1];
            readings[0] = word;
            for (int e = 0; e < ENCODINGS.length; e++) readings[e + 1] = nfc(ENCODINGS[e].decodeText(word));
            evidence.add(word, readings);
        }
    }

    /** The names of the readings: the baseline, then one per {@link LegacyEncoding}. */
    static String[] readingNames(String baseline) {
        String[] names = new String[ENCODINGS.length + 1];
        names[0] = baseline;
        for (int e = 0; e < ENCODINGS.length; e++) names[e + 1] = ENCODINGS[e].label();
        return names;
    }

    private static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Tallies distinct words under several readings of the same characters or bytes: reading 0 is
     * the baseline kept when no other is clearly better (the text as written, or Windows-1258 for
     * CSV bytes), readings 1.. follow {@link LegacyEncoding#values()}. Words are split at bytes
     * every reading shares (spaces, ASCII punctuation and digits), so the readings stay aligned.
     */
    static final class Evidence {

        /**
         * @param reading the reading chosen, 0 for the baseline
         * @param unsure  true when the baseline was kept although another reading explains more
         * @param note    the evidence in words, null when there is nothing to say
         */
        record Verdict(int reading, boolean unsure, String note) {}

        private static final Pattern UNIT_WITH_EXPONENT = Pattern.compile("[A-Za-z]{1,3}[\u00B2\u00B3]");

        private final String[] names;
        private final Set<String> seen = new HashSet<>();
        private final int[] syllables;
        private final int[] explained;
        private int words;

        Evidence(String[] names) {
            this.names = names;
            this.syllables = new int[names.length];
            this.explained = new int[names.length];
        }

        /** Text cut at whitespace and ASCII non-letters; the pieces keep every other character. */
        static List<String> pieces(String text) {
            List<String> pieces = new ArrayList<>();
            int start = -1;
            for (int i = 0; i <= text.length(); i++) {
                boolean inside = i < text.length() && !isSeparator(text.charAt(i));
                if (inside && start < 0) start = i;
                if (!inside && start >= 0) {
                    pieces.add(text.substring(start, i));
                    start = -1;
                }
            }
            return pieces;
        }

        /** Separators are the same in every reading: ASCII that is neither a letter nor a control code. */
        static boolean isSeparator(int c) {
            return c == ' '
                    || c == '\t'
                    || c == '\n'
                    || c == '\r'
                    || c == '\f'
                    || c == 0x0B
                    || c > 0x20 && c < 0x7F && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z');
        }

        /**
         * A word tells something when it has two characters or more and one legacy letter byte.
         * A unit with an exponent ("m²", "km²", "m³") is no word, although VISCII reads "m²" as "mỗ".
         */
        static boolean isEvidence(String piece) {
            if (piece.length() < 2 || UNIT_WITH_EXPONENT.matcher(piece).matches()) return false;
            for (int i = 0; i < piece.length(); i++) {
                int b = LegacyEncoding.byteOf(piece.charAt(i));
                if (b >= 0 && LegacyEncoding.isLegacyByte(b)) return true;
            }
            return false;
        }

        /** Counts a word once: {@code key} identifies it, {@code readings[i]} is it under reading i. */
        void add(String key, String... readings) {
            if (!seen.add(key)) return;
            words++;
            for (int r = 0; r < readings.length; r++) {
                VietnameseSyllables.Kind kind = VietnameseSyllables.classify(readings[r]);
                if (kind == VietnameseSyllables.Kind.SYLLABLE) syllables[r]++;
                if (kind != VietnameseSyllables.Kind.OTHER) explained[r]++;
            }
        }

        int words() {
            return words;
        }

        /**
         * The verdict; {@code counterEvidence} counts syllables seen in text that is certainly
         * Unicode (same sheet): when it outweighs what the best reading gains, keeping is not unsure.
         */
        Verdict judge(int minGain, int counterEvidence) {
            int best = 1;
            for (int r = 2; r < names.length; r++) if (syllables[r] > syllables[best]) best = r;
            int second = 0;
            for (int r = 1; r < names.length; r++) if (r != best) second = Math.max(second, syllables[r]);
            int gain = syllables[best] - syllables[0];
            boolean explains = explained[best] >= MIN_EXPLAINED_SHARE * words;
            boolean baselineExplains = explained[0] >= MIN_EXPLAINED_SHARE * words;
            if (explains && !baselineExplains && gain >= minGain && syllables[best] > second) {
                return new Verdict(
                        best,
                        false,
                        String.format(
                                Locale.ROOT,
                                "read as %s: %d of %d words are Vietnamese syllables, %d %s",
                                names[best],
                                syllables[best],
                                words,
                                syllables[0],
                                names[0]));
            }
            if (gain <= 0 || baselineExplains || counterEvidence >= gain) return new Verdict(0, false, null);
            String why = syllables[best] == second
                    ? "another encoding reads as many"
                    : !explains ? "below " + Math.round(MIN_EXPLAINED_SHARE * 100) + "%" : "too few words to be sure";
            return new Verdict(
                    0,
                    true,
                    String.format(
                            Locale.ROOT,
                            "kept %s; it may be %s: %d of %d words would be Vietnamese syllables (%d %s), %s",
                            names[0],
                            names[best],
                            syllables[best],
                            words,
                            syllables[0],
                            names[0],
                            why));
        }
    }
}
