package vn.ruralstat.report;

import static vn.ruralstat.output.TableSheet.column;

import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import vn.ruralstat.office.OfficialForm;
import vn.ruralstat.output.FormLayout;
import vn.ruralstat.output.TableRow;
import vn.ruralstat.output.TableSheet;
import vn.ruralstat.output.WorkbookStyles;
import vn.ruralstat.output.WorkbookStyles.Kind;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.PovertyFigures;
import vn.ruralstat.poverty.PovertyRollup;
import vn.ruralstat.report.PovertyGroups.Group;

/**
 * Sheet "Nghèo theo xã": one row per commune (its villages summed, or its own row when it was
 * read as one row of its parent unit's table: then "Số thôn" is blank), grouped under the parent
 * units, a "Cộng …" row per parent and a "Tổng cộng" row for the whole run. Every rate is
 * household-weighted: recomputed from the summed counts of its row, never a mean of rates. The
 * last column is the commune's official code in the national register ("Mã xã"), blank when the
 * register did not match its name.
 */
final class CommunePovertySheet {

    static final String NAME = "Nghèo theo xã";

    private static final int PERIOD = 2;
    private static final int VILLAGES = 3;
    private static final int TOTAL = 4;
    private static final int POOR = 5;
    private static final int POOR_RATE = 6;
    private static final int NEAR = 7;
    private static final int NEAR_RATE = 8;
    private static final int BOTH_RATE = 9;
    private static final int PLANNED_POOR = 10;
    private static final int PLANNED_NEAR = 11;
    private static final int SOURCE = 12;
    private static final int CODE = 13;
    private static final int NAME_WIDTH = 26;
    private static final int SOURCE_WIDTH = 40;
    private static final int[] WIDTHS = {4, NAME_WIDTH, 10, 7, 11, 9, 9, 9, 9, 12, 10, 10, SOURCE_WIDTH, 8};

    private final List<CommunePoverty> communes;
    private final List<PovertyRollup> rollups;
    private final ParentUnitLabels parents;

    CommunePovertySheet(List<CommunePoverty> communes, List<PovertyRollup> rollups) {
        this.communes = communes;
        this.rollups = rollups;
        this.parents = new ParentUnitLabels(rollups);
    }

    void write(Workbook workbook, WorkbookStyles styles, String scope, OfficialForm form) {
        TableSheet sheet = new TableSheet(workbook, NAME, styles, CODE);
        sheet.columnWidths(WIDTHS);
        FormLayout.heading(sheet, styles, form);
        sheet.subtitle("Phạm vi: " + scope + " · Tỷ lệ tính theo tổng số hộ");
        if (communes.isEmpty()) {
            sheet.note(TableSheet.NO_DATA);
            return;
        }
        FormLayout.unitOfMeasure(sheet, styles, form);
        header(sheet);
        // One "Tổng cộng" per period: the same territory in two years must never be added up.
        List<List<CommunePoverty>> periods = PovertyPeriods.split(communes);
        for (List<CommunePoverty> ofPeriod : periods) {
            int firstData = sheet.nextRow();
            Sums all = new Sums();
            for (Group group : PovertyGroups.of(ofPeriod, rollups)) {
                // Namesake districts of two provinces name their province.
                String province = group.parent() == null
                        ? ""
                        : parents.inProvince(
                                group.parent().unit(), group.parent().province());
                if (group.parent() != null) {
                    sheet.groupHeading(VietnameseLabels.withKindCapitalised(
                                    group.parent().level(), group.parent().unit())
                            + province);
                } else {
                    sheet.groupHeading("Xã chưa rõ đơn vị cấp trên");
                }
                int first = sheet.nextRow();
                Sums sums = new Sums();
                int tt = 1;
                for (CommunePoverty commune : group.communes()) {
                    writeCommune(sheet.row(false), tt++, commune);
                    sums.add(commune);
                }
                String label = group.parent() == null
                        ? "Cộng"
                        : "Cộng "
                                + VietnameseLabels.withKind(
                                        group.parent().level(), group.parent().unit())
                                + province;
                totals(
                        sheet.row(true).text(1, DisputedMark.label(label, DisputedMark.any(group.communes()))),
                        first,
                        sheet.nextRow() - 2,
                        sums);
                all.add(sums);
            }
            String label = DisputedMark.label(PovertyPeriods.totalLabel(periods, ofPeriod), DisputedMark.any(ofPeriod));
            totals(sheet.row(true).text(1, label), firstData, sheet.nextRow() - 2, all);
        }
        DisputedMark.noteUnder(sheet, communes);
        sheet.freezeHeader(2);
        FormLayout.signatures(sheet, styles, form);
    }

    private static void header(TableSheet sheet) {
        sheet.referenceColumn(SOURCE);
        int top = sheet.headerRows(2, CODE, 20);
        int bottom = top + 1;
        sheet.rowHeight(bottom, 50);
        String[] spanning = {"TT", "Xã", "Kỳ báo cáo", "Số thôn", "Tổng số hộ"};
        for (int col = 0; col < spanning.length; col++) spanning(sheet, top, bottom, col, spanning[col]);
        pair(sheet, top, POOR, "Hộ nghèo", "Số hộ", "Tỷ lệ (%)");
        pair(sheet, top, NEAR, "Hộ cận nghèo", "Số hộ", "Tỷ lệ (%)");
        spanning(sheet, top, bottom, BOTH_RATE, "Tỷ lệ hộ nghèo và cận nghèo (%)");
        pair(sheet, top, PLANNED_POOR, "Kế hoạch giảm năm sau (hộ)", "Hộ nghèo", "Hộ cận nghèo");
        spanning(sheet, top, bottom, SOURCE, "Nguồn (tệp › trang tính)");
        spanning(sheet, top, bottom, CODE, "Mã xã");
        sheet.codeRow("A", "B", "C", "1", "2", "3", "4=3/2*100", "5", "6=5/2*100", "7=(3+5)/2*100", "8", "9", "D", "E");
    }

    private static void spanning(TableSheet sheet, int top, int bottom, int col, String text) {
        sheet.header(top, col, text);
        sheet.merge(top, bottom, col, col);
    }

    private static void pair(TableSheet sheet, int top, int first, String title, String left, String right) {
        sheet.header(top, first, title);
        sheet.merge(top, top, first, first + 1);
        sheet.header(top + 1, first, left);
        sheet.header(top + 1, first + 1, right);
    }

    private static void writeCommune(TableRow row, int tt, CommunePoverty commune) {
        PovertyFigures totals = commune.totals();
        row.ordinal(0, tt)
                .text(1, DisputedMark.label(commune.commune(), commune.disputed()))
                .centered(PERIOD, commune.period())
                .integer(VILLAGES, villages(commune))
                .integer(TOTAL, totals.households())
                .integer(POOR, totals.poor())
                .integer(NEAR, totals.nearPoor())
                .integer(PLANNED_POOR, commune.plannedPoorReduction())
                .integer(PLANNED_NEAR, commune.plannedNearPoorReduction())
                .text(SOURCE, commune.source() == null ? "" : commune.source().describe())
                .centered(CODE, commune.code())
                .fitting(commune.commune(), NAME_WIDTH)
                .fitting(commune.source() == null ? "" : commune.source().describe(), SOURCE_WIDTH);
        rates(row, totals);
    }

    /** Number of villages summed; null (blank) for a commune read as one row, which has no village list. */
    private static Long villages(CommunePoverty commune) {
        return commune.readAsRow() ? null : (long) commune.villages().size();
    }

    private static void totals(TableRow row, int first, int last, Sums sums) {
        sum(row, VILLAGES, first, last, sums.villages);
        sum(row, TOTAL, first, last, sums.figures.households());
        sum(row, POOR, first, last, sums.figures.poor());
        sum(row, NEAR, first, last, sums.figures.nearPoor());
        sum(row, PLANNED_POOR, first, last, sums.plannedPoor);
        sum(row, PLANNED_NEAR, first, last, sums.plannedNear);
        rates(row, sums.figures);
    }

    /** Rates from the counts of the same row, as the code row says (4=3/2*100 …). */
    private static void rates(TableRow row, PovertyFigures figures) {
        int r = row.number();
        String total = column(TOTAL) + r;
        row.formula(POOR_RATE, Kind.PERCENT, column(POOR) + r + "/" + total + "*100", figures.poorRate())
                .formula(NEAR_RATE, Kind.PERCENT, column(NEAR) + r + "/" + total + "*100", figures.nearPoorRate())
                .formula(
                        BOTH_RATE,
                        Kind.PERCENT,
                        "(" + column(POOR) + r + "+" + column(NEAR) + r + ")/" + total + "*100",
                        figures.poorAndNearPoorRate());
    }

    /** SUBTOTAL skips the other SUBTOTAL cells in its range, so group rows are not counted twice. */
    private static void sum(TableRow row, int col, int first, int last, Long value) {
        if (last < first || value == null) {
            row.integer(col, value);
        } else {
            row.formula(
                    col,
                    Kind.INTEGER,
                    "SUBTOTAL(9," + column(col) + (first + 1) + ":" + column(col) + (last + 1) + ")",
                    value);
        }
    }

    /** Running sums of a group; villages and planned reductions stay null while no commune has them. */
    private static final class Sums {
        PovertyFigures figures = PovertyFigures.ZERO;
        Long villages;
        Long plannedPoor;
        Long plannedNear;

        void add(CommunePoverty commune) {
            figures = figures.plus(commune.totals());
            villages = plus(villages, villages(commune));
            plannedPoor = plus(plannedPoor, commune.plannedPoorReduction());
            plannedNear = plus(plannedNear, commune.plannedNearPoorReduction());
        }

        void add(Sums other) {
            figures = figures.plus(other.figures);
            villages = plus(villages, other.villages);
            plannedPoor = plus(plannedPoor, other.plannedPoor);
            plannedNear = plus(plannedNear, other.plannedNear);
        }

        private static Long plus(Long sum, Long value) {
            if (value == null) return sum;
            return sum == null ? value : Math.addExact(sum, value);
        }
    }
}
