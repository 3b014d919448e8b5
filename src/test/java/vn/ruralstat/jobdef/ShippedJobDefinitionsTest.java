package vn.ruralstat.jobdef;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The definitions shipped in the project's {@code jobs/} folder. */
class ShippedJobDefinitionsTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    private final List<JobDefinition> jobs = JobDefinitions.load(Path.of("jobs"));

    @Test
    void theThreeShippedJobsLoadSortedByName() {
        assertThat(jobs)
                .extracting(JobDefinition::name)
                .containsExactly("nightly", "review-2021-2025", "summary-quang-hoa");
        assertThat(jobs).allMatch(JobDefinition::enabled);
    }

    @Test
    void theNightlyJobConsolidatesInputIntoOutputAtTwoEveryNight() {
        JobDefinition nightly = jobs.get(0);

        assertThat(nightly.kind()).isEqualTo(JobKind.CONSOLIDATION);
        assertThat(nightly.input()).isEqualTo(PROJECT.resolve("input"));
        assertThat(nightly.output()).isEqualTo(PROJECT.resolve("output"));
        assertThat(nightly.schedule()).isEqualTo("0 0 2 * * *");
        assertThat(nightly.units()).isEmpty();
        assertThat(nightly.periods()).isEmpty();
        assertThat(nightly.options())
                .isEqualTo(new JobDefinition.Options(true, true, null, ZoneId.of("Asia/Ho_Chi_Minh")));
        assertThat(nightly.file()).isEqualTo(PROJECT.resolve("jobs/nightly.yaml"));
    }

    @Test
    void theQuangHoaSummaryRunsOnlyOnDemand() {
        JobDefinition summary = jobs.get(2);

        assertThat(summary.kind()).isEqualTo(JobKind.SUMMARY);
        assertThat(summary.isScheduled()).isFalse();
        assertThat(summary.input()).isNull();
        assertThat(summary.output()).isEqualTo(PROJECT.resolve("output/tom-tat"));
        assertThat(summary.units()).containsExactly("Quảng Hòa");
        assertThat(summary.periods()).extracting(YearRange::label).containsExactly("2022-2025");
        assertThat(summary.options().incremental())
                .as("a summary ingests nothing")
                .isFalse();
    }

    @Test
    void theFiveYearReviewCoversTwoDistrictsFrom2021To2025() {
        JobDefinition review = jobs.get(1);

        assertThat(review.kind()).isEqualTo(JobKind.REVIEW);
        assertThat(review.isScheduled()).isFalse();
        assertThat(review.output()).isEqualTo(PROJECT.resolve("output/tong-ket"));
        assertThat(review.units()).containsExactly("Quảng Hòa", "xã Ngân Sơn");
        assertThat(review.periods()).containsExactly(new YearRange(2021, 2025));
    }
}
