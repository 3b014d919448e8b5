package vn.ruralstat.boundary;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.ruralstat.message.Message;
import vn.ruralstat.sheet.UnitNames;

/**
 * Reads crosswalk files (format in docs/review.md): UTF-8 CSV, '#' comment lines, a header
 * naming the columns. The national crosswalk {@value #SHIPPED} comes first; an office's own file
 * adds to it, and its lines replace the national lines of the units it names (same date, same
 * name, its parent and kind word when it writes them): that is how a divided commune gets its
 * shares. Every problem names the file and line.
 */
public final class CrosswalkLoader {

    public static final String SHIPPED = NationalCrosswalk.RESOURCE;
    static final List<String> COLUMNS = List.of(
            "effective_date",
            "old_unit",
            "old_parent",
            "new_unit",
            "new_parent",
            "share",
            "confidence",
            "legal_basis",
            "source",
            "note");
    static final Set<String> CONFIDENCE = Set.of("verbatim", "secondary", "illustrative");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private CrosswalkLoader() {}

    /** The national crosswalk, with {@code officeFile}'s lines when one is given. */
    public static Crosswalk load(Path officeFile) {
        List<BoundaryChange> national = shipped();
        if (officeFile == null) return new Crosswalk(national);
        List<BoundaryChange> office;
        try (Reader reader = Files.newBufferedReader(officeFile, StandardCharsets.UTF_8)) {
            office = read(reader, officeFile.toString());
        } catch (IOException e) {
            throw new CrosswalkException(officeFile.toString(), Message.of("crosswalk.cannotRead", e.getMessage()));
        }
        return new Crosswalk(overridden(national, office));
    }

    /** The national lines that no office line replaces, then the office's lines. */
    static List<BoundaryChange> overridden(List<BoundaryChange> national, List<BoundaryChange> office) {
        Map<String, List<BoundaryChange>> byName = new HashMap<>();
        office.forEach(o -> byName.computeIfAbsent(UnitNames.key(o.oldUnit()), k -> new ArrayList<>())
                .add(o));
        List<BoundaryChange> kept = new ArrayList<>(national.size() + office.size());
        for (BoundaryChange n : national) {
            List<BoundaryChange> same = byName.get(UnitNames.key(n.oldUnit()));
            if (same == null || same.stream().noneMatch(o -> replaces(o, n))) kept.add(n);
        }
        kept.addAll(office);
        return kept;
    }

    /** An office line replaces a national one of the same date and unit: parent and kind word, when written, agree. */
    private static boolean replaces(BoundaryChange office, BoundaryChange national) {
        if (!office.effective().equals(national.effective()) || office.movesParent() != national.movesParent()) {
            return false;
        }
        String kind = Crosswalk.kind(office.oldUnit());
        return (office.oldParent().isBlank() || national.parentMatches(office.oldParent()))
                && (kind.isEmpty() || kind.equals(Crosswalk.kind(national.oldUnit())));
    }

    /** The national crosswalk's lines, read once. */
    static List<BoundaryChange> shipped() {
        return NationalCrosswalk.lines();
    }

    /** The lines of one crosswalk file, checked: columns, dates, names, shares, confidence. */
    static List<BoundaryChange> read(Reader reader, String file) throws IOException {
        List<BoundaryChange> changes = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(reader)) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.replace("\uFEFF", "").strip())
                    .toList();
            List<String> missing =
                    COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new CrosswalkException(
                        file + " dòng/line 1", Message.of("crosswalk.missingColumns", missing, COLUMNS));
            }
            for (CSVRecord r : parser) {
                String where = file + ":" + parser.getCurrentLineNumber();
                changes.add(new BoundaryChange(
                        date(r, where),
                        required(r, "old_unit", where),
                        text(r, "old_parent"),
                        required(r, "new_unit", where),
                        text(r, "new_parent"),
                        share(r, where),
                        confidence(r, where),
                        text(r, "legal_basis"),
                        text(r, "source"),
                        text(r, "note"),
                        where,
                        "",
                        "",
                        ""));
            }
        }
        checkShares(changes, file);
        return changes;
    }

    /** A unit moved on one date must be moved whole: its shares add up to 1. */
    private static void checkShares(List<BoundaryChange> changes, String file) {
        Map<Move, List<BoundaryChange>> byMove = new LinkedHashMap<>();
        changes.forEach(
                c -> byMove.computeIfAbsent(moveKey(c), k -> new ArrayList<>()).add(c));
        for (List<BoundaryChange> move : byMove.values()) {
            double sum = move.stream().mapToDouble(BoundaryChange::share).sum();
            if (Math.abs(sum - 1) > 1e-6) {
                List<String> lines = move.stream().map(BoundaryChange::where).toList();
                BoundaryChange c = move.get(0);
                throw new CrosswalkException(
                        file, Message.of("crosswalk.sharesNotOne", c.oldUnit(), c.effective(), sum, lines));
            }
        }
    }

    private static Move moveKey(BoundaryChange c) {
        return new Move(c.effective(), UnitNames.key(c.oldUnit()), UnitNames.key(c.oldParent()));
    }

    /** One unit moved on one date, by the matching keys of the unit and its old parent. */
    private record Move(java.time.LocalDate effective, String oldUnit, String oldParent) {}

    private static String text(CSVRecord r, String column) {
        String v = r.isSet(column) ? r.get(column) : "";
        return Normalizer.normalize(v == null ? "" : v.strip(), Normalizer.Form.NFC);
    }

    private static String required(CSVRecord r, String column, String where) {
        String v = text(r, column);
        if (v.isEmpty()) throw new CrosswalkException(where, Message.of("crosswalk.columnEmpty", column));
        return v;
    }

    private static LocalDate date(CSVRecord r, String where) {
        String v = required(r, "effective_date", where);
        try {
            return v.contains("/") ? LocalDate.parse(v, VIETNAMESE_DATE) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new CrosswalkException(where, Message.of("crosswalk.notADate", v));
        }
    }

    private static double share(CSVRecord r, String where) {
        String v = text(r, "share");
        if (v.isEmpty()) return 1.0;
        double share;
        try {
            share = v.endsWith("%")
                    ? Double.parseDouble(v.substring(0, v.length() - 1).strip().replace(',', '.')) / 100
                    : Double.parseDouble(v.replace(',', '.'));
        } catch (NumberFormatException e) {
            share = Double.NaN;
        }
        if (!(share > 0 && share <= 1)) {
            throw new CrosswalkException(where, Message.of("crosswalk.shareInvalid", v));
        }
        return share;
    }

    private static String confidence(CSVRecord r, String where) {
        String v = required(r, "confidence", where).toLowerCase(java.util.Locale.ROOT);
        if (!CONFIDENCE.contains(v)) {
            throw new CrosswalkException(where, Message.of("crosswalk.confidenceInvalid", v, CONFIDENCE));
        }
        return v;
    }
}
