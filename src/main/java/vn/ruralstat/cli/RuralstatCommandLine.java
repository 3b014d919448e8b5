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
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ruralstat.job.ConsolidationLauncher;
import vn.ruralstat.summary.UnitSummaryWriter;
import vn.ruralstat.jobdef.InvalidJobDefinitionException;
import vn.ruralstat.review.ReviewRunner;
import vn.ruralstat.schedule.JobScheduler;

/**
 * The command line: {@code ruralstat [consolidate] [--input DIR] [--output DIR] [--incremental]}, {@code summary},
 * {@code review}, {@code restart} and {@code serve} (runs the scheduled jobs of {@code jobs/} until stopped). Exit codes:
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
    private final JobScheduler scheduler;
    private final ReviewRunner reviews;
    /** Released when the application context closes (SIGTERM, Ctrl-C): ends {@code serve}. */
    private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
    private int exitCode = COMPLETED;

    RuralstatCommandLine(ConsolidationLauncher launcher, UnitSummaryWriter summaries, JobScheduler scheduler,
                         ReviewRunner reviews) {
        this.launcher = launcher;
        this.summaries = summaries;
        this.scheduler = scheduler;
        this.reviews = reviews;
    }

    @EventListener
    void onContextClosed(ContextClosedEvent event) {
        closed.countDown();
    }

    /** {@code serve}: schedules the jobs of {@code jobs/} and runs them until the process is stopped. */
    private void serve() throws InterruptedException {
        java.util.List<JobScheduler.Registration> jobs;
        try {
            jobs = scheduler.start();
        } catch (InvalidJobDefinitionException e) {
            System.err.println(e.getMessage());
            exitCode = BAD_ARGUMENTS;
            return;
        }
        for (JobScheduler.Registration job : jobs) {
            System.out.println("lịch / schedule " + job.name() + ": " + job.schedule() + " (" + job.timeZone() + ")");
        }
        if (jobs.isEmpty()) {
            System.out.println("ruralstat serve: không có công việc nào có lịch / no scheduled job; waiting anyway");
        }
        System.out.println("ruralstat serve: đang chạy, dừng bằng Ctrl-C hoặc SIGTERM / running, stop with Ctrl-C or SIGTERM");
        System.out.flush();
        closed.await();
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
        if (args.command().equals("serve")) {
            serve();
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
        if (args.command().equals("review")) {
            ReviewRunner.Outcome outcome = reviews.write(args.unit(), args.from(), args.to(), args.output(), args.crosswalk());
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
