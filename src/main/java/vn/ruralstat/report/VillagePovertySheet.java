package vn.ruralstat.report;

import static vn.ruralstat.output.TableSheet.column;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Workbook;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.office.OfficialForm;
import vn.ruralstat.output.FormLayout;
import vn.ruralstat.output.TableRow;
import vn.ruralstat.output.TableSheet;
import vn.ruralstat.output.WorkbookStyles;
import vn.ruralstat.output.WorkbookStyles.Kind;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.PovertyFigures;
import vn.ruralstat.poverty.VillagePoverty;
import vn.ruralstat.poverty.VillagePoverty.PlannedReduction;

/**
 * Sheet "Nghèo theo thôn": the villages of each commune with recomputed rates beside the
 * reported ones, each commune closed by a bold "Cộng xã …" row. Communes read as rows of their
 * parent unit's table have no villages: they are listed as communes, one row each, under their
 * parent and closed by a "Cộng …" row of that parent. Totals are SUBTOTAL formulas, which skip
 * other SUBTOTAL cells, so the final "Tổng cộng" can span every commune without counting the
 * commune rows twice; with several periods there is one "Tổng cộng kỳ …" per period.
 */
final class VillagePovertySheet {

    static final String NAME = "Nghèo theo thôn";

    private static final int TOTAL = 2;
    private static final int POOR = 3;
    private static final int POOR_RATE = 4;
    private static final int POOR_REPORTED = 5;
    private static final int NEAR = 6;
    private static final int NEAR_RATE = 7;
    private static final int NEAR_REPORTED = 8;
    private static final int PLANNED = 9;
    private static final int NAME_WIDTH = 24;
    private static final int SOURCE_WIDTH = 44;

    private final List<CommunePoverty> communes;
    private final boolean withPlanned;
    private final boolean withCommuneRows;
    private final int sourceColumn;

    private final ParentUnitLabels parents;

    VillagePovertySheet(List<CommunePoverty> communes, ParentUnitLabels parents) {
        this.communes = communes;
        this.parents = parents;
        this.withPlanned = communes.stream()
                .flatMap(c -> c.rows().stream())
                .anyMatch(v -> v.planned() != null && !v.planned().isEmpty());
        this.withCommuneRows = communes.stream().anyMatch(CommunePoverty::readAsRow);
        this.sourceColumn = withPlanned ? PLANNED + 4 : PLANNED;
    }

    void write(Workbook workbook, WorkbookStyles styles, String scope, OfficialForm form) {
        TableSheet sheet = new TableSheet(workbook, NAME, styles, sourceColumn);
        sheet.columnWidths(widths());
        FormLayout.heading(sheet, styles, form);
        sheet.subtitle("Phạm vi: " + scope);
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
            PovertyFigures all = PovertyFigures.ZERO;
            Long plannedPoor = null;
            Long plannedNear = null;
            for (List<CommunePoverty> block : blocks(ofPeriod)) {
                if (block.get(0).readAsRow()) writeCommuneRows(sheet, block);
                else writeCommune(sheet, block.get(0));
            }
            for (CommunePoverty commune : ofPeriod) {
                all = all.plus(commune.totals());
                plannedPoor = add(plannedPoor, commune.plannedPoorReduction());
                plannedNear = add(plannedNear, commune.plannedNearPoorReduction());
            }
            // With several periods each one closes with its own total, even over a single commune.
            if (ofPeriod.size() > 1 || periods.size() > 1) {
                String label =
                        DisputedMark.label(PovertyPeriods.totalLabel(periods, ofPeriod), DisputedMark.any(ofPeriod));
                TableRow total = sheet.row(true).text(1, label);
                totals(total, firstData, sheet.nextRow() - 2, all, plannedPoor, plannedNear);
            }
        }
        DisputedMark.noteUnder(sheet, communes);
        sheet.freezeHeader(2);
        FormLayout.signatures(sheet, styles, form);
    }

    private void header(TableSheet sheet) {
        int rows = withPlanned ? 3 : 2;
        sheet.referenceColumn(sourceColumn);
        int top = sheet.headerRows(rows, sourceColumn, 20);
        int bottom = top + rows - 1;
        sheet.rowHeight(bottom, 36);
        spanning(sheet, top, bottom, 0, "STT");
        spanning(sheet, top, bottom, 1, withCommuneRows ? "Thôn / xã" : "Thôn");
        spanning(sheet, top, bottom, TOTAL, "Tổng số hộ");
        group(sheet, top, bottom, POOR, "Hộ nghèo", "Số hộ", "Tỷ lệ (%)", "Tỷ lệ báo cáo (%)");
        group(sheet, top, bottom, NEAR, "Hộ cận nghèo", "Số hộ", "Tỷ lệ (%)", "Tỷ lệ báo cáo (%)");
        if (withPlanned) {
            sheet.header(top, PLANNED, "Kế hoạch giảm năm sau");
            sheet.merge(top, top, PLANNED, PLANNED + 3);
            sheet.header(top + 1, PLANNED, "Hộ nghèo");
            sheet.merge(top + 1, top + 1, PLANNED, PLANNED + 1);
            sheet.header(top + 1, PLANNED + 2, "Hộ cận nghèo");
            sheet.merge(top + 1, top + 1, PLANNED + 2, PLANNED + 3);
            for (int i = 0; i < 4; i++) sheet.header(bottom, PLANNED + i, i % 2 == 0 ? "Tỷ lệ (%)" : "Số hộ");
        }
        spanning(sheet, top, bottom, sourceColumn, "Nguồn (tệp › trang tính › ô)");
        sheet.codeRow(
                withPlanned
                        ? new String[] {
                            "A", "B", "1", "2", "3=2/1*100", "4", "5", "6=5/1*100", "7", "8", "9", "10", "11", "C"
                        }
                        : new String[] {"A", "B", "1", "2", "3=2/1*100", "4", "5", "6=5/1*100", "7", "C"});
    }

    private int[] widths() {
        return withPlanned
                ? new int[] {5, NAME_WIDTH, 10, 9, 9, 10, 9, 9, 10, 8, 8, 8, 8, SOURCE_WIDTH}
                : new int[] {5, NAME_WIDTH, 10, 9, 9, 10, 9, 9, 10, SOURCE_WIDTH};
    }

    private static void spanning(TableSheet sheet, int top, int bottom, int col, String text) {
        sheet.header(top, col, text);
        sheet.merge(top, bottom, col, col);
    }

    private static void group(TableSheet sheet, int top, int bottom, int first, String title, String... parts) {
        sheet.header(top, first, title);
        sheet.merge(top, top, first, first + parts.length - 1);
        for (int i = 0; i < parts.length; i++) spanning(sheet, top + 1, bottom, first + i, parts[i]);
    }

    private void writeCommune(TableSheet sheet, CommunePoverty commune) {
        // The official code beside the name: two communes of one name are told apart by it.
        String named = VietnameseLabels.withKindCapitalised("xã", commune.commune())
                + (commune.code() == null ? "" : " (mã " + commune.code() + ")");
        String heading = VietnameseLabels.withPeriod(named, commune.period());
        if (commune.parent() != null) heading += " (" + parents.label(commune.parent(), commune.parentProvince()) + ")";
        sheet.groupHeading(heading);
        int first = sheet.nextRow();
        int stt = 1;
        for (VillagePoverty village : commune.villages()) {
            writeRow(sheet.row(false), stt++, village.name(), village);
        }
        TableRow subtotal = sheet.row(true)
                .text(
                        1,
                        DisputedMark.label(
                                "Cộng " + VietnameseLabels.withKind("xã", commune.commune()), commune.disputed()));
        totals(
                subtotal,
                first,
                sheet.nextRow() - 2,
                commune.totals(),
                commune.plannedPoorReduction(),
                commune.plannedNearPoorReduction());
        String source = describe(commune.source());
        subtotal.text(sourceColumn, source).fitting(source, SOURCE_WIDTH);
    }

    /**
     * Communes of one parent and period read as rows of the parent's table: a heading naming the
     * parent, one row per commune with its own figures and cell, and the parent's "Cộng" row.
     */
    private void writeCommuneRows(TableSheet sheet, List<CommunePoverty> block) {
        CommunePoverty first = block.get(0);
        sheet.groupHeading(VietnameseLabels.withPeriod(
                        "Các xã thuộc " + parents.label(first.parent(), first.parentProvince()), first.period())
                + " (biểu theo xã, không có số liệu từng thôn)");
        int firstRow = sheet.nextRow();
        PovertyFigures sum = PovertyFigures.ZERO;
        Long plannedPoor = null;
        Long plannedNear = null;
        int stt = 1;
        for (CommunePoverty commune : block) {
            // The name as the source wrote it, kind word included ("Thị trấn Vân Tùng").
            writeRow(
                    sheet.row(false),
                    stt++,
                    VietnameseLabels.withKindCapitalised("xã", commune.ownRow().name()),
                    commune.ownRow());
            sum = sum.plus(commune.totals());
            plannedPoor = add(plannedPoor, commune.plannedPoorReduction());
            plannedNear = add(plannedNear, commune.plannedNearPoorReduction());
        }
        TableRow subtotal = sheet.row(true)
                .text(
                        1,
                        DisputedMark.label(
                                "Cộng " + parents.label(first.parent(), first.parentProvince()),
                                DisputedMark.any(block)));
        totals(subtotal, firstRow, sheet.nextRow() - 2, sum, plannedPoor, plannedNear);
        String source = describe(first.source().at(null));
        subtotal.text(sourceColumn, source).fitting(source, SOURCE_WIDTH);
    }

    /**
     * The communes in order, each commune with villages a block of its own, and consecutive
     * communes read as rows of one parent's table for one period a block together.
     */
    private static List<List<CommunePoverty>> blocks(List<CommunePoverty> communes) {
        List<List<CommunePoverty>> blocks = new ArrayList<>();
        for (CommunePoverty commune : communes) {
            List<CommunePoverty> last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (commune.readAsRow()
                    && last != null
                    && last.get(0).readAsRow()
                    && Objects.equals(last.get(0).parent(), commune.parent())
                    && Objects.equals(last.get(0).parentProvince(), commune.parentProvince())
                    && Objects.equals(last.get(0).period(), commune.period())) {
                last.add(commune);
            } else {
                blocks.add(new ArrayList<>(List.of(commune)));
            }
        }
        return blocks;
    }

    private void writeRow(TableRow row, int stt, String name, VillagePoverty village) {
        int r = row.number();
        PovertyFigures figures = village.figures();
        row.ordinal(0, stt)
                .text(1, DisputedMark.label(name, village.disputed()))
                .integer(TOTAL, figures.households())
                .integer(POOR, figures.poor())
                .formula(POOR_RATE, Kind.PERCENT, rate(POOR, r), figures.poorRate())
                .percent(POOR_REPORTED, village.reportedPoorRate())
                .integer(NEAR, figures.nearPoor())
                .formula(NEAR_RATE, Kind.PERCENT, rate(NEAR, r), figures.nearPoorRate())
                .percent(NEAR_REPORTED, village.reportedNearPoorRate());
        PlannedReduction planned = village.planned();
        if (withPlanned && planned != null) {
            row.percent(PLANNED, planned.poorRate())
                    .integer(PLANNED + 1, planned.poorHouseholds())
                    .percent(PLANNED + 2, planned.nearPoorRate())
                    .integer(PLANNED + 3, planned.nearPoorHouseholds());
        }
        SourceRef source = village.source();
        String where = describe(source);
        if (source == null || source.cell() == null) where += " › dòng " + village.row();
        row.text(sourceColumn, where).fitting(name, NAME_WIDTH).fitting(where, SOURCE_WIDTH);
    }

    /** Sums of the rows first..last (0-based) with SUBTOTAL, and rates recomputed from those sums. */
    private void totals(TableRow row, int first, int last, PovertyFigures figures, Long plannedPoor, Long plannedNear) {
        int r = row.number();
        sum(row, TOTAL, first, last, figures.households());
        sum(row, POOR, first, last, figures.poor());
        row.formula(POOR_RATE, Kind.PERCENT, rate(POOR, r), figures.poorRate());
        sum(row, NEAR, first, last, figures.nearPoor());
        row.formula(NEAR_RATE, Kind.PERCENT, rate(NEAR, r), figures.nearPoorRate());
        if (withPlanned) {
            sum(row, PLANNED + 1, first, last, plannedPoor);
            sum(row, PLANNED + 3, first, last, plannedNear);
        }
    }

    private static void sum(TableRow row, int col, int first, int last, Long value) {
        if (last < first) {
            // A commune without villages: a range would be reversed and reach the row itself.
            row.integer(col, value);
        } else {
            row.formula(
                    col,
                    Kind.INTEGER,
                    "SUBTOTAL(9," + column(col) + (first + 1) + ":" + column(col) + (last + 1) + ")",
                    value);
        }
    }

    /** households of the column over total households of the row × 100: "3=2/1*100". */
    private static String rate(int col, int row) {
        return column(col) + row + "/" + column(TOTAL) + row + "*100";
    }

    private static String describe(SourceRef source) {
        return source == null ? "" : source.describe();
    }

    private static Long add(Long sum, Long value) {
        if (value == null) return sum;
        return sum == null ? value : Math.addExact(sum, value);
    }
}
