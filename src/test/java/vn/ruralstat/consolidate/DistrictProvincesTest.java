package vn.ruralstat.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ruralstat.dataset.StoredTable;
import vn.ruralstat.register.NationalRegister;
import vn.ruralstat.register.RegisterLoader;

class DistrictProvincesTest {

    private static NationalRegister register;

    @BeforeAll
    static void load() {
        register = RegisterLoader.fromClasspath();
    }

    /** A 2024 table of {@code level} {@code unit} whose title names {@code parent} (level {@code parentLevel}). */
    private static StoredTable table(long id, String unit, String level, String parent, String parentLevel) {
        return MatrixTables.matrix(id, "f" + id + ".xlsx", unit, level, parent, parentLevel);
    }

    private static StoredTable chauThanh(long id, String province) {
        return MatrixTables.chauThanh(id, "f" + id + ".xlsx", province);
    }

    @Test
    void aDistrictIsItsNameAndTheProvinceItsTitleNames() {
        StoredTable dongThap = chauThanh(1, "ĐỒNG THÁP");
        StoredTable socTrang = chauThanh(2, "Sóc Trăng");
        DistrictProvinces provinces = new DistrictProvinces(register, List.of(dongThap, socTrang));

        assertThat(provinces.of(dongThap)).isEqualTo("tỉnh Đồng Tháp");
        assertThat(provinces.of(socTrang)).isEqualTo("tỉnh Sóc Trăng");
        assertThat(RunModelLoader.unitKey(dongThap, provinces.of(dongThap)))
                .isEqualTo(new DistrictProvinces.Key("chau thanh", "dong thap"))
                .isNotEqualTo(RunModelLoader.unitKey(socTrang, provinces.of(socTrang)));
    }

    @Test
    void aDistrictWhoseProvinceNobodyNamedJoinsTheOnlyNamesakePlacedAndStaysApartWhenTwoAre() {
        StoredTable dongThap = chauThanh(1, "Đồng Tháp");
        StoredTable unplaced = chauThanh(2, null);
        DistrictProvinces one = new DistrictProvinces(register, List.of(dongThap, unplaced));
        assertThat(one.of(unplaced)).isEqualTo("tỉnh Đồng Tháp");
        assertThat(RunModelLoader.unitKey(unplaced, one.of(unplaced)))
                .isEqualTo(RunModelLoader.unitKey(dongThap, one.of(dongThap)));

        DistrictProvinces two = new DistrictProvinces(register, List.of(dongThap, chauThanh(3, "Sóc Trăng"), unplaced));
        assertThat(two.of(unplaced)).isNull();
        // Said once, with the namesakes it could be: UNIT_NOT_IN_REGISTER's "ambiguous" sentence.
        assertThat(two.unplaced(unplaced)).hasValueSatisfying(f -> assertThat(f.messageVi())
                .contains("huyện Châu Thành, tỉnh Đồng Tháp; huyện Châu Thành, tỉnh Sóc Trăng"));
        assertThat(two.unplaced(dongThap)).isEmpty();
        assertThat(one.unplaced(unplaced)).isEmpty();
        // xã Châu Thành (a commune of that name) is no district: never placed, never said.
        StoredTable commune = table(9, "Châu Thành", "xã", null, null);
        assertThat(two.of(commune)).isNull();
        assertThat(two.unplaced(commune)).isEmpty();
        assertThat(RunModelLoader.unitKey(unplaced, two.of(unplaced)))
                .isEqualTo(new DistrictProvinces.Key("chau thanh", null));
    }

    @Test
    void onlyADistrictUnderAProvinceIsPlaced() {
        // A commune's table names its district, not a province; a province's table names no parent.
        StoredTable commune = table(1, "An Hiệp", "xã", "Châu Thành", "huyện");
        StoredTable province = table(2, "Đồng Tháp", "tỉnh", null, null);
        // A city of a province ranks with the districts.
        StoredTable city = table(3, "Cao Lãnh", "thành phố", "Đồng Tháp", "tỉnh");
        DistrictProvinces provinces = new DistrictProvinces(register, List.of(commune, province, city));

        assertThat(provinces.of(commune)).isNull();
        assertThat(provinces.of(province)).isNull();
        assertThat(provinces.of(city)).isEqualTo("tỉnh Đồng Tháp");
        assertThat(RunModelLoader.unitKey(province, null)).isEqualTo(new DistrictProvinces.Key("dong thap", null));
    }
}
