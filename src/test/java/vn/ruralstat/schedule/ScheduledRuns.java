package vn.ruralstat.schedule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** The scheduler tests' job file and their question to the job repository. */
final class ScheduledRuns {

    private ScheduledRuns() {}

    /** {@code jobs/<name>.yaml}: a full consolidation of {@code input} into {@code output}, every two seconds. */
    static void writeJob(Path project, String name, Path input, Path output) throws IOException {
        Path jobs = Files.createDirectories(project.resolve("jobs"));
        Files.writeString(
                jobs.resolve(name + ".yaml"),
                String.join(
                        "\n",
                        "kind: consolidation",
                        "input: " + input.toAbsolutePath(),
                        "output: " + output.toAbsolutePath(),
                        "schedule: \"*/2 * * * * *\"",
                        "options:",
                        "  incremental: false",
                        ""),
                StandardCharsets.UTF_8);
    }

    /** The consolidation executions writing into {@code output}, in the order they were started. */
    static List<Map<String, Object>> executions(JdbcTemplate jdbc, Path output) {
        return jdbc.queryForList(
                "SELECT e.job_execution_id AS id, e.status, e.start_time, e.end_time"
                        + " FROM batch_job_execution e JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id"
                        + " WHERE p.parameter_name = 'output' AND p.parameter_value = ? ORDER BY e.start_time, e.job_execution_id",
                output.toAbsolutePath().normalize().toString());
    }
}
