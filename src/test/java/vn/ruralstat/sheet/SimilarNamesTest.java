package vn.ruralstat.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SimilarNamesTest {

    private final SimilarNames<String> names = new SimilarNames<>();

    private Optional<String> add(String name, String cell) {
        return names.add(name, cell).map(e -> e.name() + " " + e.value());
    }

    @Test
    void findsANameThatDiffersOnlyInToneMarks() {
        add("NÀ HIN", "B9");
        assertThat(add("NÀ HÌN", "B10")).contains("NÀ HIN B9");
    }

    @Test
    void findsANameOneLetterAwayEitherWay() {
        add("Phúc Sơn", "B9");
        add("Nà Hin", "B10");
        assertThat(add("Phúc Sen", "B11")).contains("Phúc Sơn B9");
        assertThat(add("Nà Hinh", "B12")).contains("Nà Hin B10");
        assertThat(add("Nà Hi", "B13")).contains("Nà Hin B10");
    }

    @Test
    void findsFormulaLookalikesOneSignApart() {
        add("=1+1", "B9");
        assertThat(add("-1+1", "B10")).contains("=1+1 B9");
    }

    @Test
    void leavesNumberedUnitsAndDistantNamesAlone() {
        add("Xóm 1", "B9");
        add("Hợp Tiến I", "B10");
        add("Khuổi Diễn", "B11");
        assertThat(add("Xóm 2", "B12")).isEmpty();
        assertThat(add("Hợp Tiến II", "B13")).isEmpty();
        assertThat(add("Bản Lạn", "B14")).isEmpty();
    }

    @Test
    void leavesTheSameNameToTheCallersRepeatCheck() {
        add("Thôn Tân Lập", "B9");
        assertThat(add("TÂN LẬP", "B10")).isEmpty();
    }

    @Test
    void stillComparesToneMarksPastTheIndexedNames() {
        for (int i = 0; i < SimilarNames.MAX_INDEXED + 10; i++) add("Thôn số " + i, "B" + i);
        add("Nà Hin", "B1");
        assertThat(add("Nà Hìn", "B2")).contains("Nà Hin B1");
    }
}
