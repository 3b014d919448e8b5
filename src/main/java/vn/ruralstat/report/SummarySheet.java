package vn.ruralstat.report;

import static vn.ruralstat.output.TableSheet.column;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Workbook;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.dataset.SourceFileSummary;
import vn.ruralstat.finding.Severity;
import vn.ruralstat.office.OfficialForm;
import vn.ruralstat.output.FormLayout;
import vn.ruralstat.output.TableRow;
import vn.ruralstat.output.TableSheet;
import vn.ruralstat.output.WorkbookStyles;
import vn.ruralstat.output.WorkbookStyles.Kind;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.PovertyFigures;
import vn.ruralstat.poverty.PovertyRollup;

/**
 * Sheet "Tổng hợp": the run on one page — poverty per parent unit, criteria per parent unit,
 * findings by severity and the row accounting of the source files.
 */
final class SummarySheet {

    static final String NAME = "Tổng hợp";

    private static final int LAST = 8;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final List<String> STATUS_ORDER = List.of("READ", "FAILED", "NO_TABLE", "SUPERSEDED");

    private final Consolidation consolidation;
    private final OffsetDateTime generatedAt;
    private final OfficialForm form;
    private final List<String> sheetsWithoutData;

    /** @param sheetsWithoutData the sheets left out of the workbook because their tables have no data */
    SummarySheet(
            Consolidation consolidation,
            OffsetDateTime generatedAt,
            OfficialForm form,
            List<String> sheetsWithoutData) {
        this.consolidation = consolidation;
        this.generatedAt = generatedAt;
        this.form = form;
        this.sheetsWithoutData = List.copyOf(sheetsWithoutData);
    }

    void write(Workbook workbook, WorkbookStyles styles) {
        TableSheet sheet = new TableSheet(workbook, NAME, styles, LAST);
        sheet.columnWidths(5, 30, 10, 11, 12, 12, 11, 12, 11);
        FormLayout.heading(sheet, styles, form);
        String units = ReportForms.units(consolidation);
        if (!units.isEmpty()) sheet.subtitle("Đơn vị: " + units);
        sheet.subtitle("Lần tổng hợp số " + consolidation.runId() + " · Ngày lập: " + SHOWN.format(generatedAt));
        FormLayout.unitOfMeasure(sheet, styles, form);
        poverty(sheet);
        criteria(sheet);
        rulebooks(sheet);
        findings(sheet);
        sources(sheet);
        sheet.skipRow();
        sheet.note("Ghi chú: tỷ lệ của xã và đơn vị cấp trên tính theo tổng số hộ (tổng hộ nghèo / tổng số hộ × 100), "
                + "không lấy bình quân tỷ lệ của các thôn, xã.");
        if (!sheetsWithoutData.isEmpty()) {
            sheet.note("Không lập biểu vì không có số liệu: " + String.join(", ", sheetsWithoutData) + ".");
        }
        FormLayout.signatures(sheet, styles, form);
    }

    private void poverty(TableSheet sheet) {
        sheet.sectionHeading("I. Hộ nghèo, hộ cận nghèo theo đơn vị");
        List<PovertyRollup> rollups = consolidation.rollups();
        if (rollups.isEmpty()) {
            sheet.note(TableSheet.NO_DATA);
            sheet.skipRow();
            return;
        }
        headers(
                sheet,
                "TT",
                "Đơn vị",
                "Cấp",
                "Kỳ báo cáo",
                "Tổng số hộ",
                "Hộ nghèo",
                "Tỷ lệ hộ nghèo (%)",
                "Hộ cận nghèo",
                "Tỷ lệ hộ cận nghèo (%)");
        int tt = 1;
        for (PovertyRollup rollup : rollups) {
            if (!PovertyGroups.isWholeRun(rollup)) {
                povertyLine(sheet.row(false), tt++, rollup.unit(), rollup.level(), rollup.period(), rollup.figures());
                continue;
            }
            // The run's line per period is no unit: communes without a parent are listed as units, and the
            // total of the units is printed only when it sums more than one of them.
            List<CommunePoverty> orphans = consolidation.poverty().stream()
                    .filter(c -> c.parent() == null && Objects.equals(c.period(), rollup.period()))
                    .toList();
            for (CommunePoverty commune : orphans) {
                povertyLine(
                        sheet.row(false), tt++, "xã " + commune.commune(), "xã", commune.period(), commune.totals());
            }
            long units = orphans.size()
                    + rollups.stream()
                            .filter(r -> !PovertyGroups.isWholeRun(r) && Objects.equals(r.period(), rollup.period()))
                            .count();
            if (units > 1) {
                povertyLine(sheet.row(true), null, "Tổng cộng các đơn vị trên", "", rollup.period(), rollup.figures());
            }
        }
        sheet.skipRow();
    }

    private static void povertyLine(
            TableRow row, Integer tt, String unit, String level, String period, PovertyFigures figures) {
        int r = row.number();
        if (tt != null) row.ordinal(0, tt);
        row.text(1, unit)
                .centered(2, level)
                .centered(3, period)
                .integer(4, figures.households())
                .integer(5, figures.poor())
                .integer(7, figures.nearPoor())
                .formula(6, Kind.PERCENT, "F" + r + "/E" + r + "*100", figures.poorRate())
                .formula(8, Kind.PERCENT, "H" + r + "/E" + r + "*100", figures.nearPoorRate());
    }

    private void criteria(TableSheet sheet) {
        sheet.sectionHeading("II. Tiêu chí nông thôn mới theo đơn vị");
        List<DistrictCriteria> districts = consolidation.criteria();
        ParentUnitLabels parents = new ParentUnitLabels(consolidation.rollups(), consolidation.criteria());
        if (districts.isEmpty()) {
            sheet.note(TableSheet.NO_DATA);
            sheet.skipRow();
            return;
        }
        int header = headers(
                sheet,
                "TT",
                "Đơn vị",
                "Kỳ báo cáo",
                "Số xã",
                "Tổng số tiêu chí đạt",
                "Bình quân tiêu chí/xã",
                "Bộ tiêu chí",
                "",
                "");
        sheet.merge(header, header, 6, LAST);
        int tt = 1;
        for (DistrictCriteria district : districts) {
            TableRow row = sheet.row(false);
            int r = row.number();
            row.ordinal(0, tt++)
                    .text(1, parents.labelCapitalised(district.unit(), district.province()))
                    .centered(2, district.period())
                    .integer(3, district.communes().size())
                    .integer(4, district.totalMet())
                    .formula(5, Kind.DECIMAL1, "E" + r + "/D" + r, district.averageMetPerCommune())
                    .text(6, district.stamp().officialName())
                    .fitting(district.stamp().officialName(), 32);
            sheet.merge(r - 1, r - 1, 6, LAST);
        }
        sheet.skipRow();
    }

    /** Which rulebook, by its official name, the criteria figures of each period were computed under. */
    private void rulebooks(TableSheet sheet) {
        List<RulebookStamps.Shown> uses = RulebookStamps.shown(consolidation);
        if (uses.isEmpty()) return;
        sheet.sectionHeading("Bộ tiêu chí áp dụng cho từng kỳ (số liệu của các bộ khác nhau không cộng chung)");
        int header = headers(sheet, "TT", "Bộ tiêu chí", "", "Kỳ báo cáo", "Dùng cho");
        sheet.merge(header, header, 1, 2);
        int tt = 1;
        for (RulebookStamps.Shown use : uses) {
            TableRow row = sheet.row(false);
            row.ordinal(0, tt++)
                    .text(1, use.name())
                    .fitting(use.name(), 30)
                    .centered(3, use.period())
                    .text(4, use.matrix() ? "Biểu tiêu chí (đếm ô x / năm)" : "Chỉ tiêu so với mức yêu cầu");
            sheet.merge(row.number() - 1, row.number() - 1, 1, 2);
        }
        sheet.skipRow();
    }

    private void findings(TableSheet sheet) {
        sheet.sectionHeading(
                "III. Phát hiện về chất lượng số liệu (chi tiết ở trang tính \"" + FindingsSheet.NAME + "\")");
        headers(sheet, "TT", "Mức độ", "Số phát hiện");
        int first = sheet.nextRow();
        int tt = 1;
        for (Severity severity : Severity.values()) {
            long count = consolidation.findings().stream()
                    .filter(f -> f.severity() == severity)
                    .count();
            sheet.row(false)
                    .ordinal(0, tt++)
                    .text(1, VietnameseLabels.severity(severity))
                    .integer(2, count);
        }
        int last = sheet.nextRow() - 1;
        sheet.row(true)
                .text(1, "Cộng")
                .formula(
                        2,
                        Kind.INTEGER,
                        sum(2, first, last),
                        consolidation.findings().size());
        sheet.skipRow();
    }

    private void sources(TableSheet sheet) {
        sheet.sectionHeading("IV. Tệp số liệu và số dòng (chi tiết ở trang tính \"" + SourcesSheet.NAME + "\")");
        headers(sheet, "TT", "Trạng thái tệp", "Số tệp", "Số dòng đã đọc", "Dòng sử dụng", "Dòng bị loại", "Dòng khác");
        Map<String, List<SourceFileSummary>> byStatus = new LinkedHashMap<>();
        STATUS_ORDER.forEach(status -> byStatus.put(status, new ArrayList<>()));
        consolidation.sources().forEach(s -> byStatus.computeIfAbsent(s.status(), k -> new ArrayList<>())
                .add(s));
        int first = sheet.nextRow();
        int tt = 1;
        for (Map.Entry<String, List<SourceFileSummary>> entry : byStatus.entrySet()) {
            List<SourceFileSummary> files = entry.getValue();
            if (files.isEmpty()) continue;
            sheet.row(false)
                    .ordinal(0, tt++)
                    .text(1, VietnameseLabels.sourceStatus(entry.getKey()))
                    .integer(2, files.size())
                    .integer(
                            3,
                            files.stream()
                                    .mapToLong(SourceFileSummary::rowsRead)
                                    .sum())
                    .integer(
                            4,
                            files.stream()
                                    .mapToLong(SourceFileSummary::rowsUsed)
                                    .sum())
                    .integer(
                            5,
                            files.stream()
                                    .mapToLong(SourceFileSummary::rowsRejected)
                                    .sum())
                    .integer(
                            6,
                            files.stream()
                                    .mapToLong(SourceFileSummary::rowsOther)
                                    .sum());
        }
        int last = sheet.nextRow() - 1;
        List<SourceFileSummary> all = consolidation.sources();
        long[] totals = {
            all.size(),
            all.stream().mapToLong(SourceFileSummary::rowsRead).sum(),
            all.stream().mapToLong(SourceFileSummary::rowsUsed).sum(),
            all.stream().mapToLong(SourceFileSummary::rowsRejected).sum(),
            all.stream().mapToLong(SourceFileSummary::rowsOther).sum()
        };
        TableRow total = sheet.row(true).text(1, "Cộng");
        for (int i = 0; i < totals.length; i++) {
            if (last < first) {
                total.integer(2 + i, totals[i]);
            } else {
                total.formula(2 + i, Kind.INTEGER, sum(2 + i, first, last), totals[i]);
            }
        }
    }

    /** A one-row header over as many columns as titles. @return the header row index */
    private static int headers(TableSheet sheet, String... titles) {
        int row = sheet.headerRows(1, titles.length - 1, 34);
        for (int col = 0; col < titles.length; col++) sheet.header(row, col, titles[col]);
        return row;
    }

    private static String sum(int col, int first, int last) {
        return "SUM(" + column(col) + (first + 1) + ":" + column(col) + (last + 1) + ")";
    }
}
