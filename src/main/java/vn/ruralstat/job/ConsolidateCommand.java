package vn.ruralstat.job;

import java.util.List;
import java.util.Set;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;
import vn.ruralstat.command.Arguments;
import vn.ruralstat.command.Command;
import vn.ruralstat.command.DiskFull;
import vn.ruralstat.command.Outcome;
import vn.ruralstat.message.Message;

/** {@code ruralstat [consolidate]}: one run of the Spring Batch job over an input folder into an output folder. */
@Component
public class ConsolidateCommand implements Command {

    private final ConsolidationLauncher launcher;

    public ConsolidateCommand(ConsolidationLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public String name() {
        return "consolidate";
    }

    @Override
    public Outcome run(Arguments arguments) throws Exception {
        return outcome(launcher.run(arguments.input(), arguments.output(), arguments.incremental()));
    }

    /**
     * A finished execution as an outcome: completed, or failed with the first line of its first
     * failure (or of its exit description). Data findings are not failures.
     */
    public static Outcome outcome(JobExecution execution) {
        List<Message> lines =
                List.of(Message.of("console.runDone", execution.getId(), RunStatus.of(execution.getStatus())));
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return new Outcome(Outcome.COMPLETED, List.of(), Set.of(), lines, null);
        }
        java.util.Optional<Throwable> diskFull = execution.getAllFailureExceptions().stream()
                .filter(t -> DiskFull.in(t).isPresent())
                .findFirst();
        if (diskFull.isPresent()) {
            // the one failure the officer can mend: said in words, the folder named
            return new Outcome(
                    Outcome.FAILED,
                    List.of(),
                    Set.of(),
                    lines,
                    Message.of(
                            "console.runFailed.diskFull",
                            execution.getId(),
                            String.valueOf(execution.getJobParameters().getString("output"))));
        }
        String reason = execution.getAllFailureExceptions().stream()
                .findFirst()
                .map(t -> t.getClass().getSimpleName() + ": " + t.getMessage())
                .orElse(execution.getExitStatus().getExitDescription());
        return new Outcome(
                Outcome.FAILED,
                List.of(),
                Set.of(),
                lines,
                // the cause is a program's exception, in English: the officer is pointed to it, the log has it
                Message.of(
                        "console.runFailed",
                        execution.getId(),
                        reason.lines().findFirst().orElse("")));
    }
}
