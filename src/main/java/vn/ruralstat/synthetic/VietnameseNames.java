package vn.ruralstat.synthetic;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Vietnamese-looking unit names, unique within one generator run: a place name from a list plus
 * a number counted per place name ("Phúc Sen 7", "Thôn Tân Lập 12"). Numbers are counted per
 * place name regardless of the kind prefix, case and diacritics, so names stay unique under the
 * pipeline's matching key (no prefix, no diacritics). No place name starts with a kind word
 * ("Bản", "Làng", "Khu" …) that a matcher would strip.
 */
final class VietnameseNames {

    static final List<String> PARENTS = List.of(
            "Hòa An",
            "Trùng Khánh",
            "Hà Quảng",
            "Nguyên Bình",
            "Thạch An",
            "Bảo Lạc",
            "Ba Bể",
            "Chợ Đồn",
            "Na Rì",
            "Bạch Thông",
            "Văn Lãng",
            "Tràng Định",
            "Bình Gia",
            "Lộc Bình",
            "Hạ Lang",
            "Bảo Lâm");

    static final List<String> COMMUNES = List.of(
            "Phúc Sen",
            "Đại Sơn",
            "Quảng Hưng",
            "Độc Lập",
            "Mỹ Hưng",
            "Bế Văn Đàn",
            "Quốc Toàn",
            "Cách Linh",
            "Ngọc Động",
            "Chí Thảo",
            "Hạnh Phúc",
            "Hồng Quang",
            "Tiên Thành",
            "Tự Do",
            "Phi Hải",
            "Cai Bộ",
            "Hồng Phong",
            "Bình Giang",
            "Ngân Sơn",
            "Thượng Quan",
            "Vân Tùng",
            "Lương Thông",
            "Đức Vân",
            "Thuần Mang",
            "Hiệp Lực",
            "Cốc Đán",
            "Bằng Vân",
            "Trung Hòa",
            "Minh Khai",
            "Tân Phong",
            "Yên Thịnh",
            "Kim Đồng",
            "Quang Trung",
            "Đức Long",
            "Thụy Hùng",
            "Canh Tân",
            "Lê Lợi",
            "Kim Cúc",
            "Minh Tâm",
            "Vĩnh Quang");

    static final List<String> VILLAGES = List.of(
            "Tân Lập",
            "Tân Tiến",
            "Hợp Tiến",
            "Nà Ngàn",
            "Khuổi Diễn",
            "Hoàng Phài",
            "Tát Rịa",
            "Cốc Moông",
            "Phiêng Lềng",
            "Trung Tiến",
            "Lũng Viện",
            "Đông Tâm",
            "Nà Cháo",
            "Chang",
            "Đăm",
            "Tặc",
            "Đèo Gió",
            "Tân Ý",
            "Nà Pò",
            "Pác Nặm",
            "Nà Làng",
            "Khau Vài",
            "Nà Tồng",
            "Thống Nhất",
            "Quyết Thắng",
            "Hòa Bình",
            "Tiền Phong",
            "Đoàn Kết",
            "Minh Tân",
            "Yên Bình",
            "Bắc Sơn",
            "Nam Sơn",
            "Phú Mỹ",
            "An Lạc",
            "Thanh Xuân",
            "Nà Mạ",
            "Lũng Phầy",
            "Khuổi Khon",
            "Bó Lếch",
            "Nặm Dắm",
            "Cốc Sâu",
            "Vằng Khít",
            "Pò Đeo",
            "Nà Áng",
            "Lạn Đường",
            "Phja Đén",
            "Nà Nưa",
            "Khau Cuốn");

    private static final String[] VILLAGE_KINDS = {
        "Thôn", "Thôn", "Thôn", "Thôn", "Thôn", "Bản", "Bản", "Xóm", "Xóm", "Khu"
    };

    private final Random random;
    private final Map<String, Integer> counters = new HashMap<>();

    VietnameseNames(Random random) {
        this.random = random;
    }

    String parent() {
        return PARENTS.get(random.nextInt(PARENTS.size())) + " " + (1 + random.nextInt(9));
    }

    /** Commune name without the "Xã" prefix, as the criteria matrix writes it ("Phúc Sen 7"). */
    String commune() {
        return numbered(COMMUNES.get(random.nextInt(COMMUNES.size())));
    }

    /** Village name with its kind prefix ("Thôn Tân Lập 12", "Bản Nà Pò 3"). */
    String village() {
        String kind = VILLAGE_KINDS[random.nextInt(VILLAGE_KINDS.length)];
        return kind + " " + numbered(VILLAGES.get(random.nextInt(VILLAGES.size())));
    }

    /** Counted per place name without case and diacritics, so "Đông Tâm 1" and "Đồng Tâm 1" never both occur. */
    private String numbered(String base) {
        int n = counters.merge(slug(base), 1, Integer::sum);
        return base + " " + n;
    }

    /** File-name form: no diacritics, lower case, words joined by '-' ("Phúc Sen 7" → "phuc-sen-7"). */
    static String slug(String name) {
        String bare = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
        return bare.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static String upper(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}
