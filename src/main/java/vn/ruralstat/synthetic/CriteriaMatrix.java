package vn.ruralstat.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.ruralstat.period.Period;
import vn.ruralstat.rulebook.RulebookLoader;

/**
 * The NTM criteria matrix of one parent unit, shaped like the last table of seed 004 ("Biểu kế
 * hoạch dự kiến thực hiện tiêu chí nông thôn mới giai đoạn 2022-2025"): one row per commune with
 * the reported number of met criteria (column C) and one cell per criterion — "x" when met, a
 * year when planned, "" when neither —, then the "Tổng cộng" row (communes meeting each
 * criterion, and the grand total) and the "TB tiêu chí /xã" row, then note lines.
 *
 * @param criteria           the criterion headers, in order (19 for the 2021-2025 set)
 * @param totalsPerCriterion the "Tổng cộng" figures as written, criterion n at index n - 1
 * @param grandTotal         the "Tổng cộng" figure of column C as written
 * @param average            the "TB tiêu chí /xã" figure as written (1 decimal)
 * @param notes              lines below the table; a line starting with "Ghi chú:" has it in bold
 */
public record CriteriaMatrix(
        String title,
        String subtitle,
        List<String> criteria,
        List<CommuneRow> communes,
        List<Integer> totalsPerCriterion,
        int grandTotal,
        double average,
        List<String> notes) {

    /**
     * Criterion headers exactly as in seed 004's criteria matrix: the form headers of the rulebook
     * for its period, 2022-2025 (the 2021-2025 set), read once through the rulebook loader.
     */
    public static List<String> criteria2021To2025() {
        return SeedForm.HEADERS;
    }

    private static final class SeedForm {
        static final List<String> HEADERS = RulebookLoader.fromClasspath(RulebookLoader.OVERRIDES_FOLDER)
                .forPeriod(Period.parse("2022-2025"))
                .found()
                .orElseThrow()
                .matrixColumns()
                .stream()
                .map(c -> c.column().formHeader())
                .toList();
    }

    public static final String MET = "x";
    public static final String TOTAL_LABEL = "Tổng cộng";
    public static final String AVERAGE_LABEL = "TB tiêu chí /xã";
    /** First note line of seed 004, explaining the cell values. */
    public static final String LEGEND_NOTE = "Ghi chú: - \"X\" là tiêu chí xã rà soát đánh giá \"đạt\"; "
            + "Ô ghi \"năm 2022,2023,2024,2025\" là năm phấn đấu hoàn thành tiêu chí NTM";

    public CriteriaMatrix {
        criteria = List.copyOf(criteria);
        communes = List.copyOf(communes);
        totalsPerCriterion = List.copyOf(totalsPerCriterion);
        notes = List.copyOf(notes);
    }

    /**
     * A matrix whose column C, "Tổng cộng" and "TB" rows and planned-per-year note are computed
     * from the cells, so that it is consistent.
     */
    public static CriteriaMatrix consistent(
            String title, String subtitle, List<String> criteria, List<CommuneRow> communes) {
        int[] totals = new int[criteria.size()];
        int grand = 0;
        for (CommuneRow c : communes) {
            if (c.cells().size() != criteria.size()) throw new IllegalArgumentException("row width of " + c.name());
            if (c.reportedMet() != c.metCount()) throw new IllegalArgumentException("met count of " + c.name());
            for (int i = 0; i < totals.length; i++) {
                if (MET.equals(c.cells().get(i))) totals[i]++;
            }
            grand += c.metCount();
        }
        List<Integer> totalList = new ArrayList<>();
        for (int t : totals) totalList.add(t);
        List<String> notes = List.of(LEGEND_NOTE, plannedNote(plannedByYear(communes)));
        return new CriteriaMatrix(
                title,
                subtitle,
                criteria,
                communes,
                totalList,
                grand,
                ReportedFigures.average(grand, communes.size()),
                notes);
    }

    /** The seed's second note line: "- Phấn đấu hoàn thành tiêu chí NTM (Năm 2022: 29 tiêu chí; …)." */
    public static String plannedNote(Map<Integer, Integer> byYear) {
        StringBuilder s = new StringBuilder("- Phấn đấu hoàn thành tiêu chí NTM (");
        boolean first = true;
        for (Map.Entry<Integer, Integer> e : byYear.entrySet()) {
            if (!first) s.append("; ");
            s.append("Năm ")
                    .append(e.getKey())
                    .append(": ")
                    .append(e.getValue())
                    .append(" tiêu chí");
            first = false;
        }
        return s.append(").").toString();
    }

    /** Cells holding a year, counted per year, in year order. */
    public static Map<Integer, Integer> plannedByYear(List<CommuneRow> communes) {
        Map<Integer, Integer> byYear = new TreeMap<>();
        for (CommuneRow c : communes) {
            for (String cell : c.cells()) {
                if (cell.matches("\\d{4}")) byYear.merge(Integer.parseInt(cell), 1, Integer::sum);
            }
        }
        return byYear;
    }

    /**
     * One commune's row.
     *
     * @param reportedMet column C as written
     * @param cells       one per criterion: "x", a year ("2023") or ""
     */
    public record CommuneRow(String name, int reportedMet, List<String> cells) {

        public CommuneRow {
            cells = List.copyOf(cells);
        }

        public int metCount() {
            return (int) cells.stream().filter(MET::equals).count();
        }

        /** Latest planned year, or 0 when nothing is planned. */
        public int lastPlannedYear() {
            return cells.stream()
                    .filter(s -> s.matches("\\d{4}"))
                    .mapToInt(Integer::parseInt)
                    .max()
                    .orElse(0);
        }
    }
}
