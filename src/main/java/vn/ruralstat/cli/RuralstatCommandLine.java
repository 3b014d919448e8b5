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
import vn.ruralstat.command.RunProgress;
import vn.ruralstat.job.ConsolidateCommand;
import vn.ruralstat.job.ConsolidationLauncher;
import vn.ruralstat.jobdef.InvalidJobDefinitionException;
import vn.ruralstat.message.Message;
import vn.ruralstat.message.MessageCatalogue;
import vn.ruralstat.output.OfficeReadable;
import vn.ruralstat.schedule.JobScheduler;

/**
 * The command line: {@code ruralstat [consolidate] [--input DIR] [--output DIR] [--incremental]}, {@code summary},
 * {@code review}, {@code units} (also {@code don-vi}), {@code restart}, {@code serve} (runs the scheduled jobs of
 * {@code jobs/} until stopped) and
 * {@code help} / {@code --help} (the usage text, exit code 0; see {@link Usage}). Exit codes:
 * 0 when the run completed (data findings are not failures), 1 when the job failed, 2 for
 * unusable arguments or an unusable input or output folder, 3 when the database cannot be used
 * ({@link OneLineFailureReporter}), each with a one-line reason in the console's language
 * ({@code --lang en} for English).
 */
@Component
@ConditionalOnProperty(name = "ruralstat.cli.enabled", havingValue = "true", matchIfMissing = true)
class RuralstatCommandLine implements ApplicationRunner, ExitCodeGenerator {

    static final int COMPLETED = Outcome.COMPLETED;
    static final int JOB_FAILED = Outcome.FAILED;
    static final int BAD_ARGUMENTS = Outcome.REFUSED;
    /** The commands that write into {@code --output}: an unusable folder is refused alike for each. */
    static final java.util.Set<String> WRITING_COMMANDS = java.util.Set.of("consolidate", "summary", "review");

    private final ConsolidationLauncher launcher;
    private final Map<String, Command> commands;
    private final JobScheduler scheduler;
    private final RunProgress console;
    /** Released when the application context closes (SIGTERM, Ctrl-C): ends {@code serve}. */
    private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);

    private int exitCode = COMPLETED;

    RuralstatCommandLine(
            ConsolidationLauncher launcher, List<Command> commands, JobScheduler scheduler, RunProgress console) {
        this.launcher = launcher;
        this.commands = commands.stream().collect(Collectors.toMap(Command::name, Function.identity()));
        this.scheduler = scheduler;
        this.console = console;
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
            System.err.println(e.text(MessageCatalogue.of(console.language()).orElseThrow()));
            exitCode = BAD_ARGUMENTS;
            return;
        }
        for (JobScheduler.Registration job : jobs) {
            console.line(Message.of("console.serve.schedule", job.name(), job.schedule(), job.timeZone()));
        }
        if (jobs.isEmpty()) console.line(Message.of("console.serve.noJob"));
        console.line(Message.of("console.serve.running"));
        closed.await();
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        String[] source = arguments.getSourceArgs();
        console.use(CommandArguments.language(source));
        if (Usage.printIfAsked(source, System.out)) {
            exitCode = COMPLETED; // asked for help: nothing to run
            return;
        }
        CommandArguments args;
        try {
            args = CommandArguments.parse(source);
            if (args.command().equals("consolidate"))
                checkInput(args.arguments().input());
            if (WRITING_COMMANDS.contains(args.command()))
                checkOutput(args.arguments().output());
        } catch (UsageException e) {
            System.err.println(
                    BeforeSpring.line(e, MessageCatalogue.of(console.language()).orElseThrow()));
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
                console.problem(Message.of("cli.restart.nothing"));
                exitCode = BAD_ARGUMENTS;
                return;
            }
            outcome = ConsolidateCommand.outcome(restarted.get());
        } else {
            outcome = commands.get(args.command()).run(args.arguments());
        }
        outcome.problem().ifPresent(console::problem);
        exitCode = outcome.status();
    }

    static void checkFolders(Path input, Path output) throws UsageException {
        checkInput(input);
        checkOutput(output);
    }

    static void checkOutput(Path output) throws UsageException {
        try {
            OfficeReadable.createFolders(output); // 0755 whatever the umask: the office reads the reports
        } catch (IOException e) {
            throw new UsageException(Message.of("cli.output.cannotCreate", output.toAbsolutePath()));
        }
        if (!Files.isWritable(output)) {
            throw new UsageException(Message.of("cli.output.notWritable", output.toAbsolutePath()));
        }
    }

    static void checkInput(Path input) throws UsageException {
        if (!Files.isDirectory(input) || !Files.isReadable(input)) {
            throw new UsageException(Message.of("cli.input.unreadable", input.toAbsolutePath()));
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
