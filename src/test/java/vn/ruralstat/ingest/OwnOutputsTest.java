package vn.ruralstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnOutputsTest {

    @TempDir
    Path dir;

    private final OwnOutputs names = OwnOutputs.byNameOnly();

    @Test
    void recognisesTheNamesTheToolGivesItsOutputs() {
        assertThat(names.hasOutputName("tong-hop.xlsx")).isTrue();
        assertThat(names.hasOutputName("cu/Tong-Hop.JSON")).isTrue();
        assertThat(names.hasOutputName("tong-hop.pdf")).isTrue();
        assertThat(names.hasOutputName("ngan-son/ke-hoach.kiem-tra.xlsx")).isTrue();
        assertThat(names.hasOutputName("kiem-tra/ngan-son/ke-hoach.xlsx")).isTrue();
        assertThat(names.hasOutputName("bieu-do/ngheo-theo-xa.png")).isTrue();
        assertThat(names.hasOutputName(".ruralstat-tmp-12/tong-hop.xlsx")).isTrue();
        assertThat(names.hasOutputName("danh-gia-xa-ngan-son-2024-2025.xlsx")).isTrue();
        assertThat(names.hasOutputName("danh-gia-huyen-quang-hoa-cu-2021-2025.json"))
                .isTrue();
        assertThat(names.hasOutputName("ho-so.zip!/xa-a/tong-hop.xlsx")).isTrue();
    }

    @Test
    void readsTheOfficersFilesEvenWhenTheirNamesLookAlike() {
        assertThat(names.hasOutputName("ngan-son/ke-hoach-giam-ngheo-2026-xa-ngan-son.xlsx"))
                .isFalse();
        assertThat(names.hasOutputName("bao-cao-tong-hop.xlsx")).isFalse(); // "tong-hop" not at the start
        assertThat(names.hasOutputName("kiem-tra-thon.xlsx")).isFalse(); // no ".kiem-tra." part
        assertThat(names.hasOutputName("danh-gia-xa-an-binh.xlsx")).isFalse(); // no from-to years
        assertThat(names.hasOutputName("xa-a/bieu-do-thi.csv")).isFalse(); // a file, not the chart folder
        assertThat(names.hasOutputName("ho-so.zip!/xa-a/bieu.xlsx")).isFalse();
    }

    @Test
    void leavesOutEverythingUnderAnOutputFolderInsideTheInput() throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        Path output = input.resolve("ket-qua");
        Path written = Files.createDirectories(output.resolve("lich-su")).resolve("bieu.xlsx");
        Files.writeString(written, "x");
        Path officers = Files.writeString(input.resolve("bieu.xlsx"), "x");

        OwnOutputs own = OwnOutputs.of(output);

        assertThat(OwnOutputs.isInside(output, input)).isTrue();
        assertThat(OwnOutputs.isInside(input, input)).isTrue();
        assertThat(OwnOutputs.isInside(dir.resolve("output"), input)).isFalse();
        assertThat(own.isOwnOutput(input, written)).isTrue();
        assertThat(own.isOwnOutput(input, officers)).isFalse();
    }

    @Test
    void judgesOnlyThePathBelowTheInputFolder() throws IOException {
        // the office keeps its inputs in a folder that happens to be called "kiem-tra"
        Path input = Files.createDirectories(dir.resolve("kiem-tra/input"));
        Path officers = Files.writeString(input.resolve("bieu.xlsx"), "x");

        assertThat(OwnOutputs.of(dir.resolve("output")).isOwnOutput(input, officers))
                .isFalse();
    }

    @Test
    void scanCountsEachOwnOutputOnceAndKeepsTheRest() throws IOException {
        Path input = Files.createDirectories(dir.resolve("input/ngan-son"));
        Path output = dir.resolve("input/output");
        Files.createDirectories(output.resolve("kiem-tra/ngan-son"));
        Files.createDirectories(output.resolve("bieu-do"));
        Files.writeString(output.resolve("tong-hop.xlsx"), "x");
        Files.writeString(output.resolve("tong-hop.json"), "x");
        Files.writeString(output.resolve("kiem-tra/ngan-son/bieu.kiem-tra.xlsx"), "x");
        Files.writeString(output.resolve("bieu-do/ngheo.png"), "x");
        Files.writeString(input.resolve("bieu.kiem-tra.xlsx"), "x"); // a copy moved back by hand
        Path officers = Files.writeString(input.resolve("bieu.xlsx"), "x");

        InputFiles.Scan scan = InputFiles.scan(dir.resolve("input"), output);

        assertThat(scan.files()).containsExactly(officers);
        assertThat(scan.ownOutputs()).isEqualTo(5); // 4 under output/ + 1 copy beside the original
        assertThat(scan.outputInside()).isTrue();
    }

    @Test
    void scanLeavesOutAnArchivedSetAndAStagingFolderByTheirNamesButReadsTheOfficersOwnHistoryFolder()
            throws IOException {
        // an old output folder copied into the input, with a set its next run archived to lich-su/
        Path input = Files.createDirectories(dir.resolve("input"));
        Path archived = Files.createDirectories(input.resolve("ket-qua-cu/lich-su/5/kiem-tra/ngan-son"));
        Files.writeString(archived.resolve("bieu.kiem-tra.xlsx"), "x");
        Files.createDirectories(input.resolve("ket-qua-cu/lich-su/5/bieu-do"));
        Files.writeString(input.resolve("ket-qua-cu/lich-su/5/bieu-do/ngheo.png"), "x");
        Files.writeString(input.resolve("ket-qua-cu/lich-su/5/tong-hop.xlsx"), "x");
        Files.writeString(input.resolve("ket-qua-cu/lich-su/5/.ruralstat-run"), "run=5");
        Files.writeString(input.resolve("ket-qua-cu/.ruralstat-run"), "run=6");
        Path staging = Files.createDirectories(input.resolve("ket-qua-cu/.ruralstat-tmp-7/kiem-tra"));
        Files.writeString(staging.resolve("bieu.kiem-tra.xlsx"), "x");
        // the office's own history of submissions, in a folder that happens to bear the archive's name
        Path history = Files.createDirectories(input.resolve("lich-su/2023"));
        Path officers = Files.writeString(history.resolve("bieu.xlsx"), "x");

        InputFiles.Scan scan = InputFiles.scan(input, dir.resolve("output"));

        assertThat(scan.files()).containsExactly(officers);
        assertThat(scan.ownOutputs()).isEqualTo(3); // the stamps and the staging folder are hidden: never listed
    }

    @Test
    void scanOfAFolderWithoutOutputsLeavesNothingOut() throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        Path officers = Files.writeString(input.resolve("bieu.xlsx"), "x");

        InputFiles.Scan scan = InputFiles.scan(input, dir.resolve("output"));

        assertThat(scan.files()).containsExactly(officers);
        assertThat(scan.ownOutputs()).isZero();
        assertThat(scan.outputInside()).isFalse();
    }
}
