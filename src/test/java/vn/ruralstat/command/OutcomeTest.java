package vn.ruralstat.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ruralstat.message.Message;

class OutcomeTest {

    @Test
    void aRefusalIsWordedInTheConsolesLanguageAndExitsWithTwo() {
        Outcome refused = Outcome.refused(Set.of(), "Không tìm thấy đơn vị \"X\"", "No unit \"X\"");

        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.problem().orElseThrow().vi()).isEqualTo("Không tìm thấy đơn vị \"X\"");
        assertThat(refused.problem().orElseThrow().en()).isEqualTo("No unit \"X\"");
    }

    @Test
    void aCompletedCommandHasNoProblemAndExitsWithZero() {
        Outcome completed = Outcome.completed(List.of(Path.of("tong-hop.xlsx")), Set.of("xã Ngân Sơn"));

        assertThat(completed.status()).isZero();
        assertThat(completed.problem()).isEmpty();
        assertThat(completed.written()).containsExactly(Path.of("tong-hop.xlsx"));
    }

    @Test
    void theConsolePrintsVietnameseByDefaultAndEnglishWhenAsked() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
        RunProgress console = new RunProgress(() -> out, "vi");

        console.line(Message.of("console.wrote", "output/tong-hop.xlsx"));
        console.use("en");
        console.line(Message.of("console.wrote", "output/tong-hop.xlsx"));
        console.use("fr"); // not a language of the catalogue: Vietnamese
        console.line(Message.of("console.nothingNew", 7));

        assertThat(captured.toString(StandardCharsets.UTF_8).lines())
                .containsExactly(
                        "  ghi output/tong-hop.xlsx",
                        "  wrote output/tong-hop.xlsx",
                        "  không có gì mới từ lần chạy 7: không ghi báo cáo");
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
