package vn.ruralstat.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ruralstat.ingest.Rows.row;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ruralstat.dataset.ColumnMap;
import vn.ruralstat.rulebook.TestRulebooks;
import vn.ruralstat.sheet.HeaderBand;

class CriteriaMatrixReaderTest {

    private final CriteriaMatrixReader reader = new CriteriaMatrixReader(TestRulebooks.national());

    private static HeaderBand header(List<String> criteria) {
        List<Object> labels = new ArrayList<>(List.of("TT", "Tên xã", "KQ Đạt số tiêu chí"));
        labels.addAll(criteria);
        return HeaderBand.compose(List.of(row(1, labels.toArray())), null);
    }

    private static List<String> seedHeaders() {
        return TestRulebooks.ntm2021To2025().criteria().stream()
                .map(c -> c.column().formHeader())
                .toList();
    }

    @Test
    void findsEachCriterionColumnByTheHeaderWordsOfTheRulebookAndKeepsTheRulebookId() {
        ColumnMap columns = reader.recognize(header(seedHeaders())).orElseThrow();

        assertThat(columns.rulebookId()).isEqualTo("NTM-2021-2025");
        assertThat(columns.column("name")).isEqualTo(1);
        assertThat(columns.column("met")).isEqualTo(2);
        for (int n = 1; n <= 19; n++)
            assertThat(columns.column("c" + n)).as("criterion " + n).isEqualTo(2 + n);
    }

    @Test
    void readsCultureAloneAsCriterion16AndCultureWithFacilitiesAsCriterion6() {
        List<String> headers = new ArrayList<>(seedHeaders());
        headers.set(5, "Cơ sở văn hóa"); // criterion 6 written without "vật chất"
        headers.set(15, "Văn hóa");

        ColumnMap columns = reader.recognize(header(headers)).orElseThrow();

        assertThat(columns.column("c6")).isEqualTo(8);
        assertThat(columns.column("c16")).isEqualTo(18);
    }

    @Test
    void readsCriteriaNumberedInsteadOfNamed() {
        List<String> numbered = new ArrayList<>();
        for (int n = 1; n <= 19; n++) numbered.add("TC " + n);

        ColumnMap columns = reader.recognize(header(numbered)).orElseThrow();

        assertThat(columns.column("c19")).isEqualTo(21);
        assertThat(columns.rulebookId()).isEqualTo("NTM-2021-2025");
    }

    private static HeaderBand twoRows(List<Object> top, List<Object> bottom) {
        return HeaderBand.compose(List.of(row(5, top.toArray()), row(6, bottom.toArray())), null);
    }

    private static List<String> ntm2026FullNames() {
        return TestRulebooks.national().byId("NTM-2026-2030").orElseThrow().criteria().stream()
                .map(c -> c.nameVi())
                .toList();
    }

    @Test
    void readsAMatrixNamingThe2026To2030CriteriaAgainstItsOwnRulebookNotAsThe19OfBefore() {
        ColumnMap columns = reader.recognize(header(ntm2026FullNames())).orElseThrow();

        assertThat(columns.rulebookId()).isEqualTo("NTM-2026-2030");
        for (int n = 1; n <= 10; n++)
            assertThat(columns.column("c" + n)).as("criterion " + n).isEqualTo(2 + n);
        assertThat(columns.has("c11")).isFalse();
    }

    @Test
    void readsThe2026To2030CriteriaUnderAMergedHeaderInTheAbbreviationsOfficersUse() {
        // Row 5: "STT", "Tên xã", "Nhóm xã", "Kết quả thực hiện tiêu chí" merged over 10 columns, "Số tiêu chí đạt"
        List<Object> top = new ArrayList<>(List.of("STT", "Tên xã", "Nhóm xã", "Kết quả thực hiện tiêu chí"));
        for (int i = 0; i < 9; i++) top.add("");
        top.add("Số tiêu chí đạt");
        List<Object> bottom = new ArrayList<>(List.of("", "", ""));
        bottom.addAll(List.of(
                "Quy hoạch",
                "Hạ tầng KT-XH",
                "Phát triển KT nông thôn",
                "Đào tạo nguồn nhân lực",
                "VH, GD, YT",
                "Giảm nghèo và ASXH",
                "KHCN và chuyển đổi số",
                "Môi trường, cảnh quan",
                "Hệ thống chính trị và HCC",
                "Tiếp cận PL và ANQP"));
        bottom.add("");

        ColumnMap columns = reader.recognize(twoRows(top, bottom)).orElseThrow();

        assertThat(columns.rulebookId()).isEqualTo("NTM-2026-2030");
        assertThat(columns.column("name")).isEqualTo(1);
        assertThat(columns.column("group")).isEqualTo(2);
        assertThat(columns.column("met")).isEqualTo(13);
        for (int n = 1; n <= 10; n++)
            assertThat(columns.column("c" + n)).as("criterion " + n).isEqualTo(2 + n);
    }

    @Test
    void keepsTheSetOfThe19WhenTheirNamesAlsoReadAsSomeOfThe10() {
        // The 19 seed headers hold "Quy hoạch", "Văn hóa", "Môi trường", … which also name
        // criteria of 2026-2030; all 19 of 2021-2025 fit, a larger share than any of the other set.
        assertThat(reader.recognize(header(seedHeaders())).orElseThrow().rulebookId())
                .isEqualTo("NTM-2021-2025");
    }

    @Test
    void keepsTheSetOfThe19WhenOnly13OfTheirHeadersAreRecognisedAndTheyReadAs7OfThe10() {
        List<String> headers = new ArrayList<>(seedHeaders());
        // criteria 2-5, 9 and 10 abbreviated beyond recognition: 13 of 19 named (a share of 0.68),
        // while the remaining headers also read as 7 of the 10 of 2026-2030 (0.7): Quy hoạch, Cơ sở
        // vật chất văn hóa, … hạ tầng thương mại, Giáo dục và Đào tạo, Môi trường, Hệ thống chính
        // trị, Quốc phòng. More columns named, not the larger share, decides.
        headers.set(1, "GT");
        headers.set(2, "TL");
        headers.set(3, "Đ");
        headers.set(4, "TrH");
        headers.set(8, "NODC");
        headers.set(9, "TNBQ");

        ColumnMap columns = reader.recognize(header(headers)).orElseThrow();

        assertThat(columns.rulebookId()).isEqualTo("NTM-2021-2025");
        assertThat(columns.column("c19")).isEqualTo(21);
    }

    @Test
    void leavesAHeaderNumberingTenCriteriaToThePeriodSinceBothSetsHaveThem() {
        List<String> numbered = new ArrayList<>();
        for (int n = 1; n <= 10; n++) numbered.add("TC" + n);

        ColumnMap columns = reader.recognize(header(numbered)).orElseThrow();

        assertThat(columns.rulebookId()).isEqualTo(CriteriaMatrixReader.BY_NUMBER);
        assertThat(columns.column("c1")).isEqualTo(3);
        assertThat(columns.column("c10")).isEqualTo(12);
    }

    @Test
    void readsANumberBeyondTenAsTheOlderSetOnly() {
        List<String> numbered = new ArrayList<>();
        for (int n = 1; n <= 12; n++) numbered.add("Tiêu chí " + n);

        assertThat(reader.recognize(header(numbered)).orElseThrow().rulebookId())
                .isEqualTo("NTM-2021-2025");
    }

    @Test
    void numbersCriteriaByTheCodeRowUnderAMergedTiêuChíHeaderButNotTheCountColumn() {
        // "Tiêu chí" merged over 10 columns; code row A, B, 1 … 10, then 11 under "Số tiêu chí đạt"
        List<Object> labels = new ArrayList<>(List.of("TT", "Xã"));
        for (int i = 0; i < 10; i++) labels.add("Tiêu chí");
        labels.add("Số tiêu chí đạt");
        List<Object> codes = new ArrayList<>(List.of("A", "B"));
        for (int n = 1; n <= 11; n++) codes.add(String.valueOf(n));
        HeaderBand band = HeaderBand.compose(List.of(row(5, labels.toArray())), row(6, codes.toArray()));

        ColumnMap columns = reader.recognize(band).orElseThrow();

        assertThat(columns.rulebookId()).isEqualTo(CriteriaMatrixReader.BY_NUMBER);
        assertThat(columns.column("c10")).isEqualTo(11);
        assertThat(columns.column("met")).isEqualTo(12);
        assertThat(columns.has("c11")).isFalse();
    }

    @Test
    void refusesFewerCriterionColumnsThanHalfTheSet() {
        // 4 of the 10 named: below the minimum of 5
        assertThat(reader.recognize(header(ntm2026FullNames().subList(0, 4)))).isEmpty();
        assertThat(CriteriaMatrixReader.minimumColumns(10)).isEqualTo(5);
        assertThat(CriteriaMatrixReader.minimumColumns(19)).isEqualTo(10);
    }

    @Test
    void readsTheGroupOfEachCommuneAsOfficersWriteIt() {
        List<Object> labels = new ArrayList<>(List.of("TT", "Tên xã", "Nhóm"));
        labels.addAll(ntm2026FullNames());
        HeaderBand band = HeaderBand.compose(List.of(row(4, labels.toArray())), null);
        ColumnMap columns = reader.recognize(band).orElseThrow();
        vn.ruralstat.finding.SourceRef sheet = new vn.ruralstat.finding.SourceRef("tinh.xlsx", "Biểu", null);
        List<Object> groups = List.of(2, "Nhóm 1", "III", "nhóm xã 2", "", "Nhóm 4");
        List<Integer> read = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<Object> cells = new ArrayList<>(List.of(i + 1, "Xã " + i, groups.get(i)));
            for (int n = 0; n < 10; n++) cells.add("Đạt");
            var result = reader.readRow(
                    row(5 + i, cells.toArray()), columns, sheet, new vn.ruralstat.dataset.ColumnConventions());
            var used = (vn.ruralstat.dataset.RowResult.Used) result;
            read.add(((CommuneCriteria) used.record()).group());
            used.findings()
                    .forEach(f -> findings.add(f.code() + " " + f.source().cell()));
        }

        assertThat(read).containsExactly(2, 1, 3, 2, null, null);
        assertThat(findings).containsExactly("COMMUNE_GROUP_UNRECOGNISED C10");
    }
}
