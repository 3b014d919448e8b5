package vn.ruralstat.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ruralstat.dataset.StoredTable;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.GroupedVillage;
import vn.ruralstat.poverty.PovertyFigures;
import vn.ruralstat.poverty.PovertyTableReader;
import vn.ruralstat.poverty.VillagePoverty;

/** Which rows of a poverty table are communes: the units one level below the table's unit. */
class CommuneRowsRuleTest {

    private static StoredTable table(String unitLevel, String unitName) {
        return new StoredTable(
                1,
                1,
                "bieu.xlsx",
                "0".repeat(64),
                null,
                "Sheet1",
                PovertyTableReader.DATASET,
                3,
                unitName,
                unitLevel,
                null,
                null,
                "2024",
                null,
                "",
                "USED",
                null,
                null);
    }

    private static GroupedVillage row(String group, String name) {
        return new GroupedVillage(
                group,
                new VillagePoverty(
                        name,
                        new PovertyFigures(100, 5, 3),
                        null,
                        null,
                        VillagePoverty.PlannedReduction.NONE,
                        SourceRef.file("bieu.xlsx"),
                        4));
    }

    @ParameterizedTest(name = "{0} {1}, heading \"{2}\": rows are communes = {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                // A commune's table lists villages, whatever its header says ("Xã, phường" in seed 003).
                "xã,         Ngân Sơn,   -,           false",
                "phường,     Sông Hiến,  -,           false",
                "thị trấn,   Nà Phặc,    -,           false",
                // A district's, city's or province's table without commune headings lists communes.
                "huyện,      Ngân Sơn,   -,           true",
                "thành phố,  Cao Bằng,   -,           true",
                "tỉnh,       Bắc Kạn,    -,           true",
                // With commune headings, the rows under them are the villages of those communes.
                "huyện,      Ngân Sơn,   Xã Vân Tùng, false",
                // Nobody named the unit: nothing says the rows are communes.
                "-,          -,          -,           false"
            })
    void rowsAreTheUnitsOneLevelBelowTheTablesUnit(String level, String unit, String heading, boolean communes) {
        List<GroupedVillage> rows = List.of(row(null, "Thị trấn Vân Tùng"), row(heading, "Xã Cốc Đán"));

        assertThat(RunModelLoader.rowsAreCommunes(table(level, unit), rows)).isEqualTo(communes);
    }

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource({
        "Thị trấn Vân Tùng, Vân Tùng",
        "Xã Cốc Đán,        Cốc Đán",
        "XÃ CỐC ĐÁN,        CỐC ĐÁN",
        "Phường Sông Hiến,  Sông Hiến",
        "Đức Vân,           Đức Vân",
        "Xã Xa Dung,        Xa Dung",
        "Xa Coc Dan,        Coc Dan",
        "Xã,                Xã"
    })
    void namesACommuneRowWithoutItsKindWord(String written, String name) {
        assertThat(RunModelLoader.communeOfRow(written)).isEqualTo(name);
    }

    @ParameterizedTest(name = "period {0}: {1}")
    @CsvSource(
            nullValues = "-",
            value = {"2024, 4.0", "2026, 4.0", "2023, -"})
    void takesIndicator61FromACommunesOwnRowWhenItHasNoVillageTable(String period, Double rate) {
        // Vân Tùng's row of the district table: 8 poor of 200 households, 8 / 200 × 100 = 4 %.
        VillagePoverty row = new VillagePoverty(
                "Thị trấn Vân Tùng",
                new PovertyFigures(200, 8, 5),
                4.0,
                2.5,
                VillagePoverty.PlannedReduction.NONE,
                new SourceRef("huyen.xlsx", "Bieu", "B10"),
                10);
        List<CommunePoverty> poverty = List.of(CommunePoverty.ofRow("Vân Tùng", "Ngân Sơn", "2024", row));

        assertThat(IndicatorModel.povertyRate(poverty, "Vân Tùng", period)).isEqualTo(rate);
    }
}
