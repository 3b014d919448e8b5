package vn.ruralstat.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearNamesTest {

    @Test
    void reportsANameOneLetterAwayFromAnother() {
        assertThat(NearNames.closest("Phúc Sơn", List.of("Đại Sơn", "Phúc Sen", "Cai Bộ")))
                .contains("Phúc Sen");
    }

    @Test
    void doesNotReportTheSameUnitWrittenDifferently() {
        assertThat(NearNames.closest("Thôn Tân Lập", List.of("TÂN LẬP", "Tân Lạc")))
                .isEmpty();
    }

    @Test
    void doesNotTakeNumberedSiblingsForMisspellings() {
        assertThat(NearNames.closest("Hợp Tiến I", List.of("Hợp Tiến II"))).isEmpty();
        assertThat(NearNames.closest("Xóm 1", List.of("Xóm 2"))).isEmpty();
        assertThat(NearNames.closest("Khu A", List.of("Khu B"))).isEmpty();
    }

    @Test
    void ignoresNamesTooFarApart() {
        assertThat(NearNames.closest("Quốc Toàn", List.of("Quảng Hưng", "Hạnh Phúc")))
                .isEmpty();
        // two letters apart in a short name: different communes
        assertThat(NearNames.closest("Quang Trung 1", List.of("Quảng Hưng 1"))).isEmpty();
    }
}
