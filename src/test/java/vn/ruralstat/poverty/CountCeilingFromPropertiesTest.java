package vn.ruralstat.poverty;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ruralstat.ingest.Rows.row;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.ruralstat.dataset.ColumnConventions;
import vn.ruralstat.dataset.ColumnMap;
import vn.ruralstat.dataset.RowResult;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;

/** The office sets the largest count a cell may hold with {@code ruralstat.limits.count-max}. */
class CountCeilingFromPropertiesTest {

    private static final SourceRef SHEET = new SourceRef("xa.csv", "xa", null);
    // Columns: B village, C households, D poor.
    private static final ColumnMap COLUMNS = new ColumnMap(
            Map.of(PovertyTableReader.NAME, 1, PovertyTableReader.HOUSEHOLDS, 2, PovertyTableReader.POOR, 3), 3);

    private final ApplicationContextRunner context = new ApplicationContextRunner().withBean(PovertyTableReader.class);

    @Test
    void rejectsARowWhoseCountIsAboveTheCeilingTheOfficeSet() {
        context.withPropertyValues("ruralstat.limits.count-max=50000").run(spring -> {
            PovertyTableReader reader = spring.getBean(PovertyTableReader.class);

            RowResult kept = reader.readRow(row(7, "1", "Bản Chang", "50000", "12"), COLUMNS, SHEET, conventions());
            RowResult rejected = reader.readRow(row(8, "2", "Bản Khuổi", "50001", "12"), COLUMNS, SHEET, conventions());

            assertThat(kept).isInstanceOf(RowResult.Used.class);
            assertThat(kept.findings()).isEmpty();
            assertThat(rejected).isInstanceOf(RowResult.Rejected.class);
            assertThat(rejected.findings()).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo(FindingCode.COUNT_TOO_LARGE);
                assertThat(f.source().cell()).isEqualTo("C8");
                assertThat(f.messageVi()).contains("50001", "tối đa 50000");
            });
        });
    }

    @Test
    void keepsTheBillionCeilingWhenTheOfficeSetsNone() {
        context.run(spring -> {
            PovertyTableReader reader = spring.getBean(PovertyTableReader.class);

            RowResult result =
                    reader.readRow(row(7, "1", "Bản Chang", "1000000001", "12"), COLUMNS, SHEET, conventions());

            assertThat(result.findings()).extracting(Finding::code).containsExactly(FindingCode.COUNT_TOO_LARGE);
        });
    }

    @Test
    void refusesToStartWithACeilingDoublesCannotHoldExactly() {
        context.withPropertyValues("ruralstat.limits.count-max=9007199254740993")
                .run(spring -> assertThat(spring)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("ruralstat.limits.count-max must be from 1 to 1000000000000000"));
    }

    private static ColumnConventions conventions() {
        return new ColumnConventions();
    }
}
