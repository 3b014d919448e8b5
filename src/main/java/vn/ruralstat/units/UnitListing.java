package vn.ruralstat.units;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import vn.ruralstat.message.Message;
import vn.ruralstat.store.StoredUnits.StoredUnit;
import vn.ruralstat.unit.Unit;

/** The stored units as a console table: one line per unit and period, the unit's columns on its first line only. */
final class UnitListing {

    private static final String GAP = "  ";

    private UnitListing() {}

    /** A unit and, per period, the kinds of table it has figures from. */
    record Entry(Unit unit, Unit parent, Map<String, Set<Message>> datasetsByPeriod) {}

    /**
     * The stored rows grouped by unit (level, name, code and parent), periods in order.
     *
     * @param nameFilter a part of the name to keep (accents and case ignored), or null for all
     */
    static List<Entry> entries(List<StoredUnit> rows, String nameFilter) {
        String wanted = nameFilter == null ? null : Unit.parse(nameFilter).nameKey();
        Map<List<String>, Entry> byUnit = new LinkedHashMap<>();
        for (StoredUnit row : rows) {
            Unit unit = new Unit(row.level(), row.name(), row.code());
            if (wanted != null && !unit.nameKey().contains(wanted)) continue;
            Unit parent =
                    row.parentName() == null ? null : new Unit(row.parentLevel(), row.parentName(), row.parentCode());
            List<String> key = java.util.Arrays.asList(
                    unit.key().level(),
                    unit.key().name(),
                    row.code(),
                    parent == null ? null : parent.label(),
                    row.parentCode());
            Entry entry = byUnit.computeIfAbsent(key, k -> new Entry(unit, parent, new TreeMap<>()));
            entry.datasetsByPeriod()
                    .computeIfAbsent(row.period() == null ? "" : row.period(), p -> new LinkedHashSet<>())
                    .add(dataset(row.dataset()));
        }
        return List.copyOf(byUnit.values());
    }

    /** The table's lines: a header, then each unit's periods, columns aligned. */
    static List<String> lines(List<Entry> entries, Function<Message, String> words) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {
            words.apply(Message.of("units.header.unit")),
            words.apply(Message.of("units.header.level")),
            words.apply(Message.of("units.header.code")),
            words.apply(Message.of("units.header.parent")),
            words.apply(Message.of("units.header.period")),
            words.apply(Message.of("units.header.datasets"))
        });
        for (Entry entry : entries) {
            boolean first = true;
            for (Map.Entry<String, Set<Message>> period :
                    entry.datasetsByPeriod().entrySet()) {
                String datasets =
                        String.join(", ", period.getValue().stream().map(words).toList());
                cells.add(new String[] {
                    first ? entry.unit().label() : "",
                    first ? orDash(entry.unit().level()) : "",
                    first ? orDash(entry.unit().code()) : "",
                    first ? (entry.parent() == null ? "-" : parentLabel(entry.parent())) : "",
                    period.getKey().isEmpty() ? "-" : period.getKey(),
                    datasets
                });
                first = false;
            }
        }
        int[] widths = new int[cells.get(0).length];
        for (String[] row : cells) {
            for (int c = 0; c < row.length; c++) widths[c] = Math.max(widths[c], row[c].length());
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : cells) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                line.append(c == row.length - 1 ? row[c] : pad(row[c], widths[c]) + GAP);
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private static String parentLabel(Unit parent) {
        return parent.code() == null ? parent.label() : parent.label() + " (" + parent.code() + ")";
    }

    /** The kind of table a dataset is, as the officer calls it. */
    static Message dataset(String dataset) {
        return switch (dataset) {
            case "VILLAGE_POVERTY" -> Message.of("units.dataset.poverty");
            case "CRITERIA_MATRIX" -> Message.of("units.dataset.criteria");
            case "COMMUNE_TARGETS" -> Message.of("units.dataset.targets");
            case "INDICATOR_TABLE", "INDICATOR_MATRIX" -> Message.of("units.dataset.indicators");
            case "COMMUNE_REGISTER" -> Message.of("units.dataset.register");
            default -> Message.of("units.dataset.other");
        };
    }

    private static String orDash(String text) {
        return text == null ? "-" : text;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
