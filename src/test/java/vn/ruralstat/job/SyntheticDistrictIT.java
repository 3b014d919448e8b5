package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.poverty.PovertyRollup;
import vn.ruralstat.synthetic.GenerationManifest;
import vn.ruralstat.synthetic.SyntheticInputGenerator;

/**
 * A generated district (16 communes × 25 villages) with three deliberately wrong rates: the
 * expected figures come from the generator's manifest, which adds up what it wrote.
 */
@SpringBootTest(
        properties = {
            "ruralstat.cli.enabled=false",
            "spring.datasource.url=jdbc:h2:file:./target/it-h2/ruralstat;DB_CLOSE_ON_EXIT=FALSE"
        })
class SyntheticDistrictIT {

    @Autowired
    ConsolidationLauncher launcher;

    @Autowired
    ConsolidationService consolidation;

    @Test
    void consolidatesAGeneratedDistrictAndFindsExactlyTheInjectedErrors(@TempDir Path in, @TempDir Path out)
            throws Exception {
        GenerationManifest manifest = SyntheticInputGenerator.generate(SyntheticInputGenerator.Options.district(in)
                .withFormat(SyntheticInputGenerator.Format.XLSX)
                .withErrors(3));

        JobExecution run = launcher.run(in, out);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Consolidation c = consolidation.build(run.getId());
        GenerationManifest.Totals expected = manifest.totals();
        assertThat(c.poverty()).hasSize(expected.communes());
        PovertyRollup whole = c.rollups().get(c.rollups().size() - 1);
        assertThat(whole.figures().households()).isEqualTo(expected.households());
        assertThat(whole.figures().poor()).isEqualTo(expected.poor());
        assertThat(whole.figures().nearPoor()).isEqualTo(expected.nearPoor());
        assertThat(whole.figures().poorRate()).isEqualTo(expected.poorRate());
        DistrictCriteria district = c.criteria().get(0);
        assertThat(district.totalMet()).isEqualTo(expected.criteriaMet());
        assertThat(district.plannedByYear()).isEqualTo(expected.plannedByYear());

        List<String> injected = manifest.errors().stream()
                .flatMap(e -> e.locations().stream())
                .map(l -> in.relativize(l.file()).toString().replace('\\', '/') + "!" + l.cell())
                .sorted()
                .toList();
        List<String> reported = c.findings().stream()
                .filter(f -> f.code() == FindingCode.RATE_MISMATCH)
                .map(f -> f.source().file() + "!" + f.source().cell())
                .sorted()
                .toList();
        assertThat(reported).hasSize(3).isEqualTo(injected);
        assertThat(c.findings())
                .extracting(f -> f.code())
                .doesNotContain(
                        FindingCode.TOTAL_MISMATCH,
                        FindingCode.UNIT_UNKNOWN,
                        FindingCode.PERIOD_UNKNOWN,
                        FindingCode.ROW_REJECTED);
        assertThat(c.sources()).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo("READ");
            assertThat(s.rowsRead()).isEqualTo(s.rowsUsed() + s.rowsRejected() + s.rowsOther());
            assertThat(s.rowsRejected()).isZero();
        });
    }
}
