package vn.ruralstat.review;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.ruralstat.boundary.Crosswalk;
import vn.ruralstat.boundary.CrosswalkException;
import vn.ruralstat.boundary.CrosswalkLoader;
import vn.ruralstat.command.Arguments;
import vn.ruralstat.command.Command;
import vn.ruralstat.command.Outcome;
import vn.ruralstat.command.RunProgress;
import vn.ruralstat.message.Message;
import vn.ruralstat.rulebook.Rulebooks;

/**
 * {@code ruralstat review --unit X --from 2021 --to 2025}: the review of one unit over the years,
 * from what is stored (no input is read again), written as a workbook, charts and JSON.
 */
@Component
public class ReviewRunner implements Command {

    private final StoredHistory history;
    private final ReviewReportWriter writer;
    private final RunProgress progress;
    private final Rulebooks rulebooks;

    public ReviewRunner(StoredHistory history, ReviewReportWriter writer, RunProgress progress, Rulebooks rulebooks) {
        this.history = history;
        this.writer = writer;
        this.progress = progress;
        this.rulebooks = rulebooks;
    }

    @Override
    public String name() {
        return "review";
    }

    @Override
    public Outcome run(Arguments arguments) throws Exception {
        return write(arguments.unit(), arguments.from(), arguments.to(), arguments.output(), arguments.crosswalk());
    }

    /** @param crosswalkFile an office's crosswalk to add to the shipped one, or null */
    public Outcome write(String unit, int from, int to, Path output, Path crosswalkFile) throws Exception {
        if (from > to) {
            return Outcome.refused(Set.of(), Message.of("review.fromAfterTo", from, to));
        }
        Crosswalk crosswalk;
        try {
            crosswalk = CrosswalkLoader.load(crosswalkFile);
        } catch (CrosswalkException e) {
            return Outcome.refused(Set.of(), e.vietnamese(), e.english());
        }
        ReviewInputs inputs = ReviewInputs.from(history.newestFirst());
        ReviewCalculator.Outcome outcome = new ReviewCalculator(crosswalk, rulebooks).review(inputs, unit, from, to);
        if (outcome.review() == null) {
            return Outcome.refused(outcome.candidates(), outcome.problemVi(), outcome.problemEn());
        }
        Review review = outcome.review();
        List<String> units = review.units();
        Object shown = units.size() <= 12
                ? String.join(", ", units)
                : Message.of("console.review.manyUnits", String.join(", ", units.subList(0, 10)), units.size());
        progress.line(Message.of("console.review", review.unit(), from, to, shown));
        List<Path> written = writer.write(review, output);
        written.forEach(p -> progress.line(Message.of("console.wrote", p)));
        review.notes().forEach(n -> progress.line(Message.of("console.note", n)));
        return Outcome.completed(written, outcome.candidates());
    }
}
