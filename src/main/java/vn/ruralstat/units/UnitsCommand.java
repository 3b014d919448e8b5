package vn.ruralstat.units;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.ruralstat.command.Arguments;
import vn.ruralstat.command.Command;
import vn.ruralstat.command.Outcome;
import vn.ruralstat.command.RunProgress;
import vn.ruralstat.message.Message;
import vn.ruralstat.store.StoredUnits;

/**
 * {@code ruralstat units [--unit NAME]}: every stored unit with its level, official code, parent,
 * the periods it has figures for and of which tables. With {@code --unit}, only the units whose
 * name holds it (accents and case ignored).
 */
@Component
public class UnitsCommand implements Command {

    private final StoredUnits stored;
    private final RunProgress console;

    public UnitsCommand(StoredUnits stored, RunProgress console) {
        this.stored = stored;
        this.console = console;
    }

    @Override
    public String name() {
        return "units";
    }

    @Override
    public Outcome run(Arguments arguments) {
        List<UnitListing.Entry> entries = UnitListing.entries(stored.all(), arguments.unit());
        if (entries.isEmpty()) {
            return Outcome.refused(
                    Set.of(),
                    arguments.unit() == null
                            ? Message.of("units.none")
                            : Message.of("units.noneNamed", arguments.unit()));
        }
        UnitListing.lines(entries, console::text).forEach(console::print);
        console.line(Message.of("units.count", entries.size()));
        return Outcome.completed(List.of(), Set.of());
    }
}
