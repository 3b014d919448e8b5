package vn.ruralstat.sheet;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lines an official form carries around its table (official-forms.md): the two-column title
 * block (issuing body on the left, state title and motto on the right), the form number, the
 * "Số" and date lines, "Kỳ báo cáo", "Đơn vị tính", "Đơn vị báo cáo", "Kèm theo …", notes, the
 * signature block and "Nơi nhận" with its list. None of them is a header or a data row; only some
 * of them may name the unit or the period (see {@link Kind#namesUnit()}).
 *
 * <p>Each text is classified alone, as written in one cell; a short label that also heads columns
 * ("Đơn vị tính", "Ghi chú") is furniture only with its value ("Đơn vị tính: hộ").
 */
public final class FormFurniture {

    /** What a line of a form is. */
    public enum Kind {
        /** Not furniture: a title, a header label or data. */
        NONE,
        /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc". */
        STATE_TITLE,
        /** "UBND TỈNH THÁI NGUYÊN", "ỦY BAN NHÂN DÂN XÃ NGÂN SƠN", "SỞ NÔNG NGHIỆP …". */
        ISSUING_BODY,
        /** "Biểu số 01/…", "Mẫu số 02", "001.N/BCC-TKQG", "Ban hành theo …", "Ngày nhận báo cáo: …". */
        FORM_NUMBER,
        /** "Số: 12/BC-UBND". */
        DOCUMENT_NUMBER,
        /** "Ngân Sơn, ngày 05 tháng 01 năm 2026", "Ngày … tháng … năm …". */
        DATE_LINE,
        /** "Kỳ báo cáo: Năm 2025". */
        REPORTING_PERIOD,
        /** "Đơn vị tính: hộ". */
        MEASURE,
        /** "Đơn vị báo cáo: UBND xã Ngân Sơn". */
        REPORTING_UNIT,
        /** "Đơn vị nhận báo cáo: UBND tỉnh Thái Nguyên". */
        RECEIVING_UNIT,
        /** "(Kèm theo Báo cáo số …/BC-UBND ngày … của UBND xã …)". */
        ENCLOSURE,
        /** "Ghi chú: …", "Chú thích", "Lưu ý". */
        NOTE,
        /** "NGƯỜI LẬP BIỂU", "(Ký, họ tên)", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "THỦ TRƯỞNG ĐƠN VỊ". */
        SIGNATURE,
        /** "Nơi nhận:", "Kính gửi:". */
        RECIPIENTS,
        /** One line of the "Nơi nhận" list: "- UBND tỉnh;", "- Lưu: VT, KT." */
        RECIPIENT;

        /**
         * True for the lines that may name the unit a form covers: the issuing body, "Đơn vị báo
         * cáo", the "Kèm theo" line ("… của UBND huyện Ngân Sơn, tỉnh Bắc Kạn") and titles. Never
         * the motto, a signer, the receiving unit or the "Nơi nhận" list.
         */
        public boolean namesUnit() {
            return this == NONE || this == ISSUING_BODY || this == REPORTING_UNIT || this == ENCLOSURE;
        }

        /** True for the furniture that ends a table standing above it. */
        public boolean endsTable() {
            return this == NOTE || this == SIGNATURE || this == RECIPIENTS || this == DATE_LINE;
        }
    }

    private static final Locale VI = Locale.forLanguageTag("vi");

    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("(?iu)^\\s*(số|so)\\s*:.*");
    /**
     * "Biểu số 01/BC-GN", "Mẫu số 02-HN", "Biểu 01 Phụ lục III": the number and at most the annex it
     * belongs to. "Biểu số 01: DANH SÁCH HỘ NGHÈO …" is a title and stays one.
     */
    private static final Pattern FORM_NUMBER =
            Pattern.compile("(?iu)^\\s*(biểu|mẫu|bieu|mau)\\s*(số|so)?\\s*:?\\s*[\\p{L}\\d./-]*\\d[\\p{L}\\d./-]*"
                    + "(\\s+(phụ lục|phu luc|kèm theo|ban hành)[^:]*)?\\s*$");
    /** A statistical form symbol: number part, period letter, "/", system code ("001.N/BCC-TKQG", "0601.N/BNV-TĐKT"). */
    private static final Pattern STATISTICAL_SYMBOL =
            Pattern.compile("(?u)^\\s*\\d{2,4}[a-z]?\\.\\p{Lu}{1,3}\\d?/[\\p{Lu}\\d]+(-[\\p{Lu}\\d]+)*\\s*$");
    /** "Ngân Sơn, ngày 05 tháng 01 năm 2026"; "Ngày … tháng … năm …"; a place name before a comma. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?iu)^\\s*([\\p{L} .]{1,40},\\s*)?(ngày|ngay)[\\s.…/\\d]*(tháng|thang)[\\s.…/\\d]*(năm|nam)[\\s.…]*"
                    + "((19|20)\\d{2})?[\\s.…]*$");
    /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Q. GIÁM ĐỐC", "TL.", "TUQ.": who signs for whom. */
    private static final Pattern AUTHORITY = Pattern.compile("(?u)^\\s*(TM|KT|TL|TUQ|Q)\\s*\\.\\s*\\p{Lu}.*");
    /** Signers' titles and the words under them, folded, as a whole line. */
    private static final Set<String> SIGNER_LINES = Set.of(
            "chu tich",
            "pho chu tich",
            "nguoi lap bieu",
            "nguoi lap",
            "nguoi lap bang",
            "nguoi kiem tra",
            "nguoi kiem tra bieu",
            "thu truong don vi",
            "thu truong co quan",
            "ke toan truong",
            "giam doc",
            "pho giam doc",
            "truong phong",
            "pho truong phong",
            "chanh van phong",
            "cong chuc phu trach",
            "can bo phu trach",
            "can bo lap bieu");
    /** "(Ký, họ tên)", "(Ký tên, đóng dấu)", "(Ký, ghi rõ họ tên)". */
    private static final Pattern SIGN_HERE = Pattern.compile("^ky( ten)?( dong dau)?( ghi ro)?( ho ten)?( dong dau)?$");
    /** Issuing bodies, compared in lower case with diacritics ("sở" is not "số"). */
    private static final Pattern ISSUING_BODY = Pattern.compile(
            "(?u)^\\s*(ubnd|ủy ban nhân dân|uỷ ban nhân dân|hđnd|hội đồng nhân dân|sở|phòng|ban chỉ đạo|ban quản lý"
                    + "|chi cục|cục|văn phòng điều phối|tổng cục)\\s+\\S.*");

    private static final Pattern RECIPIENT = Pattern.compile("(?u)^\\s*[-–+•]\\s*\\S.*([;.,]\\s*|\\(b/c\\)\\s*)$");
    /** "Ghi chú: …" with its text; "Ghi chú" alone heads a column. */
    private static final Pattern NOTE_LINE = Pattern.compile("^(ghi chu|chu thich|luu y|chu giai) .+$");

    private static final Pattern NOTE_LABEL = Pattern.compile("(?iu)^\\s*(ghi chú|chú thích|lưu ý)\\s*:\\s*$");
    private static final Pattern LEFT_PUNCTUATION = Pattern.compile("^[\\s(\\[*]+");

    private FormFurniture() {}

    /** What the text of one cell is, as a line of a form. */
    public static Kind of(String text) {
        if (text == null || text.isBlank()) return Kind.NONE;
        String folded = Labels.fold(text);
        String lower = LEFT_PUNCTUATION.matcher(text).replaceFirst("").toLowerCase(VI);
        if (folded.startsWith("cong hoa xa hoi chu nghia viet nam") || folded.equals("doc lap tu do hanh phuc")) {
            return Kind.STATE_TITLE;
        }
        if (folded.startsWith("kem theo") || folded.startsWith("ban hanh kem theo")) return Kind.ENCLOSURE;
        // Alone, these words may head a column; with their value they are a line of the form.
        if (withValue(folded, "ky bao cao")) return Kind.REPORTING_PERIOD;
        if (withValue(folded, "don vi nhan bao cao")) return Kind.RECEIVING_UNIT;
        if (withValue(folded, "don vi bao cao")) return Kind.REPORTING_UNIT;
        if (folded.startsWith("don vi tinh") && text.contains(":")) return Kind.MEASURE;
        if (folded.startsWith("ngay nhan bao cao") || folded.startsWith("ban hanh theo")) return Kind.FORM_NUMBER;
        if (text.length() <= 60
                && (FORM_NUMBER.matcher(text).matches()
                        || STATISTICAL_SYMBOL.matcher(text).matches())) {
            return Kind.FORM_NUMBER;
        }
        if (text.length() <= 60 && DOCUMENT_NUMBER.matcher(text).matches()) return Kind.DOCUMENT_NUMBER;
        if (text.length() <= 80 && DATE_LINE.matcher(text).matches()) return Kind.DATE_LINE;
        if (folded.startsWith("noi nhan") || folded.startsWith("kinh gui")) return Kind.RECIPIENTS;
        if (NOTE_LINE.matcher(folded).matches() || NOTE_LABEL.matcher(text).matches()) return Kind.NOTE;
        if (AUTHORITY.matcher(text).matches()
                || SIGNER_LINES.contains(folded)
                || text.strip().startsWith("(") && SIGN_HERE.matcher(folded).matches()
                || folded.startsWith("xac nhan cua")) {
            return Kind.SIGNATURE;
        }
        if (RECIPIENT.matcher(text).matches()) return Kind.RECIPIENT;
        if (text.length() <= 80 && ISSUING_BODY.matcher(lower).matches() && isUpperCase(text)) return Kind.ISSUING_BODY;
        return Kind.NONE;
    }

    private static boolean withValue(String folded, String prefix) {
        return folded.startsWith(prefix + " ");
    }

    /** True when no letter of the text is lower case. */
    private static boolean isUpperCase(String text) {
        return text.equals(text.toUpperCase(VI));
    }

    private static final Pattern NAME_WORD = Pattern.compile("(?u)\\p{Lu}\\p{Ll}*");
    /** Family names that start most Vietnamese names; a village is rarely named so in mixed case without figures. */
    private static final Set<String> FAMILY_NAMES = Set.of(
            "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo",
            "duong", "ly", "nong", "ha", "luc", "trieu", "ma", "lo", "luong", "lam", "dinh", "mai", "trinh", "dao",
            "cao", "chu", "tang", "hua", "quan", "vi", "sam", "lieu", "be", "ta", "thai", "doan", "truong");

    /**
     * True when the text reads as a person's name as signed under a form ("Nguyễn Văn An"): two
     * to five capitalised words, the first a common family name. Upper-case text is not taken:
     * village names are often written so.
     */
    public static boolean personName(String text) {
        return personName(text, false);
    }

    /** As {@link #personName(String)}; with {@code anyCase}, "NGUYỄN VĂN AN" is taken too (under a signature). */
    public static boolean personName(String text, boolean anyCase) {
        if (text == null) return false;
        String[] words = text.strip().split("\\s+");
        if (anyCase && isUpperCase(text)) {
            for (int i = 0; i < words.length; i++) {
                String w = words[i].toLowerCase(VI);
                words[i] = w.isEmpty() ? w : w.substring(0, 1).toUpperCase(VI) + w.substring(1);
            }
        }
        if (words.length < 2 || words.length > 5) return false;
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches() || w.length() == 1) return false;
        }
        return FAMILY_NAMES.contains(Labels.fold(words[0]));
    }

    private static final String YEAR = "(?<!\\d)(19|20)\\d{2}(?!\\d)";
    private static final String RANGE = YEAR + "\\s*[-–—]\\s*" + YEAR;
    /** A standard or rulebook named with its period: the trigger words, then "giai đoạn …" or a range. */
    private static final Pattern NAMED_STANDARD = Pattern.compile(
            "(?iu)(b[ộo]\\s+ti[êe]u\\s+ch[íi]|ti[êe]u\\s+ch[íi]\\s+qu[ốo]c\\s+gia|chu[ẩa]n\\s+(h[ộo]\\s+)?(c[ậa]n\\s+)?ngh[èe]o)"
                    + "[^;()]{0,120}?((giai\\s+đo[ạa]n|giai\\s+doan|gđ)\\s*(" + RANGE + "|" + YEAR + ")|" + RANGE
                    + ")");

    private static final Pattern NAMED_DOCUMENT = Pattern.compile(
            "(?iu)((quy[ếe]t\\s+đ[ịi]nh|ngh[ịi]\\s+đ[ịi]nh|ngh[ịi]\\s+quy[ếe]t|th[ôo]ng\\s+t[ưu]|ch[ỉi]\\s+th[ịi]|k[ếe]\\s+ho[ạa]ch"
                    + "|c[ôo]ng\\s+v[ăa]n|b[áa]o\\s+c[áa]o)\\s+)?(s[ốo]\\s*:?\\s*)?\\d{0,5}\\s*/\\s*(19|20)\\d{2}\\s*/\\s*[\\p{L}\\d]+(-[\\p{L}\\d]+)*"
                    + "(\\s+ng[àa]y\\s*\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*(19|20)\\d{2})?");

    /**
     * The text without the names of standards and rulebooks ("chuẩn nghèo đa chiều giai đoạn
     * 2022-2025", "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026-2030") and legal
     * documents ("Quyết định 51/2025/QĐ-TTg", "Nghị định 07/2021/NĐ-CP"): their years are not the
     * period a report covers.
     */
    public static String withoutNamedDocuments(String text) {
        String s = NAMED_DOCUMENT.matcher(text).replaceAll(" ");
        return NAMED_STANDARD.matcher(s).replaceAll(" ");
    }
}
