package vn.ruralstat.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ruralstat.criteria.CommuneCriteria;
import vn.ruralstat.criteria.CommuneTarget;
import vn.ruralstat.criteria.CommuneTargetReader;
import vn.ruralstat.criteria.CriteriaMatrixReader;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.dataset.DatasetId;
import vn.ruralstat.dataset.StoredTable;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.register.RegisterLoader;
import vn.ruralstat.sheet.UnitNames;

/**
 * The communes of criteria matrices and target lists matched with the register in their table's
 * province, district and period. Every expected code is read from the register's own data files.
 */
class MatrixCommunesTest {

    private static MatrixCommunes communes;

    @BeforeAll
    static void load() {
        communes = new MatrixCommunes(new CommuneCodes(RegisterLoader.fromClasspath()));
    }

    @Test
    void namesakesInTwoProvincesMatricesOf2026AreTwoCommunesWithTheirOwnCodes() throws IOException {
        String quangTri = code(
                "/register/units-2026.csv",
                r -> r.get("province").equals("Quảng Trị")
                        && r.get("commune_full_name").equals("Xã Tân Lập"));
        String lamDong = code(
                "/register/units-2026.csv",
                r -> r.get("province").equals("Lâm Đồng")
                        && r.get("commune_full_name").equals("Xã Tân Lập"));
        List<Finding> findings = new ArrayList<>();

        CommuneCriteria a = only(communes.matched(
                table("Quảng Trị", "tỉnh", null, null, "2026"), List.of(row("Xã Tân Lập", "B7")), findings));
        CommuneCriteria b = only(communes.matched(
                table("Lâm Đồng", "tỉnh", null, null, "2026"), List.of(row("Tân Lập", "B9")), findings));

        assertThat(findings).isEmpty();
        assertThat(a.code()).isEqualTo(quangTri);
        assertThat(b.code()).isEqualTo(lamDong);
        assertThat(quangTri).isNotEqualTo(lamDong);
        // Two keys: one parent unit's matrix holding both (or two tables merged) keeps two communes.
        assertThat(MatrixCommunes.key(a.commune(), a.code())).isNotEqualTo(MatrixCommunes.key(b.commune(), b.code()));
        // The rest of the row is kept.
        assertThat(a.source().cell()).isEqualTo("B7");
    }

    @Test
    void namesakesOfTwoNamesakeDistrictsBeforeTheReformGetTheirOldCodes() throws IOException {
        // "Xã An Hiệp" of huyện Châu Thành, in tỉnh Đồng Tháp and in tỉnh Sóc Trăng, as the crosswalk lists them.
        String dongThap = anHiepOfChauThanh("Tỉnh Đồng Tháp");
        String socTrang = anHiepOfChauThanh("Tỉnh Sóc Trăng");
        List<Finding> findings = new ArrayList<>();

        CommuneCriteria a = only(communes.matched(
                table("Châu Thành", "huyện", "Đồng Tháp", "tỉnh", "2024"), List.of(row("An Hiệp", "B8")), findings));
        CommuneCriteria b = only(communes.matched(
                table("Châu Thành", "huyện", "Sóc Trăng", "tỉnh", "2024"), List.of(row("Xã An Hiệp", "B8")), findings));

        assertThat(findings).isEmpty();
        assertThat(a.code()).isEqualTo(dongThap);
        assertThat(b.code()).isEqualTo(socTrang);
        assertThat(dongThap).isNotEqualTo(socTrang);
        assertThat(MatrixCommunes.key(a.commune(), a.code())).isNotEqualTo(MatrixCommunes.key(b.commune(), b.code()));
    }

    @Test
    void aNameTheRegisterDoesNotKnowKeepsItsNameKeyWithOneFindingAtItsFirstCell() {
        List<Finding> findings = new ArrayList<>();

        List<CommuneCriteria> rows = communes.matched(
                table("Quảng Trị", "tỉnh", null, null, "2026"),
                List.of(row("Xã Không Có Ở Đâu", "B7"), row("Xã Không Có Ở Đâu", "B12")),
                findings);

        assertThat(rows).extracting(CommuneCriteria::code).containsExactly(null, null);
        assertThat(MatrixCommunes.key(rows.get(0).commune(), null)).isEqualTo(UnitNames.key("Xã Không Có Ở Đâu"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.UNIT_NOT_IN_REGISTER);
            assertThat(f.source().cell()).isEqualTo("B7");
            assertThat(f.messageVi()).contains("Không Có Ở Đâu");
        });
    }

    @Test
    void aTargetJoinsItsMatrixRowByCodeWhenBothHaveOneElseByName() throws IOException {
        String dongThap = anHiepOfChauThanh("Tỉnh Đồng Tháp");
        List<Finding> findings = new ArrayList<>();
        StoredTable list = table("Châu Thành", "huyện", "Đồng Tháp", "tỉnh", "2024", CommuneTargetReader.DATASET);
        Map<String, CommuneTarget> targets = new HashMap<>();
        communes.putTargets(
                list, List.of(target("Xã An Hiệp", 2025, 5), target("Xã Không Có Ở Đâu", 2024, 6)), targets, findings);

        assertThat(targets.values())
                .extracting(CommuneTarget::commune, CommuneTarget::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Xã An Hiệp", dongThap),
                        org.assertj.core.groups.Tuple.tuple("Xã Không Có Ở Đâu", null));
        assertThat(findings).extracting(Finding::code).containsExactly(FindingCode.UNIT_NOT_IN_REGISTER);

        CommuneCriteria ownRow = row("An Hiệp", "B8").withCode(dongThap);
        CommuneCriteria namesake = row("An Hiệp", "B8").withCode(anHiepOfChauThanh("Tỉnh Sóc Trăng"));
        CommuneCriteria unknown = row("Không Có Ở Đâu", "B9");
        DistrictCriteria d = new DistrictCriteria(
                "Châu Thành", "2024", null, List.of(ownRow, namesake, unknown), targets, null, null, null);

        assertThat(d.targetOf(ownRow).ntmYear()).isEqualTo(2025);
        // Same name, another code: another commune's row, which this list gives no target.
        assertThat(d.targetOf(namesake)).isNull();
        // No code on either side: by name.
        assertThat(d.targetOf(unknown).ntmYear()).isEqualTo(2024);
    }

    private static String code(String resource, Predicate<CSVRecord> wanted) throws IOException {
        try (InputStream in = MatrixCommunesTest.class.getResourceAsStream(resource)) {
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                if (wanted.test(r)) {
                    return r.isMapped("commune_code") ? r.get("commune_code") : r.get("old_commune_code");
                }
            }
        }
        throw new AssertionError("no such row in " + resource);
    }

    /** The code before the reform of "Xã An Hiệp" of huyện Châu Thành in that province, as the crosswalk lists it. */
    private static String anHiepOfChauThanh(String province) throws IOException {
        return code(
                "/register/crosswalk-2025-07-01.csv",
                r -> r.get("old_province").equals(province)
                        && r.get("old_district").equals("Huyện Châu Thành")
                        && r.get("old_commune").equals("Xã An Hiệp"));
    }

    private static CommuneCriteria only(List<CommuneCriteria> rows) {
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static CommuneCriteria row(String commune, String cell) {
        return new CommuneCriteria(commune, null, List.of(), new SourceRef("ma-tran.xlsx", "TH", cell), 7, null, null);
    }

    private static CommuneTarget target(String commune, int year, int row) {
        return new CommuneTarget(
                commune, year, null, null, null, null, new SourceRef("danh-sach.xlsx", "DS", "B" + row), row, null);
    }

    private static StoredTable table(String unit, String level, String parent, String parentLevel, String period) {
        return table(unit, level, parent, parentLevel, period, CriteriaMatrixReader.DATASET);
    }

    private static StoredTable table(
            String unit, String level, String parent, String parentLevel, String period, DatasetId dataset) {
        return new StoredTable(
                1,
                1,
                "ma-tran.xlsx",
                "0".repeat(64),
                null,
                "TH",
                dataset,
                5,
                unit,
                level,
                parent,
                parentLevel,
                period,
                null,
                "",
                "USED",
                null,
                null);
    }
}
