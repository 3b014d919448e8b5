package vn.ruralstat.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ruralstat.ingest.Rows.row;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.sheet.Cell;
import vn.ruralstat.sheet.ColumnMeaning;
import vn.ruralstat.sheet.SheetRow;

class ColumnConventionsTest {

    private static final SourceRef SHEET = new SourceRef("a.csv", "a", null);

    @Test
    void readsALoneCommaWithThreeDigitsAsDecimalInAColumnThatWroteDecimalCommasAbove() {
        ColumnConventions conventions = new ColumnConventions();
        conventions.observe(7, Cell.text(7, "0,02"));
        conventions.observe(7, Cell.text(7, "0,23"));

        // Seed 003's "Cộng" row writes 1,502 in the planned-rate column, whose cells read 0,02, 0,23, …
        assertThat(conventions.resolve(7, Cell.text(7, "1,502"))).contains(1.502);
        assertThat(conventions.resolve(7, Cell.text(7, "14.386"))).contains(14386.0);
    }

    @Test
    void leavesTheDoubtWhenTheColumnShowedNothingOrBothMarks() {
        ColumnConventions conventions = new ColumnConventions();
        assertThat(conventions.resolve(2, Cell.text(2, "1,502"))).isEmpty();
        conventions.observe(2, Cell.text(2, "4,32"));
        conventions.observe(2, Cell.text(2, "4.32"));
        assertThat(conventions.resolve(2, Cell.text(2, "1,502"))).isEmpty();
    }

    @Test
    void reportsAnAmbiguousCountOnlyWhenTheColumnCannotSettleIt() {
        ColumnConventions conventions = new ColumnConventions();
        List<Finding> findings = new ArrayList<>();
        SheetRow first = row(9, "1", "A", "1,502");
        Double value = new CellReading(first, SHEET, findings, conventions).decimal(2, "x");

        assertThat(value).isEqualTo(1.502);
        assertThat(findings).extracting(Finding::code).containsExactly(FindingCode.NUMBER_AMBIGUOUS);

        findings.clear();
        conventions.observe(3, Cell.text(3, "0,5"));
        SheetRow second = row(10, "2", "B", null, "1,502");
        assertThat(new CellReading(second, SHEET, findings, conventions).percent(3, "rate"))
                .isEqualTo(1.502);
        assertThat(findings).isEmpty();
        assertThat(CellReading.reported(Cell.text(3, "2,250"), ColumnMeaning.PERCENT, conventions))
                .isEqualTo(2.25);
    }
}
