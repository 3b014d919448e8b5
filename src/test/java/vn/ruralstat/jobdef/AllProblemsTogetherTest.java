package vn.ruralstat.jobdef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** An operator fixes every problem of every file in one go: they are all thrown together. */
class AllProblemsTogetherTest {

    @Test
    void severalProblemsInTwoFilesAreReportedTogetherAndNoJobIsLoaded() throws URISyntaxException {
        Path jobs = Path.of(Objects.requireNonNull(getClass().getResource("/jobdef/two-broken-files/jobs"))
                .toURI());

        InvalidJobDefinitionException e =
                catchThrowableOfType(InvalidJobDefinitionException.class, () -> JobDefinitions.load(jobs));

        assertThat(e.problems())
                .extracting(JobDefinitionProblem::file, JobDefinitionProblem::line, JobDefinitionProblem::key)
                .containsExactly(
                        tuple("jobs/nightly.yaml", 4, "ouput"),
                        tuple("jobs/nightly.yaml", 5, "schedule"),
                        tuple("jobs/review.yaml", 5, "periods"),
                        tuple("jobs/review.yaml", 8, "options.timeZone"),
                        tuple("jobs/review.yaml", 0, "output"));
        assertThat(e.getMessage().lines()).hasSize(6);
        assertThat(e.getMessage())
                .startsWith("Job definitions in " + jobs + ": 5 problems, fix and start again / "
                        + "Định nghĩa công việc trong " + jobs + ": 5 lỗi, sửa rồi chạy lại:")
                .contains(
                        "  jobs/nightly.yaml line 4: key 'ouput': unknown key; did you mean 'output'?",
                        "  jobs/nightly.yaml line 5: key 'schedule': '0 2 * * *' is not a cron expression",
                        "Spring's starts with the seconds: '0 0 2 * * *'",
                        "  jobs/review.yaml line 5: key 'periods': from 2025 is after to 2021",
                        "  jobs/review.yaml line 8: key 'options.timeZone': 'Vietnam/Hanoi' is not a time zone",
                        "  jobs/review.yaml: key 'output': missing");
        // the console shows them in its language alone, one problem a line
        String vietnamese = e.text(vn.ruralstat.message.MessageCatalogue.VIETNAMESE);
        assertThat(vietnamese.lines()).hasSize(6);
        assertThat(vietnamese)
                .startsWith("Định nghĩa công việc trong " + jobs + ": 5 lỗi, sửa rồi chạy lại:")
                .doesNotContain("Job definitions", "unknown key", " / ");
        assertThat(e.text(vn.ruralstat.message.MessageCatalogue.ENGLISH))
                .startsWith("Job definitions in " + jobs + ": 5 problems, fix and start again")
                .contains("  jobs/nightly.yaml line 4: key 'ouput': unknown key; did you mean 'output'?")
                .doesNotContain("Định nghĩa");
    }
}
