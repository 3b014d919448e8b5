package vn.ruralstat.rulebook;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as published in the decisions and plans: Unicode NFC, LaTeX left by PDF extraction
 * ({@code $\geq 50\%$}), decimal commas ({@code 9,5}) and leading zeros in counts ({@code 01}).
 */
final class PublishedText {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    /** 1.234,5 (dots group thousands, comma decimal), 9,5 and 9.5 (one decimal mark), 01. */
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:\\.\\d{3})+,\\d+|\\d+(?:[.,]\\d+)?)");

    private PublishedText() {}

    static String nfc(String text) {
        return text == null
                ? ""
                : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    /**
     * The text as a reader sees it: LaTeX comparison signs and escaped percents replaced by
     * their characters ("$\geq 90\%$" → "≥ 90%"), ASCII signs by the published ones (">=" → "≥"),
     * runs of spaces collapsed.
     */
    static String plain(String text) {
        String t = nfc(text)
                .replace("\\geq", "≥")
                .replace("\\ge", "≥")
                .replace("\\leq", "≤")
                .replace("\\le", "≤")
                .replace("\\%", "%")
                .replace("$", "")
                .replace(">=", "≥")
                .replace("<=", "≤");
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    /** Lower case without diacritics, đ as d, single spaces: "Chưa  Đạt" → "chua dat". */
    static String fold(String text) {
        String t = Normalizer.normalize(plain(text).toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return DIACRITICS.matcher(t).replaceAll("").replace('đ', 'd');
    }

    /** The number written at the start of {@code text} ("9,5", "01", "1.234,5"), or null. */
    static BigDecimal leadingNumber(String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.lookingAt()) return null;
        return number(m.group(1));
    }

    /** Length of the number at the start of {@code text}, 0 when there is none. */
    static int leadingNumberLength(String text) {
        Matcher m = NUMBER.matcher(text);
        return m.lookingAt() ? m.end() : 0;
    }

    static BigDecimal number(String digits) {
        String d = digits.contains(",") && digits.contains(".")
                ? digits.replace(".", "").replace(',', '.')
                : digits.replace(',', '.');
        return new BigDecimal(d);
    }

    /** 9.5 → "9,5", 40.00 → "40". */
    static String vi(BigDecimal n) {
        return en(n).replace('.', ',');
    }

    /** 9.5 → "9.5", 40.00 → "40". */
    static String en(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    /** A figure with its unit: "35%", "9,5%/năm", "1 mô hình", "3". */
    static String withUnit(String number, String unit) {
        if (unit == null || unit.isEmpty()) return number;
        return unit.startsWith("%") ? number + unit : number + " " + unit;
    }
}
