package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.ruralstat.indicators.Verdicts.verdict;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.indicators.CommuneEvaluation;
import vn.ruralstat.rulebook.Status;
import vn.ruralstat.rulebook.Verdict;

/**
 * The province matrix of {@link SelfAssessmentFormsIT} with group-2 targets an office supplied in
 * {@code src/test/resources/rulebook/targets/nhom-2-vi-du.csv} (2.4 ≥ 98 %, 4.1 ≥ 35 %; an example,
 * not a real decision): group-2 communes are assessed on those two, the rulebook's version names
 * the file, and the "no target" finding lists only the indicators still without one.
 */
@SpringBootTest(
        properties = {
            "ruralstat.cli.enabled=false",
            "ruralstat.rulebooks.targets=src/test/resources/rulebook/targets/nhom-2-vi-du.csv",
            "spring.datasource.url=jdbc:h2:file:./target/it-h2/ruralstat;DB_CLOSE_ON_EXIT=FALSE"
        })
class SuppliedTargetsRunIT {

    @Autowired
    ConsolidationLauncher launcher;

    @Autowired
    ConsolidationService consolidation;

    @Test
    void assessesGroupTwoCommunesOnTheSuppliedTargetsAndStampsTheVersionWithTheFile(@TempDir Path in, @TempDir Path out)
            throws Exception {
        SelfAssessmentFormsIT.haiPhongMatrix(in.resolve("hai-phong/chi-tieu-2026.xlsx"));
        SelfAssessmentFormsIT.register(in.resolve("hai-phong/phan-nhom-xa.xlsx"));

        JobExecution run = launcher.run(in, out);

        Consolidation c = consolidation.build(run.getId());
        Map<String, CommuneEvaluation> byCommune = JobOutputs.byCommune(c);
        CommuneEvaluation anLao = byCommune.get("An Lão");
        CommuneEvaluation kienThuy = byCommune.get("Kiến Thụy");
        assertThat(anLao.rulebookVersion()).isEqualTo("1+nhom-2-vi-du");
        assertThat(verdict(anLao, "2.4").status()).isEqualTo(Status.MET); // 99 ≥ 98
        assertThat(verdict(anLao, "4.1").status()).isEqualTo(Status.MET); // 41 ≥ 35
        assertThat(verdict(kienThuy, "2.4").status()).isEqualTo(Status.MET); // 98 ≥ 98
        assertThat(verdict(kienThuy, "4.1").status()).isEqualTo(Status.MET); // 38 ≥ 35
        assertThat(verdict(kienThuy, "8.3").cause()).isEqualTo(Verdict.Cause.TARGET_UNKNOWN); // none supplied
        // Group 1 keeps seed 002's targets: Tân Hưng 97 % < 99 %.
        assertThat(verdict(byCommune.get("Tân Hưng"), "2.4").gap().distance()).isEqualByComparingTo("2");
        // Still once per group: group 2 lacks 47 − 2 = 45 targets, group 3 all 47.
        assertThat(c.findings())
                .filteredOn(f -> f.code() == FindingCode.TARGETS_MISSING_FOR_GROUP)
                .extracting(f -> f.arguments().get(1), f -> f.arguments().get(2), f -> f.arguments()
                        .get(3))
                .containsExactlyInAnyOrder(
                        tuple("1+nhom-2-vi-du", "nhóm 2", "45"), tuple("1+nhom-2-vi-du", "nhóm 3", "47"));
    }
}
