package vn.ruralstat.rulebook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.ruralstat.message.Message;

/**
 * Reads the rulebooks of {@code src/main/resources/rulebooks/} (layout in its README.md) and
 * checks them as it goes: counts against the header, codes, keys, and that a national target is
 * either a verbatim figure or marked unknown.
 */
public final class RulebookLoader {

    static final String FOLDER = "rulebooks/";
    /** Where the province override files are kept on the classpath by default. */
    public static final String OVERRIDES_FOLDER = FOLDER + "overrides/";

    private static final Pattern CRITERION_CODE = Pattern.compile("\\d+");
    private static final Pattern INDICATOR_CODE = Pattern.compile("\\d+(?:\\.\\d+)?");

    private RulebookLoader() {}

    /**
     * Reads the national rulebooks shipped under {@code rulebooks/} on the classpath, with the
     * province override files of {@code overridesFolder} ("rulebooks/overrides/") to apply on demand.
     * Each call reads the files again: the application loads them once, as a bean.
     */
    public static Rulebooks fromClasspath(String overridesFolder) {
        return load(FOLDER, overridesFolder);
    }

    /** Reads the rulebooks kept under {@code folder} ("rulebooks/") on the classpath. */
    static Rulebooks load(String folder) {
        return load(folder, OVERRIDES_FOLDER);
    }

    private static Rulebooks load(String folder, String overridesFolder) {
        List<RulebookHeader> headers = new ArrayList<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        CsvTable table = CsvTable.fromClasspath(
                folder + "rulebooks.csv",
                List.of(
                        "id",
                        "version",
                        "kind",
                        "title",
                        "legal_source",
                        "valid_from",
                        "valid_to",
                        "in_force_from",
                        "validity_note",
                        "key_kind",
                        "keys",
                        "criteria_count",
                        "indicator_count"));
        Set<String> ids = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            RulebookHeader h = header(row);
            if (!ids.add(h.id())) throw row.error(Message.of("rulebook.listedTwice", h.id()));
            headers.add(h);
            if (h.kind() == RulebookHeader.Kind.NTM) {
                counts.put(h.id(), new int[] {integer(row, "criteria_count"), integer(row, "indicator_count")});
            }
        }
        List<Rulebook> ntm = new ArrayList<>();
        for (RulebookHeader h : headers) {
            if (h.kind() == RulebookHeader.Kind.NTM) ntm.add(ntm(folder, h, counts.get(h.id())));
        }
        return new Rulebooks(ntm, poverty(folder, headers), List.of(), overridesFolder);
    }

    private static RulebookHeader header(CsvTable.Row row) {
        String id = row.required("id");
        List<String> keys = Arrays.stream(row.required("keys").split("\\|"))
                .map(String::strip)
                .toList();
        LocalDate from = date(row, "valid_from", true);
        LocalDate to = date(row, "valid_to", true);
        if (to.isBefore(from)) throw row.error(Message.of("rulebook.validToBeforeFrom"));
        return new RulebookHeader(
                id,
                row.required("version"),
                row.choice("kind", RulebookHeader.Kind.class),
                row.required("title"),
                row.required("legal_source"),
                row.get("short_source"),
                from,
                to,
                date(row, "in_force_from", false),
                row.required("validity_note"),
                row.choice("key_kind", RulebookHeader.KeyKind.class),
                keys,
                row.get("poverty_rate_indicator"),
                row.get("indicator_tables").equalsIgnoreCase("yes"),
                List.of());
    }

    private static Rulebook ntm(String folder, RulebookHeader h, int[] expected) {
        String base = folder + h.id().toLowerCase(Locale.ROOT);
        CsvTable structure = CsvTable.fromClasspath(
                base + ".csv",
                List.of(
                        "level",
                        "code",
                        "criterion",
                        "group",
                        "name_vi",
                        "name_en",
                        "name_confidence",
                        "lead_office",
                        "partner_offices",
                        "source",
                        "note"));
        CsvTable targets = CsvTable.fromClasspath(
                base + "-targets.csv", List.of("indicator", "key", "target_text", "confidence", "source", "note"));
        Map<String, List<Target>> targetsByIndicator = targets(h, targets);

        Map<String, CsvTable.Row> criterionRows = new LinkedHashMap<>();
        Map<String, List<Indicator>> indicatorsByCriterion = new LinkedHashMap<>();
        Set<String> codes = new HashSet<>();
        for (CsvTable.Row row : structure.rows()) {
            String level = row.required("level");
            String code = row.required("code");
            row.required("name_vi");
            if (level.equals("criterion")) {
                if (!CRITERION_CODE.matcher(code).matches() || criterionRows.containsKey(code)) {
                    throw row.error(Message.of("rulebook.criterionCodeNotNew", code));
                }
                criterionRows.put(code, row);
                indicatorsByCriterion.put(code, new ArrayList<>());
            } else if (level.equals("indicator")) {
                String criterion = row.required("criterion");
                boolean belongs = code.equals(criterion) || code.startsWith(criterion + ".");
                if (!indicatorsByCriterion.containsKey(criterion)
                        || !belongs
                        || !INDICATOR_CODE.matcher(code).matches()
                        || !codes.add(code)) {
                    throw row.error(Message.of("rulebook.indicatorNotUnderCriterion", code, criterion));
                }
                List<Target> own = targetsByIndicator.remove(code);
                if (own == null) {
                    throw row.error(Message.of("rulebook.indicatorWithoutTarget", code, targets.resource));
                }
                indicatorsByCriterion
                        .get(criterion)
                        .add(new Indicator(
                                code,
                                criterion,
                                row.get("name_vi"),
                                row.get("name_en"),
                                row.choice("name_confidence", Confidence.class),
                                row.get("lead_office"),
                                row.get("partner_offices"),
                                row.get("source"),
                                row.get("note"),
                                own));
            } else {
                throw row.error(Message.of("rulebook.levelUnknown", level));
            }
        }
        if (!targetsByIndicator.isEmpty()) {
            throw new RulebookDataException(
                    targets.resource,
                    0,
                    Message.of(
                            "rulebook.targetsForUnknownIndicators", structure.resource, targetsByIndicator.keySet()));
        }
        List<Criterion> criteria = new ArrayList<>();
        criterionRows.forEach((code, row) -> {
            if (indicatorsByCriterion.get(code).isEmpty()) {
                throw row.error(Message.of("rulebook.criterionWithoutIndicator", code));
            }
            criteria.add(new Criterion(
                    code,
                    row.get("name_vi"),
                    row.get("name_en"),
                    row.get("group"),
                    row.choice("name_confidence", Confidence.class),
                    row.get("source"),
                    row.get("note"),
                    indicatorsByCriterion.get(code),
                    column(row)));
        });
        Rulebook rulebook = new Rulebook(h, criteria);
        if (!h.povertyRateIndicator().isEmpty()
                && rulebook.indicator(h.povertyRateIndicator()).isEmpty()) {
            throw new RulebookDataException(
                    structure.resource,
                    0,
                    Message.of("rulebook.povertyRateIndicatorUnknown", h.povertyRateIndicator()));
        }
        int indicators = rulebook.indicators().size();
        if (criteria.size() != expected[0] || indicators != expected[1]) {
            throw new RulebookDataException(
                    structure.resource,
                    0,
                    Message.of("rulebook.countsDiffer", criteria.size(), indicators, expected[0], expected[1]));
        }
        return rulebook;
    }

    private static Map<String, List<Target>> targets(RulebookHeader h, CsvTable table) {
        Map<String, List<Target>> byIndicator = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String indicator = row.required("indicator");
            String key = row.required("key");
            if (!h.acceptsKey(key)) {
                throw row.error(Message.of("rulebook.targetKeyUnknown", key, h.id(), h.keys()));
            }
            Confidence confidence = row.choice("confidence", Confidence.class);
            String text = row.get("target_text");
            if (confidence == Confidence.INFERRED) {
                throw row.error(Message.of("rulebook.inferredTarget"));
            }
            if (text.isEmpty() != (confidence == Confidence.UNKNOWN)) {
                throw row.error(Message.of("rulebook.targetNeitherVerbatimNorUnknown"));
            }
            String source = confidence == Confidence.UNKNOWN ? row.get("note") : row.required("source");
            List<Target> own = byIndicator.computeIfAbsent(indicator, k -> new ArrayList<>());
            if (own.stream().anyMatch(t -> t.key().equals(key))) {
                throw row.error(Message.of("rulebook.twoTargetsForKey", indicator, key));
            }
            own.add(TargetParser.parse(text, key, source, confidence));
        }
        return byIndicator;
    }

    private static List<PovertyStandard> poverty(String folder, List<RulebookHeader> headers) {
        CsvTable table = CsvTable.fromClasspath(
                folder + "poverty-standards.csv",
                List.of(
                        "rulebook",
                        "area",
                        "area_label",
                        "household_class",
                        "income_above",
                        "income_at_most",
                        "min_deprivations",
                        "max_deprivations",
                        "deprivation_indicators",
                        "published_rule",
                        "income_confidence",
                        "rule_confidence",
                        "source"));
        Map<String, List<PovertyThreshold>> byRulebook = new LinkedHashMap<>();
        for (RulebookHeader h : headers) {
            if (h.kind() == RulebookHeader.Kind.POVERTY) byRulebook.put(h.id(), new ArrayList<>());
        }
        for (CsvTable.Row row : table.rows()) {
            String id = row.required("rulebook");
            List<PovertyThreshold> list = byRulebook.get(id);
            if (list == null) {
                throw row.error(Message.of("rulebook.notAPovertyStandard", id, byRulebook.keySet()));
            }
            list.add(new PovertyThreshold(
                    row.choice("area", PovertyThreshold.Area.class),
                    row.required("area_label"),
                    row.choice("household_class", PovertyThreshold.HouseholdClass.class),
                    decimal(row, "income_above"),
                    decimal(row, "income_at_most"),
                    optionalInteger(row, "min_deprivations"),
                    optionalInteger(row, "max_deprivations"),
                    optionalInteger(row, "deprivation_indicators"),
                    row.get("published_rule"),
                    row.choice("income_confidence", Confidence.class),
                    row.choice("rule_confidence", Confidence.class),
                    row.required("source")));
        }
        List<PovertyStandard> standards = new ArrayList<>();
        for (RulebookHeader h : headers) {
            if (h.kind() == RulebookHeader.Kind.POVERTY) standards.add(new PovertyStandard(h, byRulebook.get(h.id())));
        }
        return standards;
    }

    /** The matrix column of a criterion row, from its optional columns; null when it gives no header words. */
    private static CriterionColumn column(CsvTable.Row row) {
        String words = row.get("header_words");
        if (words.isEmpty()) return null;
        return new CriterionColumn(
                row.get("shown_name"),
                row.get("form_header"),
                Arrays.stream(words.split("\\|"))
                        .map(String::strip)
                        .filter(w -> !w.isEmpty())
                        .toList());
    }

    private static LocalDate date(CsvTable.Row row, String column, boolean required) {
        String v = required ? row.required(column) : row.get(column);
        if (v.isEmpty()) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw row.error(Message.of("rulebook.notADate", column, v));
        }
    }

    private static int integer(CsvTable.Row row, String column) {
        Integer v = optionalInteger(row, column);
        if (v == null) throw row.error(Message.of("rulebook.columnEmpty", column));
        return v;
    }

    private static Integer optionalInteger(CsvTable.Row row, String column) {
        BigDecimal v = decimal(row, column);
        if (v == null) return null;
        try {
            return v.intValueExact();
        } catch (ArithmeticException e) {
            throw row.error(Message.of("rulebook.notAWholeNumber", column, row.get(column)));
        }
    }

    private static BigDecimal decimal(CsvTable.Row row, String column) {
        String v = row.get(column);
        if (v.isEmpty()) return null;
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw row.error(Message.of("rulebook.notANumber", column, v));
        }
    }
}
