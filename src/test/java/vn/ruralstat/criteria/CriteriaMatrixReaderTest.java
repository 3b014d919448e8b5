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
}
