package vn.ruralstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ruralstat.dataset.ColumnMap;
import vn.ruralstat.dataset.DatasetId;
import vn.ruralstat.dataset.TableInfo;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.register.RegisterLoader;
import vn.ruralstat.sheet.HeaderBand;
import vn.ruralstat.sheet.TitleContext;
import vn.ruralstat.sheet.UnitMention;

/** A table's unit matched with the shipped register right after its title was read. */
class RegisterPlacementTest {

    private static RegisterPlacement placement;
    private final List<Finding> findings = new ArrayList<>();

    @BeforeAll
    static void register() {
        placement = new RegisterPlacement(RegisterLoader.fromClasspath());
    }

    private TableInfo placed(String title, String period) {
        List<UnitMention> units = TitleContext.units(title);
        TableInfo table = new TableInfo(
                "Bieu",
                new DatasetId("POVERTY"),
                new ColumnMap(Map.of(), 0),
                new HeaderBand(5, 5, List.of(), List.of(), null),
                units.get(0),
                units.size() > 1 ? units.get(1) : null,
                period,
                null,
                null);
        return placement.place(table, title, SourceRef.file("bieu.xlsx"), findings::add);
    }

    @Test
    void aCommuneAfterTheReformIsPlacedUnderItsProvince() {
        // units-2026.csv: 19, Thái Nguyên, tỉnh, 01954, Ngân Sơn, Xã Ngân Sơn.
        TableInfo t = placed("KẾ HOẠCH GIẢM NGHÈO NĂM 2026 XÃ NGÂN SƠN", "2025");
        assertThat(t.unitCode()).isEqualTo("01954");
        assertThat(t.parent().describe()).isEqualTo("tỉnh Thái Nguyên");
        assertThat(t.parentCode()).isEqualTo("19");
        assertThat(findings).isEmpty();
    }

    @Test
    void aCommuneBeforeTheReformKeepsItsDistrict() {
        // crosswalk: Tỉnh Bắc Kạn, Huyện Ngân Sơn, 01945 Xã Cốc Đán.
        TableInfo t = placed("RÀ SOÁT HỘ NGHÈO NĂM 2024 XÃ CỐC ĐÁN, HUYỆN NGÂN SƠN", "2024");
        assertThat(t.unitCode()).isEqualTo("01945");
        assertThat(t.parent().describe()).isEqualTo("huyện Ngân Sơn");
        assertThat(t.parentCode()).isNull();
    }

    @Test
    void aCityUnderTheCentreIsTheProvinceThatTellsNamesakesApart() {
        // units-2026.csv: Xã Phúc Lộc 09739 (Hà Nội, 01), 01894 (Thái Nguyên), 17857 (Nghệ An).
        TableInfo t = placed("BÁO CÁO NĂM 2026 XÃ PHÚC LỘC, THÀNH PHỐ HÀ NỘI", "2026");
        assertThat(t.parentCode()).isEqualTo("01");
        assertThat(t.unitCode()).isEqualTo("09739");
        assertThat(findings).isEmpty();
    }

    @Test
    void aNameTheRegisterDoesNotKnowIsAFindingWithTheClosestNames() {
        TableInfo t = placed("BÁO CÁO NĂM 2026 XÃ NGÂN SƠNN, TỈNH THÁI NGUYÊN", "2026");
        assertThat(t.unitCode()).isNull();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.UNIT_NOT_IN_REGISTER);
            assertThat(f.messageVi()).contains("Xã Ngân Sơn (Tỉnh Thái Nguyên)");
            assertThat(f.source().sheet()).isEqualTo("Bieu");
        });
    }
}
