package vn.ruralstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ruralstat.poverty.PovertyFigures;
import vn.ruralstat.poverty.PovertyRollup;

class ParentUnitLabelsTest {

    private static final PovertyFigures ANY = new PovertyFigures(1, 0, 0);

    private final ParentUnitLabels labels = new ParentUnitLabels(List.of(
            new PovertyRollup("Cao Bằng", "tỉnh", "2026", ANY, List.of("Ngân Sơn")),
            new PovertyRollup("Toàn bộ dữ liệu nhận được", "toàn bộ", "2026", ANY, List.of("Ngân Sơn"))));

    @Test
    void namesAParentWithTheLevelOfItsRollupSinceDistrictsWereAbolished() {
        assertThat(labels.label("Cao Bằng")).isEqualTo("tỉnh Cao Bằng");
        assertThat(labels.labelCapitalised("tỉnh Cao Bằng")).isEqualTo("Tỉnh Cao Bằng");
    }

    @Test
    void namesAParentWithoutRollupAsADistrictAsOnThe2021To2025Forms() {
        assertThat(labels.level("Quảng Hòa")).isEqualTo("huyện");
        assertThat(labels.label("Quảng Hòa")).isEqualTo("huyện Quảng Hòa");
    }
}
