package vn.ruralstat.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    @Test
    void aRefusalReadsAsOneLineVietnameseFirstAndExitsWithTwo() {
        Outcome refused = Outcome.refused(Set.of(), "Không tìm thấy đơn vị \"X\"", "No unit \"X\"");

        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.problem()).hasValue("Không tìm thấy đơn vị \"X\" / No unit \"X\"");
    }

    @Test
    void aCompletedCommandHasNoProblemAndExitsWithZero() {
        Outcome completed = Outcome.completed(List.of(Path.of("tong-hop.xlsx")), Set.of("xã Ngân Sơn"));

        assertThat(completed.status()).isZero();
        assertThat(completed.problem()).isEmpty();
        assertThat(completed.written()).containsExactly(Path.of("tong-hop.xlsx"));
    }

    @Test
    void theScopeOfALogLineIsTheUnitAndPeriodOrNothingForAConsolidation() {
        assertThat(Arguments.summary("Quảng Hòa", "2025", Path.of("out")).scope())
                .isEqualTo("Quảng Hòa 2025");
        assertThat(Arguments.review("Quảng Hòa", 2021, 2025, Path.of("out"), null)
                        .scope())
                .isEqualTo("Quảng Hòa");
        assertThat(Arguments.consolidation(Path.of("in"), Path.of("out"), false).scope())
                .isEmpty();
    }
}
