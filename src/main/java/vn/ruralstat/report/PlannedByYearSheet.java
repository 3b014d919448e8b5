package vn.ruralstat.report;

import static vn.ruralstat.output.TableSheet.column;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Workbook;
import vn.ruralstat.criteria.CommuneCriteria;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.office.OfficialForm;
import vn.ruralstat.output.FormLayout;
import vn.ruralstat.output.TableRow;
import vn.ruralstat.output.TableSheet;
import vn.ruralstat.output.WorkbookStyles;
import vn.ruralstat.output.WorkbookStyles.Kind;

/**
 * Sheet "Kế hoạch theo năm": how many criteria each commune plans to meet in each year, recounted
 * from the year cells of the matrix, with a total per parent unit (to set beside the note under
 * the source table) and one total per period and criteria set; never a grand total across them.
 */
final class PlannedByYearSheet {

    static final String NAME = "Kế hoạch theo năm";

    private static final int FIRST_YEAR = 2;
    private static final int NAME_WIDTH = 24;

    private final List<DistrictCriteria> districts;
    private final List<Integer> years;
    private final int totalColumn;

    PlannedByYearSheet(List<DistrictCriteria> districts) {
        this.districts = districts;
        TreeSet<Integer> all = new TreeSet<>();
        districts.forEach(d -> all.addAll(d.plannedByYear().keySet()));
        this.years = List.copyOf(all);
        this.totalColumn = FIRST_YEAR + years.size();
    }

    void write(Workbook workbook, WorkbookStyles styles, String scope, ParentUnitLabels parents, OfficialForm form) {
        TableSheet sheet = new TableSheet(workbook, NAME, styles, Math.max(totalColumn, 5));
        sheet.columnWidths(widths());
        FormLayout.heading(sheet, styles, form);
        sheet.subtitle("Phạm vi: " + scope);
        if (districts.isEmpty()) {
            sheet.note(TableSheet.NO_DATA);
            return;
        }
        if (years.isEmpty()) {
            sheet.note("Không có tiêu chí nào được ghi năm dự kiến đạt.");
            return;
        }
        FormLayout.unitOfMeasure(sheet, styles, form);
        header(sheet);
        // One total per period and criteria set: a plan and a year's results of the same unit must never be added up.
        List<List<DistrictCriteria>> sections = sections();
        for (List<DistrictCriteria> section : sections) {
            int firstData = sheet.nextRow();
            for (DistrictCriteria district : section) {
                String unit = parents.labelCapitalised(district.unit(), district.province());
                sheet.groupHeading(VietnameseLabels.withPeriod(unit, district.period()));
                int first = sheet.nextRow();
                int tt = 1;
                for (CommuneCriteria commune : district.communes()) {
                    writeCommune(sheet.row(false), tt++, commune);
                }
                TableRow subtotal =
                        sheet.row(true).text(1, "Cộng " + parents.label(district.unit(), district.province()));
                totals(subtotal, first, sheet.nextRow() - 2, district.plannedByYear());
            }
            if (sections.size() > 1 || section.size() > 1) {
                TableRow total = sheet.row(true).text(1, totalLabel(sections, section));
                totals(total, firstData, sheet.nextRow() - 2, planned(section));
            }
        }
        sheet.freezeHeader(2);
        FormLayout.signatures(sheet, styles, form);
    }

    private void header(TableSheet sheet) {
        int top = sheet.headerRows(2, totalColumn, 20);
        int bottom = top + 1;
        sheet.header(top, 0, "TT");
        sheet.merge(top, bottom, 0, 0);
        sheet.header(top, 1, "Xã");
        sheet.merge(top, bottom, 1, 1);
        sheet.header(top, FIRST_YEAR, "Số tiêu chí dự kiến đạt trong năm");
        sheet.merge(top, top, FIRST_YEAR, totalColumn - 1);
        List<String> codes = new ArrayList<>(List.of("A", "B"));
        for (int i = 0; i < years.size(); i++) {
            sheet.header(bottom, FIRST_YEAR + i, "Năm " + years.get(i));
            codes.add(String.valueOf(i + 1));
        }
        sheet.header(top, totalColumn, "Cộng");
        sheet.merge(top, bottom, totalColumn, totalColumn);
        codes.add(years.size() == 1 ? "2=1" : (years.size() + 1) + "=1+…+" + years.size());
        sheet.codeRow(codes.toArray(String[]::new));
    }

    private int[] widths() {
        int[] widths = new int[Math.max(totalColumn, 5) + 1];
        java.util.Arrays.fill(widths, 10);
        widths[0] = 4;
        widths[1] = NAME_WIDTH;
        return widths;
    }

    /** Whether the sheet has a table to print: some criterion planned for a year. */
    boolean hasData() {
        return !districts.isEmpty() && !years.isEmpty();
    }

    private void writeCommune(TableRow row, int tt, CommuneCriteria commune) {
        Map<Integer, Integer> planned = commune.plannedByYear();
        row.ordinal(0, tt).text(1, commune.commune()).fitting(commune.commune(), NAME_WIDTH);
        for (int i = 0; i < years.size(); i++) {
            row.integer(FIRST_YEAR + i, planned.get(years.get(i))); // blank where nothing is planned, as on the forms
        }
        int r = row.number();
        row.formula(
                totalColumn,
                Kind.INTEGER,
                "SUM(" + column(FIRST_YEAR) + r + ":" + column(totalColumn - 1) + r + ")",
                planned.values().stream().mapToInt(Integer::intValue).sum());
    }

    private void totals(TableRow row, int first, int last, Map<Integer, Integer> planned) {
        for (int i = 0; i <= years.size(); i++) {
            int col = FIRST_YEAR + i;
            int value = i < years.size()
                    ? planned.getOrDefault(years.get(i), 0)
                    : planned.values().stream().mapToInt(Integer::intValue).sum();
            if (last < first) {
                row.integer(col, value);
            } else {
                // SUBTOTAL skips the other SUBTOTAL cells, so the grand total does not count units twice.
                row.formula(
                        col,
                        Kind.INTEGER,
                        "SUBTOTAL(9," + column(col) + (first + 1) + ":" + column(col) + (last + 1) + ")",
                        value);
            }
        }
    }

    /** The matrices split by period and criteria set, in the run's order of their first matrix. */
    private List<List<DistrictCriteria>> sections() {
        Map<List<String>, List<DistrictCriteria>> bySection = new LinkedHashMap<>();
        districts.forEach(d -> bySection
                .computeIfAbsent(List.of(Objects.toString(d.period(), ""), rulebookName(d)), k -> new ArrayList<>())
                .add(d));
        return List.copyOf(bySection.values());
    }

    /**
     * "Tổng cộng" when the sheet has one section, else "Tổng cộng kỳ 2023" ("Tổng cộng (chưa rõ kỳ)"
     * when nobody named the period), naming the criteria set when one period was read under two sets.
     */
    private static String totalLabel(List<List<DistrictCriteria>> sections, List<DistrictCriteria> section) {
        if (sections.size() <= 1) return "Tổng cộng";
        DistrictCriteria d = section.get(0);
        String period = d.period();
        String label = period == null || period.isBlank() ? "Tổng cộng (chưa rõ kỳ)" : "Tổng cộng kỳ " + period;
        long sets = sections.stream()
                .filter(s -> Objects.equals(s.get(0).period(), period))
                .count();
        return sets > 1 ? label + " (" + rulebookName(d) + ")" : label;
    }

    private static String rulebookName(DistrictCriteria d) {
        return d.rulebook() == null ? "" : d.stamp().officialName();
    }

    private static Map<Integer, Integer> planned(List<DistrictCriteria> section) {
        Map<Integer, Integer> all = new TreeMap<>();
        section.forEach(d -> d.plannedByYear().forEach((year, n) -> all.merge(year, n, Integer::sum)));
        return all;
    }
}
