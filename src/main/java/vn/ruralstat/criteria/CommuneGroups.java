package vn.ruralstat.criteria;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ruralstat.sheet.Cell;
import vn.ruralstat.sheet.Labels;

/**
 * Reads a commune's group (1, 2 or 3 of the 2026-2030 set) as officers write it in a matrix's
 * group column: the number, "Nhóm 1", "nhóm xã 2", or in Roman numerals ("II", "Nhóm III").
 */
final class CommuneGroups {

    private static final Pattern GROUP = Pattern.compile("^(?:nhom\\s*)?(?:xa\\s*)?(1|2|3|i|ii|iii)$");

    private CommuneGroups() {}

    /** The group, or empty for a blank cell or one that names no group 1-3. */
    static Optional<Integer> parse(Cell cell) {
        if (cell.isBlank()) return Optional.empty();
        if (cell.number() != null) {
            double v = cell.number();
            return v == 1 || v == 2 || v == 3 ? Optional.of((int) v) : Optional.empty();
        }
        Matcher m = GROUP.matcher(Labels.fold(cell.text()));
        if (!m.matches()) return Optional.empty();
        return Optional.of(
                switch (m.group(1)) {
                    case "1", "i" -> 1;
                    case "2", "ii" -> 2;
                    default -> 3;
                });
    }
}
