package vn.ruralstat.criteria;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ruralstat.sheet.Cell;
import vn.ruralstat.sheet.Labels;

/**
 * Reads a cell of the criteria matrix: "x", "X", "Đạt", "đạt" mean met; a year ("2024",
 * "năm 2024", a date "31/12/2024", or the number 2024) is the year the commune plans to meet it; "Chưa đạt" is not
 * met and not planned, as is a dash ("-"); blank is blank; anything else is kept as typed and flagged.
 */
public final class CriterionCellParser {

    private static final Set<String> MET = Set.of("x", "dat", "da dat", "d", "v", "co");
    private static final Set<String> NOT_MET = Set.of("chua dat", "khong dat", "chua", "k");
    /** "-", "–", "—": nothing achieved, as forms mark an empty figure. */
    private static final Pattern DASH = Pattern.compile("^[-\u2013\u2014]$");

    private static final Pattern YEAR = Pattern.compile("^(?:nam\\s+)?((?:19|20)\\d{2})$");
    /** A completion date written dd/MM/yyyy (or dd-MM-yyyy): the criterion is planned for its year. */
    private static final Pattern DATE = Pattern.compile("^\\d{1,2}[/.-]\\d{1,2}[/.-]((?:19|20)\\d{2})$");

    private CriterionCellParser() {}

    public static CriterionStatus parse(Cell cell) {
        if (cell.isBlank()) return CriterionStatus.BLANK;
        if (cell.number() != null) {
            double v = cell.number();
            if (v == Math.rint(v) && v >= 1900 && v <= 2100) {
                return new CriterionStatus(CriterionStatus.Kind.PLANNED, (int) v, cell.text());
            }
            return new CriterionStatus(CriterionStatus.Kind.UNRECOGNISED, null, cell.text());
        }
        return parse(cell.text());
    }

    /** Same rules for text already read, e.g. from storage. */
    public static CriterionStatus parse(String text) {
        if (text == null || text.isBlank()) return CriterionStatus.BLANK;
        String folded = Labels.fold(text);
        if (DASH.matcher(text.strip()).matches()) return new CriterionStatus(CriterionStatus.Kind.NOT_MET, null, text);
        if (MET.contains(folded)) return new CriterionStatus(CriterionStatus.Kind.MET, null, text);
        if (NOT_MET.contains(folded)) return new CriterionStatus(CriterionStatus.Kind.NOT_MET, null, text);
        Matcher year = YEAR.matcher(folded);
        if (year.matches())
            return new CriterionStatus(CriterionStatus.Kind.PLANNED, Integer.parseInt(year.group(1)), text);
        Matcher date = DATE.matcher(text.trim());
        if (date.matches())
            return new CriterionStatus(CriterionStatus.Kind.PLANNED, Integer.parseInt(date.group(1)), text);
        return new CriterionStatus(CriterionStatus.Kind.UNRECOGNISED, null, text);
    }
}
