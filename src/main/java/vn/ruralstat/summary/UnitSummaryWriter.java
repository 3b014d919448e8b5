package vn.ruralstat.summary;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.ruralstat.command.Arguments;
import vn.ruralstat.command.Command;
import vn.ruralstat.command.Outcome;
import vn.ruralstat.command.RunProgress;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.message.Message;
import vn.ruralstat.output.OutputSetPublisher;
import vn.ruralstat.output.SetStamp;
import vn.ruralstat.report.ReportWriter;
import vn.ruralstat.store.JobRuns;

/**
 * On-demand summary of one unit and period from what is stored — no input is read again: the
 * latest completed run that holds the unit is cut down to it and written as a workbook, charts and
 * JSON, published as the output folder's one set (the set there before goes to {@code lich-su/}).
 * A name that matches more than one unit is refused with the candidates listed.
 */
@Component
public class UnitSummaryWriter implements Command {

    private final JobRuns jobRuns;
    private final ConsolidationService consolidation;
    private final ReportWriter reports;
    private final RunProgress progress;

    public UnitSummaryWriter(
            JobRuns jobRuns, ConsolidationService consolidation, ReportWriter reports, RunProgress progress) {
        this.jobRuns = jobRuns;
        this.consolidation = consolidation;
        this.reports = reports;
        this.progress = progress;
    }

    @Override
    public String name() {
        return "summary";
    }

    @Override
    public Outcome run(Arguments arguments) throws Exception {
        return write(arguments.unit(), arguments.period(), arguments.output());
    }

    public Outcome write(String unit, String period, Path output) throws Exception {
        List<Long> runs = jobRuns.completedWithFiles();
        for (Long run : runs) {
            Consolidation all = consolidation.build(run);
            String named = UnitSummary.nameOfCode(all, unit).orElse(unit);
            Set<String> candidates = UnitSummary.matches(all, named);
            if (candidates.isEmpty()) continue;
            if (candidates.size() > 1) {
                return Outcome.refused(candidates, Message.of("summary.unitAmbiguous", unit, candidates));
            }
            Consolidation part = UnitSummary.of(all, named, period);
            if (part.poverty().isEmpty()
                    && part.criteria().isEmpty()
                    && part.evaluations().isEmpty()) {
                return Outcome.refused(candidates, Message.of("summary.noFigures", unit, period));
            }
            String matched = candidates.iterator().next();
            progress.line(
                    period == null
                            ? Message.of("console.unitSummary", matched, run)
                            : Message.of("console.unitSummary.period", matched, period, run));
            // stamped with the run summarised: a summary of an old run never replaces a newer run's report
            OutputSetPublisher.PublishedSet set = reports.write(
                    part, output, SetStamp.of(run, jobRuns.firstStarted(run).orElse(null)));
            set.archived()
                    .ifPresent(a -> progress.line(Message.of(
                            a.stamped() ? "console.archived" : "console.archivedUnstamped", a.run(), a.folder())));
            set.newerKept()
                    .ifPresent(newer -> progress.line(Message.of("console.keptNewer", newer.run(), set.folder())));
            set.files().forEach(p -> progress.line(Message.of("console.wrote", p)));
            return Outcome.completed(set.files(), candidates);
        }
        return Outcome.refused(Set.of(), Message.of("summary.unitUnknown", unit));
    }
}
