package vn.ruralstat.schedule;

import jakarta.annotation.PreDestroy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;
import vn.ruralstat.command.Arguments;
import vn.ruralstat.command.Command;
import vn.ruralstat.command.Outcome;
import vn.ruralstat.command.RunProgress;
import vn.ruralstat.job.ConsolidationJobConfig;
import vn.ruralstat.jobdef.JobDefinition;
import vn.ruralstat.jobdef.JobDefinitions;
import vn.ruralstat.jobdef.JobKind;
import vn.ruralstat.jobdef.YearRange;
import vn.ruralstat.message.Message;

/**
 * Runs the scheduled jobs of the {@code jobs/} folder ({@code ruralstat.jobs}, default {@code jobs})
 * until the application context closes: {@code ruralstat serve}. Each enabled definition with a
 * {@code schedule:} gets a {@link CronTrigger} in its {@code options.timeZone} on a
 * {@link ThreadPoolTaskScheduler} of its own (one thread per job, so a long consolidation does not
 * hold up a summary); nothing is scheduled until {@link #start} is called.
 *
 * Each kind of job runs the {@link Command} of its name ({@link #COMMANDS}):
 * <ul>
 * <li>{@code consolidation}: one consolidation of its input into its output;</li>
 * <li>{@code summary}: a summary for each unit and each period;</li>
 * <li>{@code review}: a review of each unit over the job's years.</li>
 * </ul>
 *
 * <p><b>Never two runs of the same job at once.</b> Within a process a trigger fires again only
 * after its previous firing returned. Across processes sharing one database, every firing first
 * takes the job's row in {@code rs_job_lock} ({@link JobLock}: INSERT, primary key on the job
 * name) and gives it back in a {@code finally} block; a firing that cannot take it logs "already
 * running" and is skipped (it is not queued). A lock older than {@code ruralstat.lock-lease}
 * (default {@code PT6H}) was left by a killed process and is taken over. See {@link JobLock} for
 * the exact guarantee and its limits.
 *
 * <p><b>Shutdown (SIGTERM, Ctrl-C, context close).</b> {@link #stop} cancels the triggers (no new
 * firing), asks the Spring Batch executions started by the running firings to stop (marked
 * STOPPING: the step finishes its current chunk, the execution ends STOPPED and
 * {@code ruralstat restart} carries it on), skips the remaining units of a running
 * summary, then waits up to 60 seconds for the firings to return before the database is closed.
 */
@Component
public class JobScheduler {

    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);
    static final int AWAIT_TERMINATION_SECONDS = 60;

    /** A job put on the schedule. */
    public record Registration(String name, String schedule, ZoneId timeZone) {}

    private record Firing(JobDefinition definition, LocalDateTime startedAt) {}

    /** The command each kind of job runs, by the command's name. */
    static final Map<JobKind, String> COMMANDS = new EnumMap<>(
            Map.of(JobKind.CONSOLIDATION, "consolidate", JobKind.SUMMARY, "summary", JobKind.REVIEW, "review"));

    private final Map<String, Command> commands;
    private final JobRepository jobRepository;
    private final JobLock lock;
    private final Path jobsFolder;

    private final Map<String, Firing> running = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> skipped = new ConcurrentHashMap<>();
    private final List<ScheduledFuture<?>> triggers = new ArrayList<>();
    private ThreadPoolTaskScheduler scheduler;
    private volatile boolean stopping;
    private final RunProgress console;

    public JobScheduler(
            List<Command> commands,
            JobRepository jobRepository,
            JdbcTemplate jdbc,
            @Value("${ruralstat.jobs:jobs}") Path jobsFolder,
            @Value("${ruralstat.lock-lease:PT6H}") Duration lease,
            RunProgress console) {
        this.console = console;
        this.commands = commands.stream().collect(Collectors.toMap(Command::name, Function.identity()));
        this.jobRepository = jobRepository;
        this.lock = new JobLock(jdbc, lease);
        this.jobsFolder = jobsFolder;
    }

    /** Schedules the jobs of the configured folder ({@code ruralstat.jobs}). */
    public List<Registration> start() {
        return start(jobsFolder);
    }

    /**
     * Loads the definitions of {@code folder} and schedules every enabled one that has a schedule.
     *
     * @return the jobs scheduled, by name
     * @throws vn.ruralstat.jobdef.InvalidJobDefinitionException when a definition is invalid; nothing
     *                                                           is scheduled then
     */
    public synchronized List<Registration> start(Path folder) {
        if (scheduler != null) throw new IllegalStateException("the scheduler is already started");
        List<JobDefinition> jobs = JobDefinitions.load(folder).stream()
                .filter(JobDefinition::enabled)
                .filter(JobDefinition::isScheduled)
                .toList();
        ThreadPoolTaskScheduler s = new ThreadPoolTaskScheduler();
        s.setPoolSize(Math.max(1, jobs.size()));
        s.setThreadNamePrefix("ruralstat-job-");
        s.setWaitForTasksToCompleteOnShutdown(true);
        s.setAwaitTerminationSeconds(AWAIT_TERMINATION_SECONDS);
        s.setErrorHandler(e -> log.error("ruralstat: a scheduled job failed", e));
        s.initialize();
        stopping = false;
        scheduler = s;
        List<Registration> registered = new ArrayList<>();
        for (JobDefinition job : jobs) {
            ZoneId zone = job.options().timeZone();
            triggers.add(s.schedule(() -> fire(job), new CronTrigger(job.schedule(), zone)));
            registered.add(new Registration(job.name(), job.schedule(), zone));
        }
        return List.copyOf(registered);
    }

    /** The lock shared with the other processes; its owner names this process. */
    public JobLock lock() {
        return lock;
    }

    /** How many firings of {@code jobName} were skipped because it was already running. */
    public long skippedFirings(String jobName) {
        AtomicLong n = skipped.get(jobName);
        return n == null ? 0 : n.get();
    }

    /** One firing: the job runs when its lock can be taken, else the firing is skipped. */
    void fire(JobDefinition job) {
        if (stopping) return;
        if (!lock.tryAcquire(job.name())) {
            skipped.computeIfAbsent(job.name(), k -> new AtomicLong()).incrementAndGet();
            log.warn(
                    "ruralstat: {} is already running ({}), this firing is skipped",
                    job.name(),
                    lock.holder(job.name()).orElse("?"));
            return;
        }
        running.put(job.name(), new Firing(job, LocalDateTime.now().minusSeconds(1)));
        try {
            run(job);
        } catch (Exception e) {
            log.error("ruralstat: {} ({}) failed", job.name(), job.file(), e);
        } finally {
            running.remove(job.name());
            lock.release(job.name());
        }
    }

    private void run(JobDefinition job) throws Exception {
        Command command = commands.get(COMMANDS.get(job.kind()));
        for (Arguments arguments : arguments(job)) {
            if (stopping) return;
            Outcome outcome = command.run(arguments);
            outcome.lines().forEach(line -> console.line(Message.of("console.job", job.name(), line)));
            if (outcome.problem().isEmpty()) continue;
            if (arguments.scope().isEmpty()) {
                log.warn(
                        "ruralstat: {}: {}", job.name(), outcome.problem().get().en());
            } else {
                log.warn(
                        "ruralstat: {}: {}: {}",
                        job.name(),
                        arguments.scope(),
                        outcome.problem().get().en());
            }
        }
    }

    /** The runs of one firing: one consolidation, a summary per unit and period, a review per unit. */
    private static List<Arguments> arguments(JobDefinition job) throws java.io.IOException {
        List<Arguments> runs = new ArrayList<>();
        switch (job.kind()) {
            case CONSOLIDATION -> {
                if (!Files.isDirectory(job.input())) {
                    log.warn("ruralstat: {}: cannot read input folder {}", job.name(), job.input());
                    return runs;
                }
                vn.ruralstat.output.OfficeReadable.createFolders(job.output()); // the office reads it
                runs.add(Arguments.consolidation(
                        job.input(), job.output(), job.options().incremental()));
            }
            case SUMMARY -> {
                for (String unit : job.units()) {
                    for (YearRange period : job.periods()) {
                        runs.add(Arguments.summary(unit, period.label(), job.output()));
                    }
                }
            }
            case REVIEW -> {
                for (String unit : job.units()) {
                    YearRange years = job.periods().get(0);
                    runs.add(Arguments.review(unit, years.from(), years.to(), job.output(), job.crosswalk()));
                }
            }
        }
        return runs;
    }

    /**
     * Stops scheduling and waits for the running firings: triggers cancelled, running consolidation
     * executions asked to stop (they end STOPPED, restartable), then up to 60 s for the firings to
     * return. Called when the application context closes; the scheduler may be started again after.
     */
    @PreDestroy
    public void stop() {
        ThreadPoolTaskScheduler s;
        synchronized (this) {
            if (scheduler == null) return;
            stopping = true;
            triggers.forEach(t -> t.cancel(false));
            triggers.clear();
            s = scheduler;
            scheduler = null;
        }
        stopRunningExecutions();
        s.shutdown(); // waits up to AWAIT_TERMINATION_SECONDS for the running firings
    }

    /**
     * Marks a running execution STOPPING in the job repository. The step's own thread reads that
     * back when it saves its next chunk, stops after it and ends the execution STOPPED.
     *
     * <p>Not {@code JobOperator.stop}: in Spring Batch 6.0 it also saves the running step's
     * execution from this thread, while the step's thread saves the same row after every chunk.
     * Under optimistic locking one of the two loses: the run ended FAILED, or UNKNOWN (which cannot
     * be restarted), or this thread's older copy overwrote the step's read count and restart point,
     * so a restart would read committed files again. {@code ServeShutdownIT} caught all three in
     * about one SIGTERM in three (spring-batch issue 5308). Only the job execution is written
     * here, as {@code JobOperator.stop} did before 6.0.
     */
    private void requestStop(JobExecution execution) {
        execution.setStatus(BatchStatus.STOPPING);
        jobRepository.update(execution);
    }

    /**
     * The consolidation executions started by this process's running firings: those of the job's
     * output folder created since the firing began (the lock keeps other processes off the same job).
     */
    private void stopRunningExecutions() {
        for (Firing firing : running.values()) {
            JobDefinition job = firing.definition();
            if (job.kind() != vn.ruralstat.jobdef.JobKind.CONSOLIDATION) continue;
            String output = job.output().toAbsolutePath().normalize().toString();
            for (JobExecution execution : jobRepository.findRunningJobExecutions(ConsolidationJobConfig.JOB_NAME)) {
                boolean ours = output.equals(execution.getJobParameters().getString("output"))
                        && execution.getCreateTime() != null
                        && !execution.getCreateTime().isBefore(firing.startedAt());
                if (!ours) continue;
                try {
                    requestStop(execution);
                    console.line(Message.of("console.serve.stopping", job.name(), execution.getId()));
                } catch (Exception e) {
                    log.warn("ruralstat: {}: could not stop run {}: {}", job.name(), execution.getId(), e.toString());
                }
            }
        }
    }
}
