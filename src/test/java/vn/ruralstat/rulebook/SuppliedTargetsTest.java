package vn.ruralstat.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Targets an office supplies in a CSV file ({@code --ruralstat.rulebooks.targets=FILE}). */
class SuppliedTargetsTest {

    private static final String HEADER = "rulebook,indicator,key,target_text,source\n";
    private final Rulebooks national = TestRulebooks.national();

    @TempDir
    Path dir;

    private Path file(String name, String rows) throws IOException {
        return Files.writeString(dir.resolve(name), HEADER + rows);
    }

    @Test
    void fillsGroupTwoTargetsTheNationalFileLeavesUnknownAndStampsTheVersionWithTheFileName() throws IOException {
        Path targets = file(
                "nhom-2-3.csv",
                "NTM-2026-2030,4.1,group-2,≥ 35%,\"QĐ số 1/QĐ-UBND (ví dụ), Phụ lục\"\n"
                        + "NTM-2026-2030,2.1,group-2,Đạt,\"QĐ số 1/QĐ-UBND (ví dụ), Phụ lục\"\n");

        Rulebooks supplied = national.withTargetsFile(targets);

        Rulebook r = supplied.byId("NTM-2026-2030").orElseThrow();
        assertThat(r.version()).isEqualTo("1+nhom-2-3");
        Target labour = r.indicator("4.1").orElseThrow().targetFor("group-2");
        assertThat(labour.comparison()).isEqualTo(Comparison.AT_LEAST);
        assertThat(labour.value()).isEqualByComparingTo("35");
        assertThat(labour.source()).contains("nhom-2-3.csv line 2");
        // 38 % ≥ 35 %: met for a group-2 commune once the target is supplied.
        assertThat(IndicatorEvaluator.evaluate(r.indicator("4.1").orElseThrow(), "group-2", IndicatorValue.of(38))
                        .status())
                .isEqualTo(Status.MET);
        // Untouched: group 1 keeps seed 002's ≥ 40 %, group 3 stays without a target, 2021-2025 keeps its version.
        assertThat(r.indicator("4.1").orElseThrow().targetFor("group-1").value())
                .isEqualByComparingTo("40");
        assertThat(r.indicator("4.1").orElseThrow().targetFor("group-3").isUnset())
                .isTrue();
        assertThat(supplied.byId("NTM-2021-2025").orElseThrow().version()).isEqualTo("1");
        assertThat(national.byId("NTM-2026-2030").orElseThrow().version()).isEqualTo("1");
    }

    @Test
    void replacesANationalTargetForTheKeyItNames() throws IOException {
        Path targets = file("stricter.csv", "NTM-2026-2030,4.1,group-1,≥ 45%,QĐ ví dụ\n");

        Target t = national.withTargetsFile(targets)
                .byId("NTM-2026-2030")
                .orElseThrow()
                .indicator("4.1")
                .orElseThrow()
                .targetFor("group-1");

        assertThat(t.value()).isEqualByComparingTo("45");
    }

    @Test
    void aProvinceOverrideStillAppliesOnTopAndBothShowInTheVersion() throws IOException {
        Path targets = file("nhom-2.csv", "NTM-2026-2030,4.1,group-2,≥ 35%,QĐ ví dụ\n");

        Rulebooks view = national.withTargetsFile(targets).withOverrides("vi-du");

        assertThat(view.byId("NTM-2026-2030").orElseThrow().version()).startsWith("1+nhom-2");
    }

    @Test
    void refusesATargetItCannotReadNamingFileLineAndWhatWasExpected() throws IOException {
        Path targets = file(
                "bad.csv", "NTM-2026-2030,4.1,group-2,≥ 35%,QĐ ví dụ\nNTM-2026-2030,4.2,group-2,Theo quy định,QĐ\n");

        assertThatThrownBy(() -> national.withTargetsFile(targets))
                .isInstanceOf(RulebookDataException.class)
                .hasMessageContaining("bad.csv line 3")
                .hasMessageContaining("Theo quy định")
                .hasMessageContaining("expected")
                .hasMessageNotContaining("\n");
    }

    @Test
    void refusesAnIndicatorAKeyOrAColumnItDoesNotKnow() throws IOException {
        Path indicator = file("a.csv", "NTM-2026-2030,4.9,group-2,≥ 35%,QĐ\n");
        Path key = file("b.csv", "NTM-2026-2030,4.1,nhom-2,≥ 35%,QĐ\n");
        Path columns = Files.writeString(dir.resolve("c.csv"), "indicator,key,target\n4.1,group-2,≥ 35%\n");

        assertThatThrownBy(() -> national.withTargetsFile(indicator)).hasMessageContaining("a.csv line 2");
        assertThatThrownBy(() -> national.withTargetsFile(key)).hasMessageContaining("b.csv line 2");
        assertThatThrownBy(() -> national.withTargetsFile(columns))
                .hasMessageContaining("c.csv line 1")
                .hasMessageContaining("target_text");
    }

    @Test
    void refusesTwoTargetsForOneIndicatorAndKey() throws IOException {
        Path twice = file("twice.csv", "NTM-2026-2030,4.1,group-2,≥ 35%,QĐ\nNTM-2026-2030,4.1,group-2,≥ 30%,QĐ\n");

        assertThatThrownBy(() -> national.withTargetsFile(twice)).hasMessageContaining("twice.csv line 3");
    }

    @Test
    void refusesAFileThatIsNotThere() {
        assertThatThrownBy(() -> national.withTargetsFile(dir.resolve("none.csv")))
                .isInstanceOf(RulebookDataException.class)
                .hasMessageContaining("none.csv");
    }
}
