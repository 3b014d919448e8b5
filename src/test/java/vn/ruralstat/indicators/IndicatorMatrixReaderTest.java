package vn.ruralstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.ruralstat.ingest.Rows.percent;
import static vn.ruralstat.ingest.Rows.row;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ruralstat.criteria.CommuneCriteria;
import vn.ruralstat.criteria.CommuneTarget;
import vn.ruralstat.criteria.CommuneTargetReader;
import vn.ruralstat.criteria.CriteriaMatrixReader;
import vn.ruralstat.dataset.TableInfo;
import vn.ruralstat.ingest.Rows;
import vn.ruralstat.rulebook.TestRulebooks;
import vn.ruralstat.sheet.HeaderBand;
import vn.ruralstat.sheet.SheetRow;

class IndicatorMatrixReaderTest {

    private static final SheetRow CRITERIA = row(
            3,
            "TT",
            "Tên xã",
            "Tiêu chí 1. Quy hoạch",
            null,
            "Tiêu chí 2. Hạ tầng kinh tế - xã hội",
            null,
            "Tiêu chí 4. Đào tạo nguồn nhân lực nông thôn",
            null);
    private static final SheetRow INDICATORS = row(
            4,
            null,
            null,
            "Chỉ tiêu 1.1",
            "Chỉ tiêu 1.2",
            "TC 2.1",
            "2.4 Tỷ lệ hộ sử dụng điện an toàn",
            "4.1 Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ",
            "4.2 Tỷ lệ người trong độ tuổi theo học sau trung học phổ thông");

    private static List<SheetRow> threeCommunes() {
        return List.of(
                row(1, "TỔNG HỢP KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2026 THÀNH PHỐ HẢI PHÒNG"),
                row(2),
                CRITERIA,
                INDICATORS,
                row(5, 1, "Xã An Hòa", "Đạt", "Đạt", "Chưa đạt", "99,2%", "42%", "Đạt"),
                row(6, 2, "Xã Bình Giang", "Đạt", null, "Đạt", percent(0.995), "38,5%", null),
                row(7, 3, "Xã Cát Tiên", "Chưa đạt", "Chưa đạt", null, null, 45, "Chưa đạt"),
                row(8, 4, "Xã Đông Sơn"),
                row(9, null, "Tổng cộng", 2, 1, 2, 3, 3, 1));
    }

    @Test
    void readsOneEntryPerNonBlankIndicatorCellOfEachCommune() {
        Scan scan = Scan.of("hai-phong.xlsx", threeCommunes());

        assertThat(scan.sink.tables).singleElement().satisfies(t -> {
            assertThat(t.dataset()).isEqualTo(IndicatorMatrixReader.DATASET);
            assertThat(t.columns().describe()).isEqualTo("name=B;1.1=C;1.2=D;2.1=E;2.4=F;4.1=G;4.2=H");
            assertThat(t.unit().describe()).isEqualTo("thành phố Hải Phòng");
            assertThat(t.period()).isEqualTo("2026");
        });
        List<CommuneIndicatorRow> rows = scan.sink.used(CommuneIndicatorRow.class);
        assertThat(rows)
                .extracting(CommuneIndicatorRow::commune, CommuneIndicatorRow::row)
                .containsExactly(tuple("Xã An Hòa", 5), tuple("Xã Bình Giang", 6), tuple("Xã Cát Tiên", 7));
        assertThat(rows.get(0).entries())
                .extracting(IndicatorEntry::code)
                .containsExactly("1.1", "1.2", "2.1", "2.4", "4.1", "4.2");
        assertThat(rows.get(1).entries())
                .extracting(
                        IndicatorEntry::commune,
                        IndicatorEntry::code,
                        IndicatorEntry::value,
                        IndicatorEntry::assessment,
                        IndicatorEntry::valueCell,
                        IndicatorEntry::assessmentCell)
                .containsExactly(
                        tuple("Xã Bình Giang", "1.1", "Đạt", "", "C6", null),
                        tuple("Xã Bình Giang", "2.1", "Đạt", "", "E6", null),
                        tuple("Xã Bình Giang", "2.4", "99.5%", "", "F6", null),
                        tuple("Xã Bình Giang", "4.1", "38,5%", "", "G6", null));
        assertThat(rows.get(2).entries())
                .extracting(IndicatorEntry::code, IndicatorEntry::value)
                .contains(tuple("4.1", "45"));
    }

    @Test
    void rejectsACommuneRowWithoutAnyIndicatorFigure() {
        Scan scan = Scan.of("hai-phong.xlsx", threeCommunes());

        assertThat(scan.sink.rejectedVi)
                .containsExactly("8: \"Xã Đông Sơn\" không có số liệu chỉ tiêu nào trên dòng 8");
        assertThat(scan.counts.used()).isEqualTo(3);
        assertThat(scan.counts.other())
                .as("title, blank, two header rows, totals")
                .isEqualTo(5);
        assertThat(scan.counts.balances()).isTrue();
    }

    @Test
    void needsFiveIndicatorsOfThe2026SetBesideACommuneColumn() {
        HeaderBand four = HeaderBand.compose(
                List.of(row(1, "Xã", "Chỉ tiêu 1.1", "Chỉ tiêu 1.2", "Chỉ tiêu 2.1", "Chỉ tiêu 2.2")), null);
        HeaderBand unknownCodes = HeaderBand.compose(
                List.of(row(
                        1, "Xã", "Chỉ tiêu 1.1", "Chỉ tiêu 1.2", "Chỉ tiêu 2.1", "Chỉ tiêu 11.5", "Chỉ tiêu 17.10")),
                null);
        HeaderBand noCommune = HeaderBand.compose(
                List.of(row(1, "TT", "Chỉ tiêu 1.1", "Chỉ tiêu 1.2", "Chỉ tiêu 2.1", "Chỉ tiêu 2.2", "Chỉ tiêu 2.3")),
                null);
        HeaderBand five = HeaderBand.compose(
                List.of(row(1, "Xã", "Chỉ tiêu 1.1", "Chỉ tiêu 1.2", "Chỉ tiêu 2.1", "Chỉ tiêu 2.2", "Chỉ tiêu 3.10")),
                null);

        IndicatorMatrixReader reader = new IndicatorMatrixReader(TestRulebooks.national());
        assertThat(reader.recognize(four)).isEmpty();
        assertThat(reader.recognize(unknownCodes)).isEmpty();
        assertThat(reader.recognize(noCommune)).isEmpty();
        assertThat(reader.recognize(five))
                .hasValueSatisfying(c -> assertThat(c.describe()).isEqualTo("name=A;1.1=B;1.2=C;2.1=D;2.2=E;3.10=F"));
    }

    @Test
    void neitherMatrixReaderClaimsTheOthersHeader() throws IOException {
        HeaderBand indicatorMatrix = HeaderBand.compose(List.of(CRITERIA, INDICATORS), null);
        List<SheetRow> seed004 = seed004();
        // Seed 004's criteria matrix header and its code row "A B C 1 … 19".
        SheetRow header = seed004.stream()
                .filter(r -> r.text(2).equals("KQ Đạt số tiêu chí"))
                .findFirst()
                .orElseThrow();
        SheetRow codes = seed004.get(seed004.indexOf(header) + 1);
        HeaderBand criteriaMatrix = HeaderBand.compose(List.of(header), codes);

        assertThat(new CriteriaMatrixReader(TestRulebooks.national()).recognize(criteriaMatrix))
                .isPresent();
        assertThat(new IndicatorMatrixReader(TestRulebooks.national()).recognize(criteriaMatrix))
                .isEmpty();
        assertThat(new IndicatorTableReader().recognize(criteriaMatrix)).isEmpty();
        assertThat(new CommuneRegisterReader().recognize(criteriaMatrix)).isEmpty();
        assertThat(new IndicatorMatrixReader(TestRulebooks.national()).recognize(indicatorMatrix))
                .isPresent();
        assertThat(new CriteriaMatrixReader(TestRulebooks.national()).recognize(indicatorMatrix))
                .isEmpty();
    }

    @Test
    void winsOverTheCriteriaMatrixWhenIndicatorNamesAlsoReadAsCriterionNames() {
        // Indicator names such as "Tỷ lệ lao động" or "điện" also name 2021-2025 criteria.
        List<Object> header = new ArrayList<>(List.of("TT", "Xã"));
        List<String> named = List.of(
                "1.1 Quy hoạch chung xã",
                "2.1 Đường giao thông",
                "2.2 Công trình thủy lợi",
                "2.4 Sử dụng điện",
                "2.5 Hạ tầng thương mại nông thôn",
                "2.6 Hạ tầng viễn thông, thông tin",
                "3.1 Tăng thu nhập",
                "4.1 Tỷ lệ lao động qua đào tạo",
                "5.1 Y tế xã",
                "6.1 Tỷ lệ nghèo đa chiều",
                "6.2 Nhà ở kiên cố",
                "8.1 Môi trường, chất thải rắn",
                "9.1 Hệ thống chính trị",
                "10.2 An ninh, trật tự");
        header.addAll(named);
        List<Object> values = new ArrayList<>(List.of(1, "Xã An Hòa"));
        named.forEach(n -> values.add("Đạt"));

        Scan scan = Scan.of("a.xlsx", List.of(row(1, header.toArray()), row(2, values.toArray())));

        // Headers carrying an indicator code ("2.4 …") are an indicator's, never a criterion's.
        assertThat(new CriteriaMatrixReader(TestRulebooks.national())
                        .recognize(HeaderBand.compose(List.of(row(1, header.toArray())), null)))
                .as("the criteria matrix leaves columns headed by indicator codes alone")
                .isEmpty();
        assertThat(scan.sink.tables).extracting(TableInfo::dataset).containsExactly(IndicatorMatrixReader.DATASET);
        assertThat(scan.sink.used(CommuneIndicatorRow.class)).singleElement().satisfies(r -> assertThat(r.entries())
                .hasSize(named.size()));
    }

    @Test
    void seed004IsStillReadAsTargetsAndCriteriaMatrixWithTheIndicatorReadersPresent() throws IOException {
        Scan scan = Scan.of("quang-hoa.txt", seed004());

        assertThat(scan.sink.tables)
                .extracting(TableInfo::dataset)
                .containsExactly(CommuneTargetReader.DATASET, CriteriaMatrixReader.DATASET);
        assertThat(scan.sink.used(CommuneTarget.class)).hasSize(16);
        List<CommuneCriteria> communes = scan.sink.used(CommuneCriteria.class);
        assertThat(communes).hasSize(16);
        assertThat(communes.stream().mapToInt(CommuneCriteria::metCount).sum()).isEqualTo(183);
        assertThat(scan.counts.rejected()).isZero();
        assertThat(scan.counts.balances()).isTrue();
    }

    private static List<SheetRow> seed004() throws IOException {
        List<String> lines =
                Files.readAllLines(Path.of("src/test/resources/seeds/seed-004-appendix.txt"), StandardCharsets.UTF_8);
        List<SheetRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) rows.add(Rows.tabbed(i + 1, lines.get(i)));
        return rows;
    }
}
