package vn.ruralstat.report;

import static vn.ruralstat.output.TableSheet.column;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Workbook;
import vn.ruralstat.criteria.CommuneCriteria;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.output.TableRow;
import vn.ruralstat.output.TableSheet;
import vn.ruralstat.output.WorkbookStyles;
import vn.ruralstat.output.WorkbookStyles.Kind;

/**
 * Sheet "Kế hoạch theo năm": how many criteria each commune plans to meet in each year, recounted
 * from the year cells of the matrix, with a total per parent unit (to set beside the note under
 * the source table) and a grand total.
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

    void write(Workbook workbook, WorkbookStyles styles, String scope, ParentUnitLabels parents) {
        TableSheet sheet = new TableSheet(workbook, NAME, styles, Math.max(totalColumn, 5));
        sheet.title("SỐ TIÊU CHÍ NÔNG THÔN MỚI DỰ KIẾN ĐẠT THEO NĂM");
        sheet.subtitle("Phạm vi: " + scope + " · Đơn vị tính: tiêu chí");
        if (districts.isEmpty()) {
            sheet.note(TableSheet.NO_DATA);
            return;
        }
        if (years.isEmpty()) {
            sheet.note("Không có tiêu chí nào được ghi năm dự kiến đạt.");
            return;
        }
        header(sheet);
        int firstData = sheet.nextRow();
        for (DistrictCriteria district : districts) {
            String unit = parents.labelCapitalised(district.unit(), district.province());
            sheet.groupHeading(VietnameseLabels.withPeriod(unit, district.period()));
            int first = sheet.nextRow();
            int tt = 1;
            for (CommuneCriteria commune : district.communes()) {
                writeCommune(sheet.row(false), tt++, commune);
            }
            TableRow subtotal = sheet.row(true).text(1, "Cộng " + parents.label(district.unit(), district.province()));
            totals(subtotal, first, sheet.nextRow() - 2, district.plannedByYear());
        }
        if (districts.size() > 1) {
            totals(sheet.row(true).text(1, "Tổng cộng"), firstData, sheet.nextRow() - 2, allPlanned());
        }
        sheet.freezeHeader(2);
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
        int[] widths = new int[totalColumn + 1];
        widths[0] = 4;
        widths[1] = NAME_WIDTH;
        for (int col = FIRST_YEAR; col <= totalColumn; col++) widths[col] = 10;
        sheet.columnWidths(widths);
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

    private Map<Integer, Integer> allPlanned() {
        Map<Integer, Integer> all = new TreeMap<>();
        districts.forEach(d -> d.plannedByYear().forEach((year, n) -> all.merge(year, n, Integer::sum)));
        return all;
    }
}
