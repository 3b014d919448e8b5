package vn.ruralstat.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.ruralstat.job.ConsolidationLauncher;
import vn.ruralstat.job.UnitSummaryWriter;

/**
 * The command line: {@code ruralstat [consolidate] [--input DIR] [--output DIR] [--incremental]}. Exit codes:
 * 0 when the run completed (data findings are not failures), 1 when the job failed, 2 for
 * unusable arguments or an unreadable input folder, each with a one-line reason.
 */
@Component
@ConditionalOnProperty(name = "ruralstat.cli.enabled", havingValue = "true", matchIfMissing = true)
class RuralstatCommandLine implements ApplicationRunner, ExitCodeGenerator {

    static final int COMPLETED = 0;
    static final int JOB_FAILED = 1;
    static final int BAD_ARGUMENTS = 2;

    private final ConsolidationLauncher launcher;
    private final UnitSummaryWriter summaries;
    private int exitCode = COMPLETED;

    RuralstatCommandLine(ConsolidationLauncher launcher, UnitSummaryWriter summaries) {
        this.launcher = launcher;
        this.summaries = summaries;
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        CommandArguments args;
        try {
            args = CommandArguments.parse(arguments.getSourceArgs());
            if (args.command().equals("consolidate")) checkFolders(args.input(), args.output());
        } catch (UsageException e) {
            System.err.println("ruralstat: " + e.getMessage());
            exitCode = BAD_ARGUMENTS;
            return;
        }
        if (args.command().equals("summary")) {
            UnitSummaryWriter.Outcome outcome = summaries.write(args.unit(), args.period(), args.output());
            if (outcome.problemEn() != null) {
                System.err.println("ruralstat: " + outcome.problemVi() + " / " + outcome.problemEn());
                exitCode = BAD_ARGUMENTS;
            }
            return;
        }
        JobExecution execution;
        if (args.command().equals("restart")) {
            java.util.Optional<JobExecution> restarted = launcher.restartLast();
            if (restarted.isEmpty()) {
                System.err.println("ruralstat: không có lần chạy nào dở dang / no unfinished run to restart");
                exitCode = BAD_ARGUMENTS;
                return;
            }
            execution = restarted.get();
        } else {
            execution = launcher.run(args.input(), args.output(), args.incremental());
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            String reason = execution.getAllFailureExceptions().stream().findFirst()
                    .map(t -> t.getClass().getSimpleName() + ": " + t.getMessage())
                    .orElse(execution.getExitStatus().getExitDescription());
            System.err.println("ruralstat: lần chạy thất bại / run failed: " + reason.lines().findFirst().orElse(""));
            exitCode = JOB_FAILED;
        }
    }

    static void checkFolders(Path input, Path output) throws UsageException {
        if (!Files.isDirectory(input) || !Files.isReadable(input)) {
            throw new UsageException("Không đọc được thư mục đầu vào / cannot read input folder: " + input.toAbsolutePath());
        }
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new UsageException("Không tạo được thư mục kết quả / cannot create output folder: " + output.toAbsolutePath());
        }
        if (!Files.isWritable(output)) {
            throw new UsageException("Không ghi được vào thư mục kết quả / cannot write to output folder: " + output.toAbsolutePath());
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
