package vn.ruralstat.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The national crosswalk of 1 July 2025 as shipped (register/crosswalk-2025-07-01.csv). Expected
 * figures are counts and rows of that file, read with other tools: {@code wc -l} gives 10,603 lines
 * (header and 10,602 rows); {@code awk -F, '$12 ~ /có/'} gives 1,033 rows of 471 divided communes.
 */
class NationalCrosswalkTest {

    static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
    static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);

    @Test
    void everyRowIsOneLineAndTheDividedCommunesHaveNoShares() {
        var lines = CrosswalkLoader.shipped();

        assertThat(lines).hasSize(10_602);
        assertThat(lines.stream().filter(BoundaryChange::withoutShare)).hasSize(1_033);
        assertThat(lines.stream()
                        .filter(BoundaryChange::withoutShare)
                        .map(BoundaryChange::oldCode)
                        .distinct())
                .hasSize(471);
        assertThat(lines).allSatisfy(c -> assertThat(c.effective()).isEqualTo(LocalDate.of(2025, 7, 1)));
        // line 1189 of the file (grep -n): Xã Cốc Đán 01945 → Xã Ngân Sơn 01954
        BoundaryChange cocDan = lines.stream()
                .filter(c -> c.oldCode().equals("01945"))
                .findFirst()
                .orElseThrow();
        assertThat(cocDan.oldParent()).isEqualTo("huyện Ngân Sơn");
        assertThat(cocDan.oldProvince()).isEqualTo("tỉnh Bắc Kạn");
        assertThat(cocDan.newCode()).isEqualTo("01954");
        assertThat(cocDan.newParent()).isEqualTo("tỉnh Thái Nguyên");
        assertThat(cocDan.where()).isEqualTo("register/crosswalk-2025-07-01.csv:1189");
    }

    @Test
    void xaNganSon01954HasItsThreePredecessors() {
        Crosswalk national = CrosswalkLoader.load(null);

        assertThat(national.predecessors("xã Ngân Sơn", "tỉnh Thái Nguyên", END_2025))
                .extracting(BoundaryChange::oldCode, BoundaryChange::oldUnit)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("01945", "Xã Cốc Đán"),
                        Tuple.tuple("01951", "Xã Đức Vân"),
                        Tuple.tuple("01954", "Thị trấn Vân Tùng"));
        // by the old province instead of the district, any case, without diacritics
        assertThat(national.place("THI TRAN VAN TUNG", "Bac Kan", END_2024, END_2025)
                        .main()
                        .unit())
                .isEqualTo("Xã Ngân Sơn");
    }

    @Test
    void aDividedCommuneWithoutSharesIsLeftOutAndSaid() {
        Crosswalk national = CrosswalkLoader.load(null);

        // lines 5-6: Phường Cống Vị (00007, quận Ba Đình) → Phường Giảng Võ and Phường Ngọc Hà, "có"
        Crosswalk.Placement p = national.place("Phường Cống Vị", "quận Ba Đình", END_2024, END_2025);

        assertThat(p.leftOut()).isTrue();
        assertThat(p.parts()).isEmpty();
        assertThat(p.unsplit())
                .extracting(BoundaryChange::newUnit)
                .containsExactlyInAnyOrder("Phường Giảng Võ", "Phường Ngọc Hà");
        assertThat(p.problems())
                .singleElement()
                .asString()
                .contains("Phường Cống Vị (quận Ba Đình) được chia cho")
                .contains("không được quy đổi")
                .doesNotContain("left out of the restated totals");
    }

    @Test
    void anOfficeFileGivesTheSharesOfADividedCommune(@TempDir Path dir) throws IOException {
        Path office = Files.writeString(
                dir.resolve("chia-tach.csv"),
                CrosswalkTest.HEADER
                        + "2025-07-01,Phường Cống Vị,quận Ba Đình,Phường Giảng Võ,thành phố Hà Nội,0.6,verbatim,,,\n"
                        + "2025-07-01,Phường Cống Vị,quận Ba Đình,Phường Ngọc Hà,thành phố Hà Nội,40%,verbatim,,,\n");

        Crosswalk cw = CrosswalkLoader.load(office);
        Crosswalk.Placement p = cw.place("Cống Vị", "Ba Đình", END_2024, END_2025);

        assertThat(p.leftOut()).isFalse();
        assertThat(p.parts())
                .extracting(Crosswalk.Part::unit, Crosswalk.Part::share)
                .containsExactlyInAnyOrder(Tuple.tuple("Phường Giảng Võ", 0.6), Tuple.tuple("Phường Ngọc Hà", 0.4));
        // the two national rows replaced by the two office lines
        assertThat(cw.changes()).hasSize(10_602);
        // another divided commune of the same district keeps its national rows: still left out
        assertThat(cw.place("Phường Ngọc Khánh", "quận Ba Đình", END_2024, END_2025)
                        .leftOut())
                .isTrue();
    }

    @Test
    void oldNamesRepeatedAcrossTheCountryAreToldApartByTheirDistrict() {
        Crosswalk national = CrosswalkLoader.load(null);

        // Xã Quảng Hòa: huyện Quảng Xương (Thanh Hóa) → Xã Quảng Yên; thị xã Ba Đồn (Quảng Bình) → Xã Nam
        // Gianh (tỉnh Quảng Trị); huyện Đăk Glong (Đắk Nông) → Xã Quảng Hòa (tỉnh Lâm Đồng)
        assertThat(national.place("Quảng Hòa", "huyện Quảng Xương", END_2024, END_2025)
                        .main()
                        .unit())
                .isEqualTo("Xã Quảng Yên");
        assertThat(national.place("Xã Quảng Hòa", "Ba Đồn", END_2024, END_2025).main())
                .satisfies(p -> {
                    assertThat(p.unit()).isEqualTo("Xã Nam Gianh");
                    assertThat(p.parent()).isEqualTo("tỉnh Quảng Trị");
                });
        assertThat(national.place("quang hoa", "tinh Dak Nong", END_2024, END_2025)
                        .main()
                        .parent())
                .isEqualTo("tỉnh Lâm Đồng");
        // without a parent it cannot be told: left as it is, and said
        Crosswalk.Placement unknown = national.place("Quảng Hòa", null, END_2024, END_2025);
        assertThat(unknown.main().unchanged()).isTrue();
        assertThat(unknown.problems()).singleElement().asString().contains("huyện Quảng Xương");
    }

    @Test
    void twoUnitsOfOneNameInOneDistrictAreToldApartByTheirKindWord() {
        Crosswalk national = CrosswalkLoader.load(null);

        // lines 306 and 308: Thị trấn Yên Viên (00526) and Xã Yên Viên (00532), huyện Gia Lâm
        Crosswalk.Placement town = national.place("Thị trấn Yên Viên", "Gia Lâm", END_2024, END_2025);
        assertThat(town.parts()).singleElement().satisfies(p -> {
            assertThat(p.share()).isEqualTo(1.0);
            assertThat(p.via()).extracting(BoundaryChange::oldCode).containsExactly("00526");
        });
        // without the kind word: which one is not known, so neither is restated (never counted twice)
        Crosswalk.Placement either = national.place("Yên Viên", "Gia Lâm", END_2024, END_2025);
        assertThat(either.main().unchanged()).isTrue();
        assertThat(either.problems()).singleElement().asString().contains("Thị trấn Yên Viên");
    }

    @Test
    void anIslandDistrictWithoutCommunesBecameASpecialZone() {
        Crosswalk national = CrosswalkLoader.load(null);

        assertThat(national.place("huyện Côn Đảo", "Bà Rịa - Vũng Tàu", END_2024, END_2025)
                        .main()
                        .unit())
                .isEqualTo("Đặc khu Côn Đảo");
    }
}
