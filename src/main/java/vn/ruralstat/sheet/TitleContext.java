package vn.ruralstat.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the unit and the period a table covers in the text around it: its title rows
 * ("… của UBND huyện Quảng Hòa", "GIAI ĐOẠN 2022-2025", "năm 2026") or, failing that, the
 * folder and file names ("xa-ngan-son", "2025").
 */
public final class TitleContext {

    private static final Pattern LEVEL =
            Pattern.compile("(?iu)(?<![\\p{L}])(thị trấn|thị xã|thành phố|xã|phường|huyện|quận|tỉnh"
                    + "|thi tran|thi xa|thanh pho|xa|phuong|huyen|quan|tinh)\\s+");
    private static final Pattern WORD = Pattern.compile("(?u)^\\s*([\\p{Lu}\\d][\\p{L}\\d]*)");
    /**
     * Words that end a unit name in an upper-case title ("XÃ NGÂN SƠN KẾ HOẠCH …"). Compared with
     * their diacritics. In mixed case they do not apply: there a name's words are capitalised and
     * the title's are not, so "Xã Bàn Đạt" and "Xã Tân Tiến" keep their names.
     */
    private static final Set<String> STOP_WORDS = Set.of(
            "giai", "đoạn", "phấn", "đấu", "đầu", "chuẩn", "kế", "hoạch", "trên", "về", "và", "của", "theo", "thực",
            "hiện", "ngày", "tháng", "số", "kèm", "biểu", "danh", "sách", "tổng", "giảm", "nghèo", "ubnd", "các",
            "những", "đến", "tại", "trong", "đợt", "tỉnh", "huyện", "xã", "thôn", "phường");
    /**
     * Words that are also parts of names ("NÔNG THƯỢNG", "ĐỊA LINH", "TÂN KỲ", "VINH QUÝ", "NĂM CĂN")
     * and end one only before the word that makes them a phrase of the title ("NÔNG THÔN",
     * "ĐỊA BÀN", "KỲ 2025", "QUÝ IV", "NĂM 2026").
     */
    private static final Map<String, Pattern> STOP_BEFORE = Map.of(
            "nông", Pattern.compile("(?isu)\\s+THÔN(?![\\p{L}\\p{N}]).*"),
            "địa", Pattern.compile("(?isu)\\s+BÀN(?![\\p{L}\\p{N}]).*"),
            "đạt", Pattern.compile("(?isu)\\s+CHUẨN(?![\\p{L}\\p{N}]).*"),
            "kỳ", Pattern.compile("(?isu)\\s+((19|20)\\d{2}|BÁO|HỌP|KẾ)(?![\\p{L}\\p{N}]).*"),
            "quý", Pattern.compile("(?isu)\\s+(I|II|III|IV|[1-4]|NĂM)(?![\\p{L}\\p{N}]).*"),
            "năm", Pattern.compile("(?isu)\\s+((19|20)\\d{2}|NAY|HỌC|TÀI|KẾ)(?![\\p{L}\\p{N}]).*"));
    /** "các xã", "mọi xã": no unit follows. Compared with diacritics when the word has them ("mới xã" is not "mọi xã"). */
    private static final Set<String> PLURAL = Set.of("các", "những", "mọi", "toàn");

    private static final Set<String> PLURAL_FOLDED = Set.of("cac", "nhung", "moi", "toan");
    private static final Pattern RANGE =
            Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*[-–—]\\s*((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern YEAR_AFTER_WORD = Pattern.compile("(?:nam|ky)\\s+((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern PATH_UNIT =
            Pattern.compile("(?<![a-z])(xa|phuong|thi tran|huyen|quan|tinh)[ _.-]+([a-z0-9]+(?:[ _-][a-z0-9]+){0,3})");

    private TitleContext() {}

    /** Units named in the text, in the order they appear. */
    public static List<UnitMention> units(String text) {
        List<UnitMention> found = new ArrayList<>();
        Matcher m = LEVEL.matcher(text);
        while (m.find()) {
            String[] prior = text.substring(Math.max(0, m.start() - 12), m.start())
                    .strip()
                    .split("\\s+");
            if (prior.length > 0 && plural(prior[prior.length - 1])) continue;
            String name = nameAfter(text.substring(m.end()));
            // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" heads official documents: not a commune.
            if (!name.isEmpty() && !Labels.fold(name).startsWith("hoi chu")) {
                String level = canonicalLevel(m.group(1));
                found.add(new UnitMention(level, displayName(name), rank(level)));
            }
        }
        return found;
    }

    private static boolean plural(String word) {
        String lower = word.toLowerCase(new Locale("vi"));
        String folded = Labels.fold(word);
        return PLURAL.contains(lower) || folded.equals(lower) && PLURAL_FOLDED.contains(folded);
    }

    private static String nameAfter(String rest) {
        List<String> words = new ArrayList<>();
        String remaining = rest;
        while (words.size() < 4) {
            Matcher w = WORD.matcher(remaining);
            if (!w.find()) break;
            String word = w.group(1);
            String lower = word.toLowerCase(new Locale("vi"));
            boolean upperCase = word.equals(word.toUpperCase(new Locale("vi")));
            String after = remaining.substring(w.end());
            if (upperCase && STOP_WORDS.contains(lower) || word.matches("(19|20)\\d{2}")) break;
            if (STOP_BEFORE.containsKey(lower)
                    && (upperCase || lower.equals("năm"))
                    && STOP_BEFORE.get(lower).matcher(after).matches()) {
                break;
            }
            // Without diacritics "NAM 2024" is "năm 2024", not part of a name like "Nam Sơn".
            if (Labels.fold(word).equals("nam") && remaining.substring(w.end()).matches("\\s+(19|20)\\d{2}(\\D.*)?"))
                break;
            words.add(word);
            remaining = remaining.substring(w.end());
            if (!remaining.startsWith(" ")) break;
        }
        return String.join(" ", words);
    }

    /** "NGÂN SƠN" → "Ngân Sơn"; names already in mixed case are kept as written. */
    static String displayName(String name) {
        if (!name.equals(name.toUpperCase(new Locale("vi")))) return name;
        StringBuilder s = new StringBuilder();
        for (String w : name.toLowerCase(new Locale("vi")).split(" ")) {
            if (s.length() > 0) s.append(' ');
            s.append(w.isEmpty() ? w : w.substring(0, 1).toUpperCase(new Locale("vi")) + w.substring(1));
        }
        return s.toString();
    }

    /** "XÃ", "xa", "Xã" → "xã": titles typed without diacritics name levels too. */
    private static String canonicalLevel(String written) {
        return switch (Labels.fold(written)) {
            case "thi tran" -> "thị trấn";
            case "thi xa" -> "thị xã";
            case "thanh pho" -> "thành phố";
            case "xa" -> "xã";
            case "phuong" -> "phường";
            case "huyen" -> "huyện";
            case "quan" -> "quận";
            default -> "tỉnh";
        };
    }

    /** 1 for communes (xã, phường, thị trấn), 2 for districts and cities, 3 for provinces, 0 otherwise. */
    public static int rank(String level) {
        return switch (level) {
            case "xã", "phường", "thị trấn" -> 1;
            case "huyện", "quận", "thị xã", "thành phố" -> 2;
            case "tỉnh" -> 3;
            default -> 0;
        };
    }

    /**
     * The period named in the text: a range "2022-2025" ("giai đoạn 2022 - 2025"), else the year
     * after "năm"/"kỳ", else a lone year; empty when none.
     */
    public static Optional<String> period(String text) {
        String folded = Labels.fold(text.replace('–', '-').replace('—', '-'));
        Matcher range = RANGE.matcher(text.replace('–', '-').replace('—', '-'));
        if (range.find()) return Optional.of(range.group(1) + "-" + range.group(2));
        Matcher after = YEAR_AFTER_WORD.matcher(folded);
        if (after.find()) return Optional.of(after.group(1));
        Matcher year = YEAR.matcher(folded);
        return year.find() ? Optional.of(year.group(1)) : Optional.empty();
    }

    /** Units named in a relative path's folder and file names ("quang-hoa/xa-ngan-son.xlsx"). */
    public static List<UnitMention> unitsInPath(String relativePath) {
        List<UnitMention> found =
                new ArrayList<>(units(relativePath.replace('/', ' ').replace('_', ' ')));
        if (!found.isEmpty()) return found;
        String folded = UnitNames.fold(relativePath).replaceAll("\\.[a-z0-9]+$", "");
        for (String segment : folded.split("/")) {
            Matcher m = PATH_UNIT.matcher(segment);
            while (m.find()) {
                String level =
                        switch (m.group(1)) {
                            case "xa" -> "xã";
                            case "phuong" -> "phường";
                            case "thi tran" -> "thị trấn";
                            case "huyen" -> "huyện";
                            case "quan" -> "quận";
                            default -> "tỉnh";
                        };
                String name = m.group(2)
                        .replaceAll("[_-]", " ")
                        .replaceAll("\\s*\\d{4}(\\s+\\d{4})?$", "")
                        .trim();
                String words = nameAfter(displayName(name.toUpperCase(Locale.ROOT)));
                if (!words.isEmpty()) found.add(new UnitMention(level, words, rank(level)));
            }
        }
        return found;
    }
}
