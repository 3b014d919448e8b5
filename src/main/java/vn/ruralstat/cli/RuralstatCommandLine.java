package vn.ruralstat.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ruralstat.command.Command;
import vn.ruralstat.command.Outcome;
import vn.ruralstat.job.ConsolidateCommand;
import vn.ruralstat.job.ConsolidationLauncher;
import vn.ruralstat.jobdef.InvalidJobDefinitionException;
import vn.ruralstat.schedule.JobScheduler;

/**
 * The command line: {@code ruralstat [consolidate] [--input DIR] [--output DIR] [--incremental]}, {@code summary},
 * {@code review}, {@code restart}, {@code serve} (runs the scheduled jobs of {@code jobs/} until stopped) and
 * {@code help} / {@code --help} (the usage text, exit code 0; see {@link Usage}). Exit codes:
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
    private final Map<String, Command> commands;
    private final JobScheduler scheduler;
    /** Released when the application context closes (SIGTERM, Ctrl-C): ends {@code serve}. */
    private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);

    private int exitCode = COMPLETED;

    RuralstatCommandLine(ConsolidationLauncher launcher, List<Command> commands, JobScheduler scheduler) {
        this.launcher = launcher;
        this.commands = commands.stream().collect(Collectors.toMap(Command::name, Function.identity()));
        this.scheduler = scheduler;
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
        System.out.println(
                "ruralstat serve: đang chạy, dừng bằng Ctrl-C hoặc SIGTERM / running, stop with Ctrl-C or SIGTERM");
        System.out.flush();
        closed.await();
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        if (Usage.printIfAsked(arguments.getSourceArgs(), System.out)) {
            exitCode = COMPLETED; // asked for help: nothing to run
            return;
        }
        CommandArguments args;
        try {
            args = CommandArguments.parse(arguments.getSourceArgs());
            if (args.command().equals("consolidate"))
                checkFolders(args.arguments().input(), args.arguments().output());
        } catch (UsageException e) {
            System.err.println("ruralstat: " + e.getMessage());
            exitCode = BAD_ARGUMENTS;
            return;
        }
        if (args.command().equals("serve")) {
            serve();
            return;
        }
        Outcome outcome;
        if (args.command().equals("restart")) {
            java.util.Optional<JobExecution> restarted = launcher.restartLast();
            if (restarted.isEmpty()) {
                System.err.println("ruralstat: không có lần chạy nào dở dang / no unfinished run to restart");
                exitCode = BAD_ARGUMENTS;
                return;
            }
            outcome = ConsolidateCommand.outcome(restarted.get());
        } else {
            outcome = commands.get(args.command()).run(args.arguments());
        }
        outcome.problem().ifPresent(problem -> System.err.println("ruralstat: " + problem));
        exitCode = outcome.status();
    }

    static void checkFolders(Path input, Path output) throws UsageException {
        if (!Files.isDirectory(input) || !Files.isReadable(input)) {
            throw new UsageException(
                    "Không đọc được thư mục đầu vào / cannot read input folder: " + input.toAbsolutePath());
        }
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new UsageException(
                    "Không tạo được thư mục kết quả / cannot create output folder: " + output.toAbsolutePath());
        }
        if (!Files.isWritable(output)) {
            throw new UsageException(
                    "Không ghi được vào thư mục kết quả / cannot write to output folder: " + output.toAbsolutePath());
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
