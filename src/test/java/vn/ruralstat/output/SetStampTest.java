package vn.ruralstat.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetStampTest {

    private static final LocalDateTime NIGHT = LocalDateTime.of(2026, 12, 2, 23, 0);
    private static final LocalDateTime MORNING = LocalDateTime.of(2026, 12, 3, 8, 0);

    @Test
    void aRunStartedLaterIsNewerWhateverItsId() {
        // run 12 restarts run 4, started the night before run 9
        SetStamp restartOfAnOldRun = SetStamp.of(12, NIGHT);
        SetStamp newer = SetStamp.of(9, MORNING);

        assertThat(newer.isNewerThan(restartOfAnOldRun)).isTrue();
        assertThat(restartOfAnOldRun.isNewerThan(newer)).isFalse();
        assertThat(newer.isNewerThan(SetStamp.of(10, MORNING))).isFalse();
    }

    @Test
    void anUnknownStartMakesNoRunNewer() {
        assertThat(SetStamp.of(9, MORNING).isNewerThan(SetStamp.of(3, null))).isFalse();
        assertThat(SetStamp.of(3, null).isNewerThan(SetStamp.of(9, MORNING))).isFalse();
    }

    @Test
    void readsBackWhatItWroteAndNothingFromAFileItCannotRead(@TempDir Path dir) throws IOException {
        SetStamp.of(42, MORNING).writeTo(dir);
        assertThat(SetStamp.readFrom(dir)).contains(SetStamp.of(42, MORNING));

        Files.writeString(dir.resolve(SetStamp.FILE), "{\"runId\" : 42, \"started\" : \"yesterday\"}");
        assertThat(SetStamp.readFrom(dir)).isEmpty();
        assertThat(SetStamp.readFrom(dir.resolve("none"))).isEmpty();
        Files.writeString(dir.resolve(SetStamp.FILE), "{\"runId\" : 4");
        assertThat(SetStamp.readFrom(dir)).isEmpty();
    }
}
