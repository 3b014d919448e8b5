package vn.ruralstat.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The indexed near-name search finds exactly what measuring every pair found. */
class NearNamesIndexTest {

    private static final String[] SYLLABLES = {
        "Phúc", "Sơn", "Sen", "Tân", "Lập", "Lạc", "Quang", "Quảng", "Trung", "Hưng", "Hợp", "Tiến", "Nà", "Hin",
        "Hìn", "Cốc", "Mông", "Moông", "Đại", "Bình", "Minh", "Hòa", "An", "Yên", "Thủy", "Thuỷ", "Phong", "Đông"
    };
    private static final String[] ENDINGS = {"", "", "", " 1", " 2", " 12", " I", " II", " A", " B"};
    private static final String[] PREFIXES = {"", "", "Thôn ", "Xã ", "XÓM ", "bản "};

    @Test
    void findsTheSameClosestNameAsComparingEveryPairWhileNamesAreAdded() {
        List<String> names = names(new Random(14), 1_500);
        BruteForceNearNames oracle = new BruteForceNearNames();
        NearNames index = new NearNames();
        List<String> seen = new ArrayList<>();
        int near = 0;
        for (String name : names) {
            Optional<String> expected = oracle.closest(name, seen);
            assertThat(index.closest(name)).as(name).isEqualTo(expected);
            if (expected.isPresent()) near++;
            index.add(name);
            seen.add(name);
        }
        // The generated names must exercise the search, not only miss.
        assertThat(near).isGreaterThan(100);
    }

    @Test
    void findsTheSameClosestNameAsComparingEveryPairAmongAFixedList() {
        Random random = new Random(1407);
        List<String> candidates = names(random, 2_000);
        BruteForceNearNames oracle = new BruteForceNearNames();
        NearNames index = NearNames.of(candidates);
        for (String name : names(random, 500)) {
            assertThat(index.closest(name)).as(name).isEqualTo(oracle.closest(name, candidates));
        }
    }

    /** Names of one to four syllables, long ones too, and misspelled copies of earlier names. */
    private static List<String> names(Random random, int count) {
        List<String> out = new ArrayList<>();
        while (out.size() < count) {
            if (!out.isEmpty() && random.nextInt(3) == 0) {
                out.add(misspelled(out.get(random.nextInt(out.size())), random));
                continue;
            }
            StringBuilder name = new StringBuilder(PREFIXES[random.nextInt(PREFIXES.length)]);
            int syllables = 1 + random.nextInt(5);
            for (int i = 0; i < syllables; i++) {
                if (i > 0) name.append(' ');
                name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            out.add(name.append(ENDINGS[random.nextInt(ENDINGS.length)]).toString());
        }
        return out;
    }

    /** One or two letters deleted, doubled or changed. */
    private static String misspelled(String name, Random random) {
        StringBuilder s = new StringBuilder(name);
        int edits = 1 + random.nextInt(2);
        for (int e = 0; e < edits && s.length() > 1; e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(3)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, s.charAt(at));
                default -> s.setCharAt(at, "aeiouynh".charAt(random.nextInt(8)));
            }
        }
        return s.toString();
    }
}
