package vn.ruralstat.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunModelsTest {

    /** Counts the runs it is asked to load; each load gives a new model. */
    private static final class CountingLoader extends RunModelLoader {
        final List<Long> loaded = new ArrayList<>();

        CountingLoader() {
            super(null, null, null, null, null, null, null, null, null);
        }

        @Override
        RunModel load(long runId) {
            loaded.add(runId);
            return new RunModel(List.of(), List.of(), Map.of(), List.of(), List.of(), List.of(), List.of());
        }
    }

    @Test
    void theCheckStepBuildsTheModelAndTheLaterStepsTakeItAsItIs() {
        CountingLoader loader = new CountingLoader();
        RunModels models = new RunModels(loader);

        RunModel checked = models.rebuild(7);

        assertThat(models.of(7)).as("consolidate").isSameAs(checked);
        assertThat(models.of(7)).as("report").isSameAs(checked);
        assertThat(loader.loaded).containsExactly(7L);
    }

    @Test
    void buildsTheModelWhenAbsentAsAfterARestartInANewProcess() {
        CountingLoader loader = new CountingLoader();
        RunModels models = new RunModels(loader);

        RunModel restarted = models.of(8);

        assertThat(models.of(8)).isSameAs(restarted);
        assertThat(loader.loaded).containsExactly(8L);
    }

    @Test
    void keepsOnlyTheLatestRunsModel() {
        CountingLoader loader = new CountingLoader();
        RunModels models = new RunModels(loader);

        models.of(7);
        models.of(8);
        models.of(7);

        assertThat(loader.loaded).containsExactly(7L, 8L, 7L);
    }
}
