package vn.ruralstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.poverty.PovertyFigures;
import vn.ruralstat.poverty.PovertyRollup;
import vn.ruralstat.rulebook.TestRulebooks;

class ParentUnitLabelsTest {

    private static final PovertyFigures ANY = new PovertyFigures(1, 0, 0);

    private final ParentUnitLabels labels = new ParentUnitLabels(List.of(
            new PovertyRollup("Cao Bằng", "tỉnh", "2026", ANY, List.of("Ngân Sơn"), null, null),
            new PovertyRollup("Toàn bộ dữ liệu nhận được", "toàn bộ", "2026", ANY, List.of("Ngân Sơn"), null, null)));

    @Test
    void namesAParentWithTheLevelOfItsRollupSinceDistrictsWereAbolished() {
        assertThat(labels.label("Cao Bằng")).isEqualTo("tỉnh Cao Bằng");
        assertThat(labels.labelCapitalised("tỉnh Cao Bằng")).isEqualTo("Tỉnh Cao Bằng");
    }

    @Test
    void namesAParentWhoseLevelNoTableGaveByItsNameAloneNeverAsADistrict() {
        assertThat(labels.level("Quảng Hòa")).isEqualTo("đơn vị cấp trên");
        assertThat(labels.label("Quảng Hòa")).isEqualTo("Quảng Hòa");
    }

    @Test
    void namesTheParentOfACriteriaMatrixWithTheLevelItsTableGives() {
        DistrictCriteria thaiNguyen = new DistrictCriteria(
                "Thái Nguyên",
                "2026",
                TestRulebooks.national().byId("NTM-2026-2030").orElseThrow(),
                List.of(),
                Map.of(),
                null,
                "tỉnh",
                null);
        ParentUnitLabels withMatrix = new ParentUnitLabels(List.of(), List.of(thaiNguyen));

        assertThat(withMatrix.label("Thái Nguyên")).isEqualTo("tỉnh Thái Nguyên");
        assertThat(withMatrix.labelCapitalised("Thái Nguyên")).isEqualTo("Tỉnh Thái Nguyên");
    }

    @Test
    void namesakeDistrictsOfTwoProvincesInOneReportNameTheirProvinceOthersDoNot() {
        ParentUnitLabels namesakes = new ParentUnitLabels(List.of(
                new PovertyRollup("Châu Thành", "huyện", "2024", ANY, List.of("An Hiệp"), null, "tỉnh Đồng Tháp"),
                new PovertyRollup("Châu Thành", "huyện", "2024", ANY, List.of("An Hiệp"), null, "tỉnh Sóc Trăng"),
                new PovertyRollup("Quảng Hòa", "huyện", "2024", ANY, List.of("Phúc Sen"), null, "tỉnh Cao Bằng")));

        assertThat(namesakes.label("Châu Thành", "tỉnh Đồng Tháp")).isEqualTo("huyện Châu Thành, tỉnh Đồng Tháp");
        assertThat(namesakes.labelCapitalised("Châu Thành", "tỉnh Sóc Trăng"))
                .isEqualTo("Huyện Châu Thành, tỉnh Sóc Trăng");
        // One district of its name in the report: labelled as before.
        assertThat(namesakes.label("Quảng Hòa", "tỉnh Cao Bằng")).isEqualTo("huyện Quảng Hòa");
    }
}
