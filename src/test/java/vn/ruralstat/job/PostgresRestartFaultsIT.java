package vn.ruralstat.job;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * {@link AbstractRestartFaultsIT} on the real PostgreSQL, in a schema of its own that the killed
 * process uses too: fewer cases (every change, the steps where a restart has the most to redo).
 */
@OnPostgres
class PostgresRestartFaultsIT extends AbstractRestartFaultsIT {

    /** Hides the H2 suite's list: the factory is looked up on the test class first. */
    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of(KillAt.INGEST, Change.CHANGED),
                Arguments.of(KillAt.INGEST, Change.DELETED),
                Arguments.of(KillAt.CHECK, Change.ADDED),
                Arguments.of(KillAt.REPORT, Change.DELETED));
    }
}
