package vn.ruralstat.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    private static final Pattern LEVEL = Pattern.compile(
            "(?iu)(?<![\\p{L}])(thị trấn|thị xã|thành phố|xã|phường|huyện|quận|tỉnh"
                    + "|thi tran|thi xa|thanh pho|xa|phuong|huyen|quan|tinh)\\s+");
    private static final Pattern WORD = Pattern.compile("(?u)^\\s*([\\p{Lu}\\d][\\p{L}\\d]*)");
    /**
     * Words that end a unit name in an upper-case title ("XÃ NGÂN SƠN NĂM 2026"). Compared with
     * their diacritics, so that "năm" stops a name but "Nam" (as in "xã Nam Sơn") does not.
     */
    private static final Set<String> STOP_WORDS = Set.of("năm", "giai", "đoạn", "phấn", "đấu", "đầu", "đạt", "chuẩn",
            "nông", "kế", "hoạch", "trên", "địa", "bàn", "về", "và", "của", "theo", "thực", "hiện", "ngày", "tháng",
            "số", "kèm", "biểu", "danh", "sách", "tổng", "hợp", "giảm", "nghèo", "ubnd", "các", "những", "đến", "tại",
            "trong", "đợt", "kỳ", "quý", "tỉnh", "huyện", "xã", "thôn", "phường");
    private static final Set<String> PLURAL = Set.of("cac", "nhung", "moi", "toan");
    private static final Pattern RANGE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*[-–—]\\s*((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern YEAR_AFTER_WORD = Pattern.compile("(?:nam|ky)\\s+((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern PATH_UNIT = Pattern.compile(
            "(?<![a-z])(xa|phuong|thi tran|huyen|quan|tinh)[ _.-]+([a-z0-9]+(?:[ _-][a-z0-9]+){0,3})");

    private TitleContext() {
    }

    /** Units named in the text, in the order they appear. */
    public static List<UnitMention> units(String text) {
        List<UnitMention> found = new ArrayList<>();
        Matcher m = LEVEL.matcher(text);
        while (m.find()) {
            String before = Labels.fold(text.substring(Math.max(0, m.start() - 12), m.start()));
            String[] prior = before.split(" ");
            if (prior.length > 0 && PLURAL.contains(prior[prior.length - 1])) continue;
            String name = nameAfter(text.substring(m.end()));
            // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" heads official documents: not a commune.
            if (!name.isEmpty() && !Labels.fold(name).startsWith("hoi chu")) {
                String level = canonicalLevel(m.group(1));
                found.add(new UnitMention(level, displayName(name), rank(level)));
            }
        }
        return found;
    }

    private static String nameAfter(String rest) {
        List<String> words = new ArrayList<>();
        String remaining = rest;
        while (words.size() < 4) {
            Matcher w = WORD.matcher(remaining);
            if (!w.find()) break;
            String word = w.group(1);
            if (STOP_WORDS.contains(word.toLowerCase(new Locale("vi"))) || word.matches("(19|20)\\d{2}")) break;
            // Without diacritics "NAM 2024" is "năm 2024", not part of a name like "Nam Sơn".
            if (Labels.fold(word).equals("nam") && remaining.substring(w.end()).matches("\\s+(19|20)\\d{2}(\\D.*)?")) break;
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
        List<UnitMention> found = new ArrayList<>(units(relativePath.replace('/', ' ').replace('_', ' ')));
        if (!found.isEmpty()) return found;
        String folded = UnitNames.fold(relativePath).replaceAll("\\.[a-z0-9]+$", "");
        for (String segment : folded.split("/")) {
            Matcher m = PATH_UNIT.matcher(segment);
            while (m.find()) {
                String level = switch (m.group(1)) {
                    case "xa" -> "xã";
                    case "phuong" -> "phường";
                    case "thi tran" -> "thị trấn";
                    case "huyen" -> "huyện";
                    case "quan" -> "quận";
                    default -> "tỉnh";
                };
                String name = m.group(2).replaceAll("[_-]", " ").replaceAll("\\s*\\d{4}(\\s+\\d{4})?$", "").trim();
                String words = nameAfter(displayName(name.toUpperCase(Locale.ROOT)));
                if (!words.isEmpty()) found.add(new UnitMention(level, words, rank(level)));
            }
        }
        return found;
    }
}
