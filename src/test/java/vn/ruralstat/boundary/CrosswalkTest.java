package vn.ruralstat.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrosswalkTest {

    static final String HEADER =
            "effective_date,old_unit,old_parent,new_unit,new_parent,share,confidence,legal_basis,source,note\n";
    static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
    static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);

    static Crosswalk read(String lines) throws IOException {
        return new Crosswalk(CrosswalkLoader.read(new StringReader(HEADER + lines), "test.csv"));
    }

    @Test
    void theNationalCrosswalkPlacesTheSampleCommunesOnTodaysUnits() {
        Crosswalk national = CrosswalkLoader.load(null);

        // seed 003's xã Ngân Sơn (01954) = thị trấn Vân Tùng + xã Cốc Đán + xã Đức Vân of huyện Ngân Sơn
        // (register/crosswalk-2025-07-01.csv, rows of Huyện Ngân Sơn, Tỉnh Bắc Kạn)
        assertThat(national.predecessors("Ngân Sơn", "tỉnh Thái Nguyên", END_2025))
                .extracting(BoundaryChange::oldUnit)
                .containsExactlyInAnyOrder("Thị trấn Vân Tùng", "Xã Cốc Đán", "Xã Đức Vân");
        assertThat(national.place("Cốc Đán", "Ngân Sơn", END_2024, END_2025).parts())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.unit()).isEqualTo("Xã Ngân Sơn");
                    assertThat(p.parent()).isEqualTo("tỉnh Thái Nguyên");
                    assertThat(p.share()).isEqualTo(1.0);
                });
        // seed 004's "Quốc Toàn" is the register's "Quốc Toản" (01474, huyện Quảng Hòa): one matching key
        assertThat(national.place("Quốc Toàn", "Quảng Hòa", END_2024, END_2025)
                        .main()
                        .unit())
                .isEqualTo("Xã Trà Lĩnh");
        assertThat(national.formerParent("Phục Hòa", "tỉnh Cao Bằng", END_2025)).contains("huyện Quảng Hòa");
        // xã Trà Lĩnh: thị trấn Trà Lĩnh and xã Cao Chương of huyện Trùng Khánh, xã Quốc Toản of Quảng Hòa
        assertThat(national.formerParent("Trà Lĩnh", "tỉnh Cao Bằng", END_2025)).contains("huyện Trùng Khánh");
        assertThat(national.isFormerParent("huyện Quảng Hòa", END_2025)).isTrue();
        assertThat(national.isFormerParent("tỉnh Bắc Kạn", END_2025)).isTrue();
        assertThat(national.isFormerParent("tỉnh Cao Bằng", END_2025)).isFalse();
        assertThat(national.isFormerParent("huyện Quảng Hòa", END_2024)).isFalse();
    }

    @Test
    void tienThanhOfQuangHoaIsRestatedOnXaThachAnAsTheRegisterSays() {
        Crosswalk national = CrosswalkLoader.load(null);

        // the hand-made file had Tiên Thành under huyện Thạch An; the register has 01645 under Quảng Hòa
        Crosswalk.Placement p = national.place("Tiên Thành", "Quảng Hòa", END_2024, END_2025);

        assertThat(p.problems()).isEmpty();
        assertThat(p.parts()).singleElement().satisfies(part -> {
            assertThat(part.unit()).isEqualTo("Xã Thạch An");
            assertThat(part.via()).extracting(BoundaryChange::oldCode).containsExactly("01645");
        });
        // a namesake under a district the register does not hold it in is not moved, and said
        Crosswalk.Placement elsewhere = national.place("Tiên Thành", "huyện Hạ Lang", END_2024, END_2025);
        assertThat(elsewhere.main().unchanged()).isTrue();
        assertThat(elsewhere.problems()).singleElement().asString().contains("chưa quy đổi");
    }

    @Test
    void changesChainAndSharesMultiply() throws IOException {
        Crosswalk cw = read(
                """
                2020-01-01,Xã A,huyện H,Xã AB,huyện H,1,illustrative,,,
                2020-01-01,Xã B,huyện H,Xã AB,huyện H,1,illustrative,,,
                01/07/2025,Xã AB,huyện H,Xã X,tỉnh T,"0,75",illustrative,,,
                01/07/2025,Xã AB,huyện H,Xã Y,tỉnh T,25%,illustrative,,,
                """);

        Crosswalk.Placement p = cw.place("A", "H", LocalDate.of(2019, 12, 31), END_2025);

        assertThat(p.parts())
                .extracting(Crosswalk.Part::unit, Crosswalk.Part::share)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Xã X", 0.75),
                        org.assertj.core.groups.Tuple.tuple("Xã Y", 0.25));
        assertThat(p.parts().get(0).via()).hasSize(2);
        // before 2025 the 2020 merger alone applies
        assertThat(cw.place("A", "H", LocalDate.of(2019, 12, 31), END_2024)
                        .main()
                        .unit())
                .isEqualTo("Xã AB");
        // figures of the end of 2025 already stand on the new units
        assertThat(cw.place("X", "T", END_2025, END_2025).main().unchanged()).isTrue();
    }

    @Test
    void aCommuneWithoutALineOfItsOwnFollowsItsParentAndANamesakeCommuneIsNotMoved() throws IOException {
        Crosswalk cw = read(
                """
                2025-07-01,huyện Ngân Sơn,tỉnh Bắc Kạn,tỉnh Thái Nguyên,,1,illustrative,,,
                2025-07-01,Xã Cốc Đán,huyện Ngân Sơn,Xã Ngân Sơn,tỉnh Thái Nguyên,1,illustrative,,,
                """);

        // xã Thượng Quan was not merged: its district was abolished, it now lies in the province
        Crosswalk.Placement unchanged = cw.place("Thượng Quan", "Ngân Sơn", END_2024, END_2025);
        assertThat(unchanged.main().unit()).isEqualTo("Thượng Quan");
        assertThat(unchanged.main().parent()).isEqualTo("tỉnh Thái Nguyên");
        assertThat(unchanged.main().via()).extracting(BoundaryChange::oldUnit).containsExactly("huyện Ngân Sơn");
        // a commune's own line comes before its district's
        assertThat(cw.place("Cốc Đán", "Ngân Sơn", END_2024, END_2025).main().unit())
                .isEqualTo("Xã Ngân Sơn");
        // a commune named like the district is not the district
        assertThat(cw.place("Ngân Sơn", null, END_2024, END_2025).main().unchanged())
                .isTrue();
    }

    @Test
    void sharesOfASplitMustAddUpToOne() {
        assertThatThrownBy(
                        () -> read(
                                """
                2025-07-01,Xã A,huyện H,Xã X,tỉnh T,0.5,illustrative,,,
                2025-07-01,Xã A,huyện H,Xã Y,tỉnh T,0.4,illustrative,,,
                """))
                .isInstanceOf(CrosswalkException.class)
                .hasMessageContaining("test.csv:2")
                .hasMessageContaining("test.csv:3")
                .hasMessageContaining("phải bằng 1")
                .hasMessageContaining("expected 1");
    }

    @Test
    void badLinesAreNamedByFileAndLine() {
        assertThatThrownBy(() -> read("2025-13-01,Xã A,,Xã X,,1,illustrative,,,\n"))
                .hasMessageContaining("test.csv:2")
                .hasMessageContaining("effective_date");
        assertThatThrownBy(() -> read("2025-07-01,Xã A,,Xã X,,1.5,illustrative,,,\n"))
                .hasMessageContaining("share '1.5'");
        assertThatThrownBy(() -> read("2025-07-01,Xã A,,Xã X,,1,guessed,,,\n"))
                .hasMessageContaining("confidence 'guessed'");
        assertThatThrownBy(() -> read("2025-07-01,,,Xã X,,1,verbatim,,,\n")).hasMessageContaining("old_unit");
        assertThatThrownBy(() -> CrosswalkLoader.read(new StringReader("old_unit,new_unit\nA,B\n"), "short.csv"))
                .hasMessageContaining("short.csv")
                .hasMessageContaining("effective_date");
    }

    @Test
    void anOfficeFileAddsUnitsAndReplacesTheNationalLinesOfAUnitItAlsoMoves(@TempDir Path dir) throws IOException {
        Path office = dir.resolve("office.csv");
        Files.writeString(
                office,
                HEADER
                        + "2025-07-01,Xã Cốc Đán,huyện Ngân Sơn,Xã Bằng Vân,tỉnh Thái Nguyên,1,verbatim,NQ (test),,\n"
                        + "2025-07-01,Xã Mới,huyện Khác,Xã Mới Hơn,tỉnh T,1,verbatim,,,\n");

        Crosswalk cw = CrosswalkLoader.load(office);

        assertThat(cw.place("Cốc Đán", "Ngân Sơn", END_2024, END_2025).main().unit())
                .isEqualTo("Xã Bằng Vân");
        assertThat(cw.place("Đức Vân", "Ngân Sơn", END_2024, END_2025).main().unit())
                .isEqualTo("Xã Ngân Sơn");
        assertThat(cw.place("Mới", null, END_2024, END_2025).main().unit()).isEqualTo("Xã Mới Hơn");
        // one national line (Cốc Đán's) replaced by the office's, and the office's other line added
        assertThat(List.of(cw.changes().size()))
                .containsExactly(CrosswalkLoader.shipped().size() - 1 + 2);
    }
}
