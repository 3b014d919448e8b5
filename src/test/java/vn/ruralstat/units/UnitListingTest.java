package vn.ruralstat.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ruralstat.message.Message;
import vn.ruralstat.store.StoredUnits.StoredUnit;

class UnitListingTest {

    private static final List<StoredUnit> STORED = List.of(
            new StoredUnit("huyện", "Quảng Hòa", null, "tỉnh", "Cao Bằng", "04", "2022-2025", "CRITERIA_MATRIX", 1),
            new StoredUnit("huyện", "Quảng Hòa", null, "tỉnh", "Cao Bằng", "04", "2022-2025", "COMMUNE_TARGETS", 1),
            new StoredUnit("huyện", "Quảng Hòa", null, "tỉnh", "Cao Bằng", "04", "2023", "CRITERIA_MATRIX", 2),
            new StoredUnit("xã", "Ngân Sơn", "01954", "tỉnh", "Thái Nguyên", "19", "2025", "VILLAGE_POVERTY", 2),
            new StoredUnit("Xã", "Ngân  Sơn", "01954", "tỉnh", "Thái Nguyên", "19", "2026", "VILLAGE_POVERTY", 3));

    @Test
    void listsEachUnitOnceWithItsPeriodsAndTablesAlignedInColumns() {
        List<String> lines = UnitListing.lines(UnitListing.entries(STORED, null), Message::vi);

        assertThat(lines)
                .containsExactly(
                        "Đơn vị           Cấp    Mã     Đơn vị cấp trên        Kỳ         Số liệu",
                        "huyện Quảng Hòa  huyện  -      tỉnh Cao Bằng (04)     2022-2025  biểu tiêu chí nông thôn mới,"
                                + " danh sách xã và năm đạt chuẩn",
                        "                                                      2023       biểu tiêu chí nông thôn mới",
                        "xã Ngân Sơn      xã     01954  tỉnh Thái Nguyên (19)  2025       biểu hộ nghèo",
                        "                                                      2026       biểu hộ nghèo");
    }

    @Test
    void keepsOnlyTheUnitsWhoseNameHoldsTheFilterWithoutAccentsOrCase() {
        assertThat(UnitListing.entries(STORED, "ngan son"))
                .singleElement()
                .satisfies(e -> assertThat(e.unit().label()).isEqualTo("xã Ngân Sơn"));
        assertThat(UnitListing.entries(STORED, "Hà Nội")).isEmpty();
    }

    @Test
    void namesEveryDatasetInTheOfficersWords() {
        for (String dataset : List.of(
                "VILLAGE_POVERTY",
                "CRITERIA_MATRIX",
                "COMMUNE_TARGETS",
                "INDICATOR_TABLE",
                "INDICATOR_MATRIX",
                "COMMUNE_REGISTER")) {
            assertThat(UnitListing.dataset(dataset).vi())
                    .as(dataset)
                    .doesNotContain("_")
                    .isNotBlank();
        }
    }
}
