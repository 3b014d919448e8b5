package vn.ruralstat.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Test support for growth tests: how many unit keys a piece of work computes, and generated unit names
 * to feed it. A step linear in its units computes about four times as many keys for four times the
 * units; one that compares every unit with every other, sixteen times.
 */
public final class UnitKeyCalls {

    private static final String[] SYLLABLES = {
        "An", "Bình", "Cai", "Chang", "Đại", "Đông", "Hà", "Hải", "Hòa", "Hồng", "Hưng", "Khuổi", "Lạc", "Lập", "Long",
        "Minh", "Mông", "Nà", "Ngân", "Phi", "Phong", "Phúc", "Quang", "Quốc", "Sơn", "Tân", "Thanh", "Thủy", "Tiến",
        "Trung", "Vân", "Yên"
    };

    private UnitKeyCalls() {}

    /** The keys computed while {@code work} runs (tests do not run in parallel). */
    public static long during(Runnable work) {
        long before = UnitNames.KEYS_COMPUTED.sum();
        work.run();
        return UnitNames.KEYS_COMPUTED.sum() - before;
    }

    /** {@code count} different names of two or three syllables ("Bình Chang", "Hà Sơn Tân"), the same every time. */
    public static List<String> names(int count) {
        int n = SYLLABLES.length;
        if (count > n * n * n) throw new IllegalArgumentException("at most " + n * n * n + " names");
        List<String> out = new ArrayList<>(count);
        for (int i = 0; out.size() < count; i++) {
            int a = i % n;
            int b = (i / n) % n;
            int c = i / (n * n);
            out.add(
                    c == 0
                            ? SYLLABLES[a] + " " + SYLLABLES[b]
                            : SYLLABLES[a] + " " + SYLLABLES[b] + " " + SYLLABLES[c - 1]);
        }
        return out;
    }
}
