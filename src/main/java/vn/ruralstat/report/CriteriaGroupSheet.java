package vn.ruralstat.report;

import static vn.ruralstat.output.TableSheet.column;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import vn.ruralstat.criteria.CriteriaCounts;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.office.OfficialForm;
import vn.ruralstat.output.FormLayout;
import vn.ruralstat.output.TableRow;
import vn.ruralstat.output.TableSheet;
import vn.ruralstat.output.WorkbookStyles;
import vn.ruralstat.output.WorkbookStyles.Kind;
import vn.ruralstat.rulebook.Rulebook;
import vn.ruralstat.rulebook.RulebookHeader;

/**
 * Sheet "Tổng hợp theo nhóm xã": for each parent unit's criteria matrix of a set graded by commune
 * group (2026-2030: groups 1, 2, 3), per group and in all, the communes assessed, those meeting all
 * the criteria, half of them or more but not all (5-9 of 10), fewer than half (below 5), and the
 * criteria met in all and per commune. Written only when the run has such a matrix; each set gets
 * its own sheet, as its bands differ, and no figure of two sets is ever added together.
 */
final class CriteriaGroupSheet {

    static final String NAME = "Tổng hợp theo nhóm xã";

    private static final int COMMUNES = 2;
    private static final int ALL = 3;
    private static final int HALF = 4;
    private static final int BELOW = 5;
    private static final int TOTAL_MET = 6;
    private static final int AVERAGE = 7;
    private static final int LAST = AVERAGE;
    private static final int[] WIDTHS = {4, 16, 11, 11, 11, 11, 12, 13};
    /** The table's width in characters, over which the title lines wrap. */
    private static final int WIDTH = java.util.Arrays.stream(WIDTHS).sum();

    private final String name;
    private final Rulebook set;
    private final List<DistrictCriteria> districts;

    private CriteriaGroupSheet(String name, Rulebook set, List<DistrictCriteria> districts) {
        this.name = name;
        this.set = set;
        this.districts = districts;
    }

    /** One sheet per criteria set graded by commune group; none when the run has no such matrix. */
    static List<CriteriaGroupSheet> of(List<DistrictCriteria> criteria) {
        Map<Rulebook, List<DistrictCriteria>> bySet = new LinkedHashMap<>();
        criteria.stream().filter(d -> gradedByGroup(d.rulebook())).forEach(d -> bySet.computeIfAbsent(
                        d.rulebook(), s -> new ArrayList<>())
                .add(d));
        List<CriteriaGroupSheet> sheets = new ArrayList<>();
        bySet.forEach((set, districts) -> sheets.add(new CriteriaGroupSheet(
                bySet.size() == 1 ? NAME : NAME + " " + set.id().replaceFirst("^NTM-", ""), set, districts)));
        return sheets;
    }

    /** Whether the set's targets vary by commune group, so that its matrices are summed per group. */
    static boolean gradedByGroup(Rulebook set) {
        return set.header().keyKind() == RulebookHeader.KeyKind.COMMUNE_GROUP;
    }

    /** "Nhóm 2"; "Chưa rõ nhóm" for communes the matrix gives no group. */
    static String groupLabel(Integer group) {
        return group == null ? "Chưa rõ nhóm" : "Nhóm " + group;
    }

    String name() {
        return name;
    }

    List<DistrictCriteria> districts() {
        return districts;
    }

    void write(Workbook workbook, WorkbookStyles styles, String scope, ParentUnitLabels parents, OfficialForm form) {
        int size = set.criteria().size();
        TableSheet sheet = new TableSheet(workbook, name, styles, LAST);
        sheet.columnWidths(WIDTHS);
        FormLayout.heading(sheet, styles, form);
        // The sheet is narrow (8 columns): the long lines are wrapped over its width, not cut off.
        sheet.paragraph(set.stamp().officialName() + " · Phạm vi: " + scope, WIDTH);
        sheet.paragraph(
                "Nhóm xã theo cột nhóm của bảng tiêu chí; xã không ghi nhóm tính vào \"Chưa rõ nhóm\"." + " Đạt đủ "
                        + size + " tiêu chí: mọi tiêu chí ghi \"x\" hoặc \"Đạt\".",
                WIDTH);
        FormLayout.unitOfMeasure(sheet, styles, form);
        header(sheet, size);
        boolean severalPeriods = VietnameseLabels.severalPeriods(
                districts.stream().map(DistrictCriteria::period).toList());
        for (DistrictCriteria district : districts) {
            sheet.groupHeading(VietnameseLabels.withPeriod(
                    parents.labelCapitalised(district.unit(), district.province()), district.period()));
            int first = sheet.nextRow();
            int tt = 1;
            for (Map.Entry<Integer, CriteriaCounts> group :
                    district.countsByGroup().entrySet()) {
                writeCounts(sheet.row(false).ordinal(0, tt++).text(1, groupLabel(group.getKey())), group.getValue());
            }
            int last = sheet.nextRow() - 1;
            writeTotal(
                    sheet.row(true).text(1, VietnameseLabels.totalOfPeriod(district.period(), severalPeriods)),
                    district.counts(),
                    first,
                    last);
        }
        sheet.freezeHeader(2);
        FormLayout.signatures(sheet, styles, form);
    }

    private static void header(TableSheet sheet, int size) {
        int half = CriteriaCounts.halfOf(size);
        int top = sheet.headerRows(2, LAST, 45);
        int bottom = top + 1;
        String[] spanning = {"TT", "Nhóm xã", "Số xã đánh giá"};
        for (int col = 0; col < spanning.length; col++) {
            sheet.header(top, col, spanning[col]);
            sheet.merge(top, bottom, col, col);
        }
        sheet.header(top, ALL, "Số xã theo số tiêu chí đạt");
        sheet.merge(top, top, ALL, BELOW);
        sheet.header(bottom, ALL, "Đạt đủ " + size + " tiêu chí");
        sheet.header(bottom, HALF, "Đạt " + half + "-" + (size - 1) + " tiêu chí");
        sheet.header(bottom, BELOW, "Đạt dưới " + half + " tiêu chí");
        sheet.header(top, TOTAL_MET, "Tổng số tiêu chí đạt");
        sheet.merge(top, bottom, TOTAL_MET, TOTAL_MET);
        sheet.header(top, AVERAGE, "Bình quân tiêu chí đạt/xã (trên " + size + ")");
        sheet.merge(top, bottom, AVERAGE, AVERAGE);
        sheet.codeRow("A", "B", "1", "2", "3", "4", "5", "6=5/1");
        sheet.columnWidths(WIDTHS);
    }

    private static void writeCounts(TableRow row, CriteriaCounts counts) {
        row.integer(COMMUNES, counts.communes())
                .integer(ALL, counts.meetingAll())
                .integer(HALF, counts.meetingHalfOrMore())
                .integer(BELOW, counts.belowHalf())
                .integer(TOTAL_MET, counts.totalMet())
                .formula(
                        AVERAGE,
                        Kind.DECIMAL1,
                        column(TOTAL_MET) + row.number() + "/" + column(COMMUNES) + row.number(),
                        counts.averageMetPerCommune());
    }

    private static void writeTotal(TableRow row, CriteriaCounts counts, int first, int last) {
        int[] columns = {COMMUNES, ALL, HALF, BELOW, TOTAL_MET};
        int[] values = {
            counts.communes(), counts.meetingAll(), counts.meetingHalfOrMore(), counts.belowHalf(), counts.totalMet()
        };
        for (int i = 0; i < columns.length; i++) {
            int col = columns[i];
            row.formula(
                    col,
                    Kind.INTEGER,
                    "SUM(" + column(col) + (first + 1) + ":" + column(col) + (last + 1) + ")",
                    values[i]);
        }
        row.formula(
                AVERAGE,
                Kind.DECIMAL1,
                column(TOTAL_MET) + row.number() + "/" + column(COMMUNES) + row.number(),
                counts.averageMetPerCommune());
    }
}
