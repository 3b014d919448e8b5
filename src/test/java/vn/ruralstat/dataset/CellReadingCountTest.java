package vn.ruralstat.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ruralstat.ingest.Rows.row;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;

class CellReadingCountTest {

    private static final SourceRef SHEET = new SourceRef("a.csv", "a", null);

    private final List<Finding> findings = new ArrayList<>();

    private CellReading.Count count(Object value) {
        // Row 5 of the sheet, the count in column C.
        return new CellReading(row(5, "1", "Bản A", value), SHEET, findings, new ColumnConventions())
                .count(2, "households");
    }

    @Test
    void rejectsATwentyDigitCountWrittenAsTextInsteadOfClampingIt() {
        CellReading.Count c = count("99999999999999999999");

        assertThat(c.value()).isNull();
        assertThat(c.invalid()).isTrue();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.COUNT_TOO_LARGE);
            assertThat(f.source().cell()).isEqualTo("C5");
            assertThat(f.messageVi()).contains("99999999999999999999").doesNotContain("9223372036854775807");
        });
    }

    @Test
    void rejectsAHugeNumericCell() {
        CellReading.Count c = count(1e308);

        assertThat(c.value()).isNull();
        assertThat(c.invalid()).isTrue();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.COUNT_TOO_LARGE);
            assertThat(f.messageVi()).contains("1E+308").doesNotContain("1000000000000000000000");
        });
    }

    @Test
    void rejectsTheFirstCountPastTheCeilingAndKeepsTheCeilingItself() {
        assertThat(count(1_000_000_000.0).value()).isEqualTo(1_000_000_000L);
        assertThat(findings).isEmpty();

        assertThat(count("1.000.000.001").invalid()).isTrue();
        assertThat(findings).extracting(Finding::code).containsExactly(FindingCode.COUNT_TOO_LARGE);
    }

    @Test
    void readsAnOrdinaryCountExactly() {
        // "14.386" is Vietnamese for fourteen thousand three hundred and eighty-six.
        assertThat(count("14.386").value()).isEqualTo(14_386L);
        assertThat(findings).isEmpty();
    }
}
