package vn.ruralstat.report;

import static vn.ruralstat.output.TableSheet.column;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import vn.ruralstat.criteria.CommuneCriteria;
import vn.ruralstat.criteria.CommuneTarget;
import vn.ruralstat.criteria.CommuneTargetJoin;
import vn.ruralstat.criteria.CriterionStatus;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.office.OfficialForm;
import vn.ruralstat.output.FormLayout;
import vn.ruralstat.output.TableRow;
import vn.ruralstat.output.TableSheet;
import vn.ruralstat.output.WorkbookStyles;
import vn.ruralstat.output.WorkbookStyles.Kind;
import vn.ruralstat.rulebook.Criterion;
import vn.ruralstat.rulebook.Rulebook;

/**
 * Sheet "Tiêu chí NTM": the criteria matrix of each parent unit as on the source form — a row per
 * commune with "x" (met), a year (planned) or the text typed — closed by the "Tổng cộng" row
 * (communes meeting each criterion, criteria met in all), the "TB tiêu chí/xã" row and the number
 * of communes meeting all the set's criteria (10 of 2026-2030, 19 of 2021-2025).
 * Units assessed against different criteria sets go to separate sheets, as their columns differ.
 * After the source's columns, the commune's official code ("Mã xã", empty when the register did not
 * match its name) and, for a set graded by commune group whose matrices give groups, its group.
 */
final class CriteriaMatrixSheet {

    static final String NAME = "Tiêu chí NTM";

    private static final int REPORTED = 2;
    private static final int MET = 3;
    private static final int FIRST_CRITERION = 4;
    private static final int NAME_WIDTH = 18;
    private static final int CRITERION_WIDTH = 5;
    private static final int YEAR_WIDTH = 11;
    private static final int CODE_WIDTH = 8;

    private final String name;
    private final Rulebook set;
    private final List<DistrictCriteria> districts;
    private final boolean groups;

    private CriteriaMatrixSheet(String name, Rulebook set, List<DistrictCriteria> districts) {
        this.name = name;
        this.set = set;
        this.districts = districts;
        this.groups = showsGroups(set, districts);
    }

    /** One sheet per criteria set in use; one empty sheet when there are no criteria tables. */
    static List<CriteriaMatrixSheet> of(List<DistrictCriteria> criteria) {
        Map<Rulebook, List<DistrictCriteria>> bySet = new LinkedHashMap<>();
        criteria.forEach(
                d -> bySet.computeIfAbsent(d.rulebook(), s -> new ArrayList<>()).add(d));
        if (bySet.isEmpty()) return List.of(new CriteriaMatrixSheet(NAME, null, List.of()));
        List<CriteriaMatrixSheet> sheets = new ArrayList<>();
        bySet.forEach((set, districts) -> sheets.add(new CriteriaMatrixSheet(
                bySet.size() == 1 ? NAME : NAME + " " + set.id().replaceFirst("^NTM-", ""), set, districts)));
        return sheets;
    }

    String name() {
        return name;
    }

    /** The districts of the sheet's criteria set, whose periods the form's "Kỳ báo cáo" names. */
    List<DistrictCriteria> districts() {
        return districts;
    }

    /** Whether there is a matrix to print (the empty sheet of a run without criteria tables is left out). */
    boolean hasData() {
        return set != null;
    }

    /** Whether the sheet shows a group column: a set graded by group, and a matrix giving groups. */
    private static boolean showsGroups(Rulebook set, List<DistrictCriteria> districts) {
        return set != null
                && CriteriaGroupSheet.gradedByGroup(set)
                && districts.stream().flatMap(d -> d.communes().stream()).anyMatch(c -> c.group() != null);
    }

    /** The last column: the code's, or the group's after it. */
    private int lastColumn(int target) {
        return target + (groups ? 3 : 2);
    }

    void write(Workbook workbook, WorkbookStyles styles, String scope, ParentUnitLabels parents, OfficialForm form) {
        int size = set == null ? 0 : set.criteria().size();
        int target = FIRST_CRITERION + size;
        TableSheet sheet = new TableSheet(workbook, name, styles, set == null ? target + 1 : lastColumn(target));
        if (set != null) sheet.columnWidths(widths(target));
        FormLayout.heading(sheet, styles, form);
        if (set == null) {
            sheet.subtitle("Phạm vi: " + scope);
            sheet.note(TableSheet.NO_DATA);
            return;
        }
        sheet.subtitle(set.stamp().officialName() + " · Phạm vi: " + scope);
        sheet.note("Ký hiệu: x – đạt; năm – năm dự kiến đạt; trống – chưa đạt, chưa có kế hoạch");
        FormLayout.unitOfMeasure(sheet, styles, form);
        header(sheet, target);
        for (DistrictCriteria district : districts) {
            writeDistrict(sheet, district, target, parents);
        }
        sheet.freezeHeader(2);
        FormLayout.signatures(sheet, styles, form);
    }

    private void header(TableSheet sheet, int target) {
        int last = lastColumn(target);
        int top = sheet.headerRows(2, last, 34);
        int bottom = top + 1;
        sheet.rowHeight(bottom, 150);
        String[] spanning = {
            "TT",
            "Xã",
            "KQ đạt số tiêu chí (báo cáo)",
            "Số tiêu chí đạt/" + set.criteria().size() + " (tính lại)"
        };
        for (int col = 0; col < spanning.length; col++) {
            sheet.header(top, col, spanning[col]);
            sheet.merge(top, bottom, col, col);
        }
        sheet.header(top, FIRST_CRITERION, "Tiêu chí");
        sheet.merge(top, top, FIRST_CRITERION, target - 1);
        List<Criterion> criteria = set.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            sheet.verticalHeader(
                    bottom,
                    FIRST_CRITERION + i,
                    (i + 1) + ". " + criteria.get(i).shownName());
        }
        sheet.header(top, target, "Năm đăng ký đạt chuẩn NTM");
        sheet.merge(top, bottom, target, target);
        sheet.header(top, target + 1, "Năm cuối có tiêu chí dự kiến đạt");
        sheet.merge(top, bottom, target + 1, target + 1);
        sheet.header(top, target + 2, "Mã xã");
        sheet.merge(top, bottom, target + 2, target + 2);
        if (groups) {
            sheet.header(top, target + 3, "Nhóm");
            sheet.merge(top, bottom, target + 3, target + 3);
        }
        List<String> codes = new ArrayList<>(List.of("A", "B", "C", "D"));
        for (int i = 1; i <= criteria.size(); i++) codes.add(String.valueOf(i));
        codes.add("E");
        codes.add("F");
        codes.add("G");
        if (groups) codes.add("H");
        sheet.codeRow(codes.toArray(String[]::new));
    }

    private int[] widths(int target) {
        int last = lastColumn(target);
        int[] widths = new int[last + 1];
        widths[0] = 4;
        widths[1] = NAME_WIDTH;
        widths[REPORTED] = 9;
        widths[MET] = 9;
        for (int col = FIRST_CRITERION; col < target; col++) widths[col] = CRITERION_WIDTH;
        widths[target] = YEAR_WIDTH;
        widths[target + 1] = YEAR_WIDTH;
        widths[target + 2] = CODE_WIDTH;
        if (groups) widths[target + 3] = 6;
        return widths;
    }

    private void writeDistrict(TableSheet sheet, DistrictCriteria district, int target, ParentUnitLabels parents) {
        String heading = VietnameseLabels.withPeriod(
                parents.labelCapitalised(district.unit(), district.province()), district.period());
        if (district.source() != null)
            heading += " (nguồn: " + district.source().describe() + ")";
        sheet.groupHeading(heading);
        int first = sheet.nextRow();
        int tt = 1;
        CommuneTargetJoin targets = CommuneTargetJoin.of(district);
        for (CommuneCriteria commune : district.communes()) {
            writeCommune(sheet.row(false), tt++, commune, targets.targetOf(commune), target);
        }
        int last = sheet.nextRow() - 1;
        boolean severalPeriods = VietnameseLabels.severalPeriods(
                districts.stream().map(DistrictCriteria::period).toList());
        TableRow total = sheet.row(true).text(1, VietnameseLabels.totalOfPeriod(district.period(), severalPeriods));
        TableRow average = sheet.row(true).text(1, "TB tiêu chí/xã");
        int size = set.criteria().size();
        TableRow meetingAll = sheet.row(true).text(1, "Số xã đạt đủ " + size + " tiêu chí");
        if (last < first) return;
        meetingAll.formula(
                MET,
                Kind.INTEGER,
                "COUNTIF(" + column(MET) + (first + 1) + ":" + column(MET) + (last + 1) + "," + size + ")",
                district.communesMeetingAll());
        Integer reported = reportedSum(district);
        total.formula(REPORTED, Kind.INTEGER, sum(REPORTED, first, last), reported)
                .formula(MET, Kind.INTEGER, sum(MET, first, last), district.totalMet());
        int[] perCriterion = district.metPerCriterion();
        for (int i = 0; i < perCriterion.length; i++) {
            int col = FIRST_CRITERION + i;
            total.formula(col, Kind.INTEGER, countMet(col, first, last), perCriterion[i]);
        }
        String communes = "ROWS(" + column(1) + (first + 1) + ":" + column(1) + (last + 1) + ")";
        boolean allReported = district.communes().stream().allMatch(c -> c.reportedMet() != null);
        Double reportedAverage =
                allReported ? reported.doubleValue() / district.communes().size() : null;
        average.formula(REPORTED, Kind.DECIMAL1, column(REPORTED) + total.number() + "/" + communes, reportedAverage)
                .formula(
                        MET,
                        Kind.DECIMAL1,
                        column(MET) + total.number() + "/" + communes,
                        district.averageMetPerCommune());
    }

    private void writeCommune(TableRow row, int tt, CommuneCriteria commune, CommuneTarget registered, int target) {
        row.ordinal(0, tt)
                .text(1, commune.commune())
                .fitting(commune.commune(), NAME_WIDTH)
                .integer(REPORTED, commune.reportedMet())
                .formula(
                        MET,
                        Kind.INTEGER,
                        "COUNTIF(" + column(FIRST_CRITERION) + row.number() + ":" + column(target - 1) + row.number()
                                + ",\"x\")",
                        commune.metCount());
        for (int i = 0; i < set.criteria().size() && i < commune.statuses().size(); i++) {
            CriterionStatus status = commune.statuses().get(i);
            int col = FIRST_CRITERION + i;
            if (status.isPlanned()) {
                row.year(col, status.year());
            } else {
                row.centered(col, status.display()).fitting(status.display(), CRITERION_WIDTH);
            }
        }
        if (registered != null) {
            if (registered.ntmYear() != null) {
                row.year(target, registered.ntmYear());
            } else {
                row.text(target, registered.ntmText()).fitting(registered.ntmText(), YEAR_WIDTH);
            }
        }
        commune.lastPlannedYear().ifPresent(year -> row.year(target + 1, year));
        if (commune.code() != null) row.centered(target + 2, commune.code());
        if (commune.group() != null && groups) row.integer(target + 3, commune.group());
    }

    /** The sum of the reported counts, or null when no commune reported one. */
    private static Integer reportedSum(DistrictCriteria district) {
        List<Integer> reported = district.communes().stream()
                .map(CommuneCriteria::reportedMet)
                .filter(r -> r != null)
                .toList();
        return reported.isEmpty()
                ? null
                : reported.stream().mapToInt(Integer::intValue).sum();
    }

    private static String sum(int col, int first, int last) {
        return "SUM(" + column(col) + (first + 1) + ":" + column(col) + (last + 1) + ")";
    }

    /** Communes meeting the criterion: the "x" cells of its column, as the source's total row counts them. */
    private static String countMet(int col, int first, int last) {
        return "COUNTIF(" + column(col) + (first + 1) + ":" + column(col) + (last + 1) + ",\"x\")";
    }
}
