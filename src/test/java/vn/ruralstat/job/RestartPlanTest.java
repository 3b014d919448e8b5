package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ruralstat.ingest.InputIdentity;
import vn.ruralstat.store.RunInputs;

class RestartPlanTest {

    private static final List<RunInputs.Listed> LISTED = List.of(
            new RunInputs.Listed(0, "a.xlsx", 10, "aaa"),
            new RunInputs.Listed(1, "b.xlsx", 20, "bbb"),
            new RunInputs.Listed(2, "c.xlsx", 30, "ccc"),
            new RunInputs.Listed(3, "d.xlsx", 40, "ddd"));

    /** a and b were committed before the stop; c and d were not. */
    private static final Map<String, String> COMMITTED = Map.of("a.xlsx", "aaa", "b.xlsx", "bbb");

    private static InputIdentity file(String path, long size, String sha) {
        return new InputIdentity(path, size, sha);
    }

    @Test
    void anUnchangedFolderReadsOnlyTheFilesNotCommitted() {
        RestartPlan plan = RestartPlan.of(
                LISTED,
                COMMITTED,
                List.of(
                        file("a.xlsx", 10, "aaa"),
                        file("b.xlsx", 20, "bbb"),
                        file("c.xlsx", 30, "ccc"),
                        file("d.xlsx", 40, "ddd")));

        assertThat(plan.toRead()).extracting(InputIdentity::path).containsExactly("c.xlsx", "d.xlsx");
        assertThat(plan.kept()).isEqualTo(2);
        assertThat(plan.vanishedRead()).isEmpty();
        assertThat(plan.vanishedUnread()).isEmpty();
        assertThat(plan.changed()).isEmpty();
        assertThat(plan.relisted()).isEmpty();
        assertThat(plan.added()).isEmpty();
    }

    @Test
    void aFileDeletedBeforeItsPositionDoesNotMakeTheRestartSkipAPresentFile() {
        // by position, "next = 2" over the new listing [b, c, d] would have skipped c
        RestartPlan plan = RestartPlan.of(
                LISTED,
                COMMITTED,
                List.of(file("b.xlsx", 20, "bbb"), file("c.xlsx", 30, "ccc"), file("d.xlsx", 40, "ddd")));

        assertThat(plan.toRead()).extracting(InputIdentity::path).containsExactly("c.xlsx", "d.xlsx");
        assertThat(plan.vanishedRead()).containsExactly("a.xlsx");
        assertThat(plan.kept()).isEqualTo(1);
    }

    @Test
    void aCommittedFileThatChangedIsReadAgainAndRelisted() {
        RestartPlan plan = RestartPlan.of(
                LISTED,
                COMMITTED,
                List.of(
                        file("a.xlsx", 11, "AAA"),
                        file("b.xlsx", 20, "bbb"),
                        file("c.xlsx", 30, "ccc"),
                        file("d.xlsx", 40, "ddd")));

        assertThat(plan.changed()).extracting(InputIdentity::path).containsExactly("a.xlsx");
        assertThat(plan.relisted()).containsExactly(file("a.xlsx", 11, "AAA"));
        assertThat(plan.toRead()).extracting(InputIdentity::path).containsExactly("a.xlsx", "c.xlsx", "d.xlsx");
        assertThat(plan.kept()).isEqualTo(1);
    }

    @Test
    void aFileNotReadYetThatChangedIsReadOnceAsItIsNow() {
        RestartPlan plan = RestartPlan.of(
                LISTED,
                COMMITTED,
                List.of(
                        file("a.xlsx", 10, "aaa"),
                        file("b.xlsx", 20, "bbb"),
                        file("c.xlsx", 31, "CCC"),
                        file("d.xlsx", 40, "ddd")));

        assertThat(plan.changed())
                .as("nothing of c was stored, nothing to drop")
                .isEmpty();
        assertThat(plan.relisted()).containsExactly(file("c.xlsx", 31, "CCC"));
        assertThat(plan.toRead()).extracting(InputIdentity::path).containsExactly("c.xlsx", "d.xlsx");
    }

    @Test
    void aFileGoneBeforeItWasReadIsOnlyTakenOffTheList() {
        RestartPlan plan = RestartPlan.of(
                LISTED,
                COMMITTED,
                List.of(file("a.xlsx", 10, "aaa"), file("b.xlsx", 20, "bbb"), file("d.xlsx", 40, "ddd")));

        assertThat(plan.vanishedUnread()).containsExactly("c.xlsx");
        assertThat(plan.vanishedRead()).isEmpty();
        assertThat(plan.toRead()).extracting(InputIdentity::path).containsExactly("d.xlsx");
    }

    @Test
    void aNewFileIsListedAndReadInTheFoldersOrder() {
        RestartPlan plan = RestartPlan.of(
                LISTED,
                COMMITTED,
                List.of(
                        file("a.xlsx", 10, "aaa"),
                        file("aa-new.xlsx", 5, "new"),
                        file("b.xlsx", 20, "bbb"),
                        file("c.xlsx", 30, "ccc"),
                        file("d.xlsx", 40, "ddd")));

        assertThat(plan.added()).containsExactly(file("aa-new.xlsx", 5, "new"));
        assertThat(plan.toRead()).extracting(InputIdentity::path).containsExactly("aa-new.xlsx", "c.xlsx", "d.xlsx");
        assertThat(plan.kept()).isEqualTo(2);
    }
}
