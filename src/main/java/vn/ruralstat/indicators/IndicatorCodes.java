package vn.ruralstat.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.ruralstat.rulebook.Indicator;
import vn.ruralstat.rulebook.Rulebooks;
import vn.ruralstat.sheet.Cell;
import vn.ruralstat.sheet.UnitNames;

/**
 * Indicator codes ("4.1") as officers write them: at the start of an indicator's text ("4.1. Tỷ
 * lệ lao động …"), alone in a code column, or in a column header ("Chỉ tiêu 4.1", "TC 4.1").
 */
final class IndicatorCodes {

    private static final Pattern AT_START = Pattern.compile("^\\s*(\\d{1,2})\\s*\\.\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern IN_HEADER = Pattern.compile(
            "^(?:(?:chi tieu|tieu chi|tc|ct)\\s*(?:so\\s*)?\\.?\\s*)?(\\d{1,2})\\s*\\.\\s*(\\d{1,2})(?!\\d)");

    private IndicatorCodes() {}

    /**
     * The indicator codes of the rulebooks read from indicator tables (the 47 indicators of the
     * 2026-2030 set; {@code indicator_tables} in rulebooks.csv).
     */
    static Set<String> ofIndicatorRulebooks(Rulebooks rulebooks) {
        return rulebooks.all().stream()
                .filter(vn.ruralstat.rulebook.Rulebook::readFromIndicatorTables)
                .flatMap(r -> r.indicators().stream())
                .map(Indicator::code)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The code at the start of a text ("1.1. Có quy hoạch …" → "1.1", "04.1" → "4.1"); empty when none. */
    static Optional<String> atStart(String text) {
        Matcher m = AT_START.matcher(text);
        return m.find() ? Optional.of(code(m)) : Optional.empty();
    }

    /**
     * The code a header label names, read in its lowest row first ("Tiêu chí 4 / 4.1" → "4.1",
     * "Chỉ tiêu 1.1", "TC 4.1", "4.1 Tỷ lệ lao động …"); empty when none.
     */
    static Optional<String> inHeader(String label) {
        List<String> rows = List.of(label.split(" / "));
        for (int i = rows.size() - 1; i >= 0; i--) {
            Matcher m = IN_HEADER.matcher(UnitNames.fold(rows.get(i)));
            if (m.find()) return Optional.of(code(m));
        }
        return Optional.empty();
    }

    private static String code(Matcher m) {
        return Integer.parseInt(m.group(1)) + "." + Integer.parseInt(m.group(2));
    }

    /**
     * A cell's value as text, the way the submitter sees it: text as written, a number in its
     * plain form, a number formatted as a percentage in percent units ("35%", since Excel keeps
     * 35 % as 0.35), an error as its code ("#N/A").
     */
    static String valueText(Cell cell) {
        if (cell.kind() == Cell.Kind.NUMBER && cell.percentStyle()) {
            return BigDecimal.valueOf(cell.number())
                            .movePointRight(2)
                            .stripTrailingZeros()
                            .toPlainString() + "%";
        }
        return cell.text();
    }
}
