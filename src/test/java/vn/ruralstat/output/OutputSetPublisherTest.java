package vn.ruralstat.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ruralstat.output.OutputSetPublisher.Archived;
import vn.ruralstat.output.OutputSetPublisher.PublishedSet;

class OutputSetPublisherTest {

    private static final LocalDateTime MORNING = LocalDateTime.of(2026, 12, 3, 8, 0);
    private static final LocalDateTime NOON = LocalDateTime.of(2026, 12, 3, 12, 0);

    @TempDir
    Path out;

    @Test
    void publishesTheStagedSetIntoAnEmptyFolderAndStampsItWithItsRun() throws IOException {
        PublishedSet set = publish(7, NOON, Map.of("tong-hop.xlsx", "report 7", "bieu-do/ngheo.png", "chart 7"));

        assertThat(set.folder()).isEqualTo(out);
        assertThat(set.archived()).isEmpty();
        assertThat(set.newerKept()).isEmpty();
        assertThat(set.files()).containsExactly(out.resolve("bieu-do/ngheo.png"), out.resolve("tong-hop.xlsx"));
        assertThat(contents(out))
                .containsOnlyKeys("tong-hop.xlsx", "bieu-do/ngheo.png", SetStamp.FILE)
                .containsEntry("tong-hop.xlsx", "report 7");
        assertThat(SetStamp.readFrom(out)).contains(SetStamp.of(7, NOON));
        assertThat(stagingFolders()).isEmpty();
    }

    @Test
    void movesEveryFileOfTheEarlierSetToItsRunsArchiveKeepingTheirPlaces() throws IOException {
        publish(
                5,
                MORNING,
                Map.of(
                        "tong-hop.xlsx", "report 5",
                        "tong-hop.json", "json 5",
                        "bieu-do/ngheo-theo-thon-na-hin.png", "chart of a commune run 6 lacks",
                        "kiem-tra/ngan-son/bieu.kiem-tra.xlsx", "copy 5"));

        PublishedSet set =
                publish(6, NOON, Map.of("tong-hop.xlsx", "report 6", "bieu-do/ngheo-theo-xa.png", "chart 6"));

        assertThat(set.archived()).contains(new Archived("5", true, out.resolve("lich-su/5")));
        assertThat(contents(out.resolve("lich-su/5")))
                .isEqualTo(Map.of(
                        "tong-hop.xlsx",
                        "report 5",
                        "tong-hop.json",
                        "json 5",
                        "bieu-do/ngheo-theo-thon-na-hin.png",
                        "chart of a commune run 6 lacks",
                        "kiem-tra/ngan-son/bieu.kiem-tra.xlsx",
                        "copy 5",
                        SetStamp.FILE,
                        contents(out.resolve("lich-su/5")).get(SetStamp.FILE)));
        assertThat(SetStamp.readFrom(out.resolve("lich-su/5"))).contains(SetStamp.of(5, MORNING));
        // nothing of run 5 beside run 6's report, not even the emptied folder of its copies
        assertThat(contents(out).keySet())
                .filteredOn(f -> !f.startsWith("lich-su/"))
                .containsExactlyInAnyOrder("tong-hop.xlsx", "bieu-do/ngheo-theo-xa.png", SetStamp.FILE);
        assertThat(out.resolve("kiem-tra")).doesNotExist();
        assertThat(SetStamp.readFrom(out)).contains(SetStamp.of(6, NOON));
    }

    @Test
    void leavesAReviewAndTheOfficersOwnFilesWhereTheyAre() throws IOException {
        write(out.resolve("tong-hop.xlsx"), "report of before");
        write(out.resolve("danh-gia-ngan-son-2021-2025.xlsx"), "review");
        write(out.resolve("bieu-do/danh-gia-ngan-son-2021-2025-ty-le-ngheo.png"), "review chart");
        write(out.resolve("ghi-chu.docx"), "the officer's note");

        publish(8, NOON, Map.of("tong-hop.xlsx", "report 8"));

        assertThat(contents(out))
                .containsEntry("tong-hop.xlsx", "report 8")
                .containsEntry("danh-gia-ngan-son-2021-2025.xlsx", "review")
                .containsEntry("bieu-do/danh-gia-ngan-son-2021-2025-ty-le-ngheo.png", "review chart")
                .containsEntry("ghi-chu.docx", "the officer's note");
    }

    @Test
    void namesAnEarlierSetWrittenWithoutAStampByTheTimeOfItsNewestFile() throws IOException {
        write(out.resolve("tong-hop.xlsx"), "report of before stamps");
        write(out.resolve("bieu-do/cu.png"), "older chart");
        LocalDateTime newest = LocalDateTime.of(2026, 11, 30, 17, 5, 9);
        touch(out.resolve("tong-hop.xlsx"), newest);
        touch(out.resolve("bieu-do/cu.png"), newest.minusDays(3));

        PublishedSet set = publish(9, NOON, Map.of("tong-hop.xlsx", "report 9"));

        assertThat(set.archived())
                .contains(new Archived("2026-11-30_17-05-09", false, out.resolve("lich-su/2026-11-30_17-05-09")));
        assertThat(contents(out.resolve("lich-su/2026-11-30_17-05-09")))
                .isEqualTo(Map.of("tong-hop.xlsx", "report of before stamps", "bieu-do/cu.png", "older chart"));
        assertThat(out.resolve("bieu-do")).doesNotExist();
    }

    @Test
    void sendsTheSetOfARunStartedBeforeTheOneInTheFolderToTheArchiveAndLeavesTheFolderAsItIs() throws IOException {
        publish(11, NOON, Map.of("tong-hop.xlsx", "report of the newer run", "bieu-do/a.png", "newer chart"));
        Map<String, String> before = contents(out);

        // run 12 is the restart of a run started in the morning, before run 11
        PublishedSet set = publish(12, MORNING, Map.of("tong-hop.xlsx", "report of the older run"));

        assertThat(set.newerKept()).contains(SetStamp.of(11, NOON));
        assertThat(set.folder()).isEqualTo(out.resolve("lich-su/12"));
        assertThat(set.files()).containsExactly(out.resolve("lich-su/12/tong-hop.xlsx"));
        assertThat(contents(out).entrySet())
                .filteredOn(e -> !e.getKey().startsWith("lich-su/"))
                .containsExactlyInAnyOrderElementsOf(before.entrySet());
        assertThat(contents(out.resolve("lich-su/12"))).containsEntry("tong-hop.xlsx", "report of the older run");
        assertThat(SetStamp.readFrom(out.resolve("lich-su/12"))).contains(SetStamp.of(12, MORNING));
    }

    @Test
    void neverWritesIntoAnArchiveThatAlreadyExists() throws IOException {
        write(out.resolve("lich-su/5/tong-hop.xlsx"), "archived long ago");
        publish(5, MORNING, Map.of("tong-hop.xlsx", "report 5"));

        publish(6, NOON, Map.of("tong-hop.xlsx", "report 6"));

        assertThat(contents(out.resolve("lich-su/5"))).isEqualTo(Map.of("tong-hop.xlsx", "archived long ago"));
        assertThat(contents(out.resolve("lich-su/5-2"))).containsEntry("tong-hop.xlsx", "report 5");
    }

    @Test
    void aSecondStepOpensTheStagingFolderTheFirstFilledAndDiscardRemovesIt() throws IOException {
        try (StagingFolder first = StagingFolder.create(out, 3)) {
            write(first.folder("kiem-tra").resolve("bieu.kiem-tra.xlsx"), "copy");
        }
        // closing deletes: the annotate step does not close it, so write again and only open
        StagingFolder annotate = StagingFolder.create(out, 3);
        write(annotate.folder("kiem-tra").resolve("bieu.kiem-tra.xlsx"), "copy");

        StagingFolder report = StagingFolder.open(out, 3);
        write(report.resolve("tong-hop.xlsx"), "report");

        assertThat(report.files()).containsExactly("kiem-tra/bieu.kiem-tra.xlsx", "tong-hop.xlsx");
        StagingFolder.discard(out, 3);
        assertThat(stagingFolders()).isEmpty();
    }

    private PublishedSet publish(long run, LocalDateTime started, Map<String, String> files) throws IOException {
        try (StagingFolder staging = StagingFolder.create(out, run)) {
            for (Map.Entry<String, String> f : files.entrySet()) write(staging.resolve(f.getKey()), f.getValue());
            return OutputSetPublisher.publish(staging, SetStamp.of(run, started));
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void touch(Path file, LocalDateTime time) throws IOException {
        Files.setLastModifiedTime(
                file, FileTime.from(time.atZone(ZoneId.systemDefault()).toInstant()));
    }

    /** Every file under the folder, relative with "/", with its text. */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return files;
    }

    private java.util.List<Path> stagingFolders() throws IOException {
        try (Stream<Path> entries = Files.list(out)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(StagingFolder.PREFIX))
                    .toList();
        }
    }
}
