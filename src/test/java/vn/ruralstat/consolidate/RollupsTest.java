package vn.ruralstat.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.ruralstat.poverty.OneVillageCommunes.commune;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ruralstat.poverty.PovertyRollup;

class RollupsTest {

    @Test
    void theWholeRunIsRolledUpPerPeriodNeverAcrossYears() {
        // the same commune at the end of 2024 (3,000 households, 200 poor) and of 2025 (3,050, 150)
        List<PovertyRollup> rollups = ConsolidationService.rollups(List.of(
                commune("Cốc Đán", "Ngân Sơn", "2025", 3_050, 150),
                commune("Cốc Đán", "Ngân Sơn", "2024", 3_000, 200)));

        assertThat(rollups)
                .filteredOn(r -> r.unit().equals(ConsolidationService.WHOLE_RUN))
                .extracting(PovertyRollup::period, r -> r.figures().households(), r -> r.figures()
                        .poor())
                .containsExactly(tuple("2024", 3_000L, 200L), tuple("2025", 3_050L, 150L));
    }

    @Test
    void namesakeDistrictsOfTwoProvincesAreTwoRollupsEachWithItsOwnCommunes() {
        // huyện Châu Thành of tỉnh Đồng Tháp: 1,200 + 900 households, 36 + 27 poor; of tỉnh Sóc Trăng: 1,500, 90.
        List<PovertyRollup> rollups = ConsolidationService.rollups(List.of(
                commune("An Hiệp", "Châu Thành", "2024", 1_200, 36).withParentProvince("tỉnh Đồng Tháp"),
                commune("An Hiệp", "Châu Thành", "2024", 1_500, 90).withParentProvince("tỉnh Sóc Trăng"),
                commune("An Nhơn", "Châu Thành", "2024", 900, 27).withParentProvince("tỉnh Đồng Tháp")));

        assertThat(rollups)
                .filteredOn(r -> r.unit().equals("Châu Thành"))
                .extracting(PovertyRollup::province, r -> r.figures().households(), r -> r.figures()
                        .poor())
                .containsExactly(tuple("tỉnh Đồng Tháp", 2_100L, 63L), tuple("tỉnh Sóc Trăng", 1_500L, 90L));
    }
}
