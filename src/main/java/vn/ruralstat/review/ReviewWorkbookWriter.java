package vn.ruralstat.review;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.ruralstat.boundary.BoundaryChange;
import vn.ruralstat.office.OfficialForm;
import vn.ruralstat.office.OfficialForms;
import vn.ruralstat.office.ReportForm;
import vn.ruralstat.office.ReportPeriods;
import vn.ruralstat.output.ChartsSheet;
import vn.ruralstat.output.FormLayout;
import vn.ruralstat.output.RenderedChart;
import vn.ruralstat.output.TableRow;
import vn.ruralstat.output.TableSheet;
import vn.ruralstat.output.WorkbookStyles;
import vn.ruralstat.output.WorkbookStyles.Kind;
import vn.ruralstat.review.Review.PlanGap;
import vn.ruralstat.review.Review.SeriesBreak;
import vn.ruralstat.review.Review.YearFigures;
import vn.ruralstat.unit.Unit;

/**
 * The workbook of a multi-year review, in the official table style of the consolidation report:
 * the unit's figures per year with changes and break markers, poverty per today's unit restated,
 * criteria per commune over the years, plans against results, the boundary changes applied, the
 * charts and the source files.
 */
final class ReviewWorkbookWriter {

    private static final int[] YEARS_COLUMNS = {5, 7, 11, 10, 10, 11, 10, 10, 11, 9, 10, 10, 10, 26, 26, 38};
    private static final int YEARS_WIDTH =
            java.util.Arrays.stream(YEARS_COLUMNS).sum();

    private final OfficialForms forms;

    ReviewWorkbookWriter(OfficialForms forms) {
        this.forms = forms;
    }

    void write(Review review, List<RenderedChart> charts, OffsetDateTime generatedAt, Path target) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.setCompressTempFiles(true);
            WorkbookStyles styles = new WorkbookStyles(workbook);
            OfficialForm form = forms.form(
                    ReportForm.REVIEW,
                    // "huyện Quảng Hòa (cũ)" is a virtual unit of the review; its people's committee is the district's.
                    Unit.parse(review.unit().replace("(cũ)", "").strip()),
                    null,
                    ReportPeriods.label(List.of(review.from() + "-" + review.to())),
                    "",
                    generatedAt.toLocalDate());
            years(workbook, styles, review, form, generatedAt);
            // A table without data gets no sheet: an empty page must not be printed.
            if (!review.unitYears().isEmpty())
                units(workbook, styles, review, form.forReport(form.formNumber(), "", form.period(), "hộ; tỷ lệ: %"));
            if (!review.communes().isEmpty())
                communes(workbook, styles, review, form.forReport(form.formNumber(), "", form.period(), "tiêu chí"));
            if (!review.gaps().isEmpty()) plans(workbook, styles, review, form);
            if (!review.communePlans().isEmpty())
                communePlans(
                        workbook, styles, review, form.forReport(form.formNumber(), "", form.period(), "tiêu chí"));
            if (!review.changes().isEmpty()) boundaries(workbook, styles, review);
            if (!charts.isEmpty()) new ChartsSheet(charts).write(workbook, styles, review.unit());
            if (!review.files().isEmpty()) files(workbook, styles, review);
            POIXMLProperties.CoreProperties core =
                    workbook.getXSSFWorkbook().getProperties().getCoreProperties();
            core.setTitle("Đánh giá giai đoạn " + review.from() + "-" + review.to() + " – " + review.unit());
            core.setCreator("ruralstat");
            workbook.setActiveSheet(0);
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
    }

    private static void years(
            SXSSFWorkbook workbook, WorkbookStyles styles, Review r, OfficialForm form, OffsetDateTime generatedAt) {
        TableSheet sheet = new TableSheet(workbook, "Tổng hợp theo năm", styles, 15);
        sheet.columnWidths(YEARS_COLUMNS);
        FormLayout.heading(
                sheet,
                styles,
                titled(
                        form,
                        "ĐÁNH GIÁ KẾT QUẢ GIẢM NGHÈO VÀ XÂY DỰNG NÔNG THÔN MỚI GIAI ĐOẠN " + r.from() + "-" + r.to()));
        sheet.subtitle("Đơn vị: " + r.unit() + " (gồm: " + String.join(", ", r.units()) + ")");
        sheet.subtitle("Số liệu các năm quy về đơn vị hành chính tại ngày " + date(r.unitsOn()) + "; lập lúc "
                + generatedAt.toLocalDateTime().withNano(0).toString().replace('T', ' '));
        sheet.skipRow();
        int h = sheet.headerRows(2, 15, 30);
        String[] top = {
            "TT",
            "Năm",
            "Tổng số hộ",
            "Hộ nghèo",
            "",
            "",
            "Hộ cận nghèo",
            "",
            "",
            "Tiêu chí NTM",
            "",
            "",
            "",
            "Bộ tiêu chí",
            "Chuẩn nghèo",
            "Ghi chú (gián đoạn chuỗi số liệu, số liệu chưa đủ)"
        };
        for (int c = 0; c < top.length; c++) sheet.header(h, c, top[c]);
        String[] sub = {
            "",
            "",
            "",
            "Số hộ",
            "Tỷ lệ (%)",
            "Tăng (+), giảm (-) so với năm trước (điểm %)",
            "Số hộ",
            "Tỷ lệ (%)",
            "Tăng (+), giảm (-) (điểm %)",
            "Số xã",
            "Tổng số tiêu chí đạt",
            "Bình quân tiêu chí/xã",
            "Tăng (+), giảm (-) bình quân"
        };
        for (int c = 3; c < sub.length; c++) sheet.header(h + 1, c, sub[c]);
        for (int c : new int[] {0, 1, 2, 13, 14, 15}) sheet.merge(h, h + 1, c, c);
        sheet.merge(h, h, 3, 5);
        sheet.merge(h, h, 6, 8);
        sheet.merge(h, h, 9, 12);
        sheet.rowHeight(h + 1, 62);
        sheet.codeRow(
                "A", "B", "1", "2", "3=2/1*100", "4", "5", "6=5/1*100", "7", "8", "9", "10=9/8", "11", "C", "D", "E");
        sheet.freezeHeader(2);
        Map<Integer, Integer> rowOfYear = new LinkedHashMap<>();
        int n = 1;
        for (YearFigures y : r.years()) {
            TableRow row = sheet.row(false);
            rowOfYear.put(y.year(), row.number());
            int at = row.number();
            row.ordinal(0, n++)
                    .year(1, y.year())
                    .integer(2, y.households())
                    .integer(3, y.poor())
                    .formula(4, Kind.PERCENT, "IF(C" + at + ">0,D" + at + "/C" + at + "*100,\"\")", y.poorRate())
                    .integer(6, y.nearPoor())
                    .formula(7, Kind.PERCENT, "IF(C" + at + ">0,G" + at + "/C" + at + "*100,\"\")", y.nearPoorRate())
                    .integer(9, y.communes())
                    .integer(10, y.criteriaMet())
                    .formula(11, Kind.DECIMAL1, "IF(J" + at + ">0,K" + at + "/J" + at + ",\"\")", y.averageMet())
                    .text(13, r.rulebookName(y.criteriaSet()))
                    .text(14, r.rulebookName(y.povertyStandard()))
                    .fitting(r.rulebookName(y.criteriaSet()), YEARS_COLUMNS[13])
                    .fitting(r.rulebookName(y.povertyStandard()), YEARS_COLUMNS[14]);
            if (y.previousYear() != null) {
                int before = rowOfYear.get(y.previousYear());
                row.formula(5, Kind.PERCENT, "E" + at + "-E" + before, y.poorRateChange())
                        .formula(8, Kind.PERCENT, "H" + at + "-H" + before, y.nearPoorRateChange());
            }
            if (y.criteriaPreviousYear() != null) {
                row.formula(
                        12,
                        Kind.DECIMAL1,
                        "L" + at + "-L" + rowOfYear.get(y.criteriaPreviousYear()),
                        y.averageMetChange());
            }
            String note = yearNote(r, y);
            row.text(15, note).fitting(note, 38);
        }
        sheet.skipRow();
        sheet.sectionHeading("Cách tính");
        sheet.paragraph(
                "Tỷ lệ tính theo số hộ (cộng số hộ rồi chia), không lấy bình quân các tỷ lệ. Số hộ các năm trước được quy về"
                        + " đơn vị hiện nay bằng bảng chuyển đổi địa giới (sáp nhập: cộng; chia tách: nhân theo tỷ lệ).",
                YEARS_WIDTH);
        sheet.paragraph(
                "Số tiêu chí đạt không cộng được khi sáp nhập xã: mỗi năm tính trên các xã như lúc báo cáo; thay đổi địa giới"
                        + " giữa hai năm được ghi là gián đoạn chuỗi số liệu.",
                YEARS_WIDTH);
        if (!r.notes().isEmpty()) {
            sheet.skipRow();
            sheet.sectionHeading("Lưu ý");
            r.notes().forEach(note -> sheet.paragraph(note, YEARS_WIDTH));
        }
        FormLayout.signatures(sheet, styles, form);
    }

    private static String yearNote(Review r, YearFigures y) {
        List<String> parts = new ArrayList<>();
        for (SeriesBreak b : r.breaks()) {
            if (b.year() == y.year()) parts.add("Gián đoạn so với năm " + b.fromYear() + ": " + breakLabel(r, b));
        }
        if (y.partial()) parts.add("Số liệu hộ nghèo chưa đủ các đơn vị (xem mục Lưu ý)");
        if (!y.hasPoverty() && !y.hasCriteria()) parts.add(TableSheet.NO_DATA);
        return String.join("; ", parts);
    }

    /** "đổi bộ tiêu chí: Bộ tiêu chí … 2021-2025 (QĐ 318/QĐ-TTg) → …", as marker labels and notes read. */
    static String breakLabel(Review r, SeriesBreak b) {
        return switch (b.kind()) {
            case CRITERIA_SET -> "đổi bộ tiêu chí: " + r.rulebookName(b.before()) + " → " + r.rulebookName(b.after());
            case POVERTY_STANDARD ->
                "đổi chuẩn nghèo: " + r.rulebookName(b.before()) + " → " + r.rulebookName(b.after());
            case BOUNDARIES -> "thay đổi địa giới, " + b.before() + " → " + b.after();
        };
    }

    private static void units(SXSSFWorkbook workbook, WorkbookStyles styles, Review r, OfficialForm form) {
        TableSheet sheet = new TableSheet(workbook, "Hộ nghèo theo đơn vị", styles, 10);
        sheet.columnWidths(5, 20, 7, 11, 10, 10, 12, 10, 10, 36, 24);
        FormLayout.heading(
                sheet, styles, titled(form, "HỘ NGHÈO, HỘ CẬN NGHÈO THEO ĐƠN VỊ HIỆN NAY, " + r.from() + "-" + r.to()));
        sheet.subtitle(r.unit() + "; đơn vị hành chính tại ngày " + date(r.unitsOn()));
        sheet.skipRow();
        int h = sheet.headerRows(1, 10, 45);
        String[] head = {
            "TT",
            "Đơn vị hiện nay",
            "Năm",
            "Tổng số hộ",
            "Hộ nghèo",
            "Tỷ lệ hộ nghèo (%)",
            "Tăng (+), giảm (-) so với năm trước (điểm %)",
            "Hộ cận nghèo",
            "Tỷ lệ hộ cận nghèo (%)",
            "Quy đổi từ (đơn vị lúc báo cáo)",
            "Thiếu số liệu của"
        };
        for (int c = 0; c < head.length; c++) sheet.header(h, c, head[c]);
        sheet.codeRow("A", "B", "C", "1", "2", "3=2/1*100", "4", "5", "6=5/1*100", "D", "E");
        sheet.freezeHeader(2);
        if (r.unitYears().isEmpty()) {
            sheet.note(TableSheet.NO_DATA);
            FormLayout.signatures(sheet, styles, form);
            return;
        }
        java.util.Map<Review.UnitYear, Integer> rowOf = new java.util.HashMap<>();
        int n = 1;
        for (Review.UnitYear u : r.unitYears()) {
            TableRow row = sheet.row(false);
            int at = row.number();
            rowOf.put(u, at);
            String from = String.join(", ", u.from());
            row.ordinal(0, n++)
                    .text(1, u.unit())
                    .year(2, u.year())
                    .integer(3, u.households())
                    .integer(4, u.poor())
                    .formula(5, Kind.PERCENT, "IF(D" + at + ">0,E" + at + "/D" + at + "*100,\"\")", u.poorRate())
                    .integer(7, u.nearPoor())
                    .formula(8, Kind.PERCENT, "IF(D" + at + ">0,H" + at + "/D" + at + "*100,\"\")", u.nearPoorRate())
                    .text(9, from)
                    .fitting(from, 36)
                    .text(10, String.join(", ", u.missing()));
            Review.UnitYear before = r.before(u);
            if (before != null) row.formula(6, Kind.PERCENT, "F" + at + "-F" + rowOf.get(before), r.poorRateChange(u));
        }
        FormLayout.signatures(sheet, styles, form);
    }

    private static void communePlans(SXSSFWorkbook workbook, WorkbookStyles styles, Review r, OfficialForm form) {
        TreeSet<Integer> years = new TreeSet<>();
        r.communePlans().forEach(p -> years.add(p.year()));
        int last = 3 + 3 * Math.max(1, years.size());
        TableSheet sheet = new TableSheet(workbook, "Kế hoạch theo xã", styles, last);
        int[] widths = new int[last + 1];
        widths[0] = 5;
        widths[1] = 20;
        widths[2] = 18;
        widths[3] = 10;
        for (int c = 4; c <= last; c++) widths[c] = 8;
        sheet.columnWidths(widths);
        FormLayout.heading(sheet, styles, titled(form, "TIÊU CHÍ ĐẠT CỦA TỪNG XÃ SO VỚI KẾ HOẠCH"));
        sheet.subtitle(
                r.unit() + "; kế hoạch: số tiêu chí đạt khi lập kế hoạch cộng số tiêu chí phấn đấu đạt đến hết năm;"
                        + " chênh lệch = thực hiện − kế hoạch");
        sheet.skipRow();
        int h = sheet.headerRows(2, last, 30);
        for (int c : new int[] {0, 1, 2, 3}) sheet.merge(h, h + 1, c, c);
        sheet.header(h, 0, "TT");
        sheet.header(h, 1, "Xã (lúc lập kế hoạch)");
        sheet.header(h, 2, "Đơn vị hiện nay");
        sheet.header(h, 3, "Năm phấn đấu đạt chuẩn NTM");
        int col = 4;
        for (int y : years) {
            sheet.header(h, col, "Năm " + y);
            sheet.merge(h, h, col, col + 2);
            sheet.header(h + 1, col, "Kế hoạch");
            sheet.header(h + 1, col + 1, "Thực hiện");
            sheet.header(h + 1, col + 2, "Chênh lệch");
            col += 3;
        }
        sheet.freezeHeader(3);
        if (years.isEmpty()) {
            sheet.note(TableSheet.NO_DATA);
            FormLayout.signatures(sheet, styles, form);
            return;
        }
        java.util.Map<CommuneToday, java.util.Map<Integer, Review.CommunePlan>> byCommune =
                new java.util.LinkedHashMap<>();
        r.communePlans().forEach(p -> byCommune
                .computeIfAbsent(new CommuneToday(p.commune(), p.todayUnit()), k -> new java.util.LinkedHashMap<>())
                .put(p.year(), p));
        int n = 1;
        for (java.util.Map<Integer, Review.CommunePlan> plan : byCommune.values()) {
            Review.CommunePlan any = plan.values().iterator().next();
            TableRow row = sheet.row(false)
                    .ordinal(0, n++)
                    .text(1, any.commune())
                    .text(2, any.todayUnit())
                    .year(3, any.ntmYear());
            int at = row.number();
            col = 4;
            for (int y : years) {
                Review.CommunePlan p = plan.get(y);
                if (p != null) {
                    row.integer(col, p.planned()).integer(col + 1, p.achieved());
                    row.formula(
                            col + 2,
                            Kind.INTEGER,
                            TableSheet.column(col + 1) + at + "-" + TableSheet.column(col) + at,
                            p.gap());
                }
                col += 3;
            }
        }
        FormLayout.signatures(sheet, styles, form);
    }

    private static void communes(SXSSFWorkbook workbook, WorkbookStyles styles, Review r, OfficialForm form) {
        TreeSet<Integer> years = new TreeSet<>();
        r.communes().forEach(c -> years.add(c.year()));
        int last = 2 + Math.max(1, years.size());
        TableSheet sheet = new TableSheet(workbook, "Tiêu chí theo xã", styles, last);
        int[] widths = new int[last + 1];
        widths[0] = 5;
        widths[1] = 22;
        widths[2] = 20;
        for (int c = 3; c <= last; c++) widths[c] = 10;
        sheet.columnWidths(widths);
        FormLayout.heading(sheet, styles, titled(form, "SỐ TIÊU CHÍ NÔNG THÔN MỚI ĐẠT CỦA TỪNG XÃ QUA CÁC NĂM"));
        sheet.subtitle(r.unit() + "; xã ghi theo tên lúc báo cáo");
        sheet.skipRow();
        int h = sheet.headerRows(1, last, 45);
        sheet.header(h, 0, "TT");
        sheet.header(h, 1, "Xã (lúc báo cáo)");
        sheet.header(h, 2, "Đơn vị hiện nay");
        int col = 3;
        for (int y : years) sheet.header(h, col++, "Năm " + y);
        sheet.freezeHeader(3);
        if (years.isEmpty()) {
            sheet.note(TableSheet.NO_DATA);
            FormLayout.signatures(sheet, styles, form);
            return;
        }
        Map<CommuneToday, Map<Integer, Review.CommuneYear>> byCommune = new LinkedHashMap<>();
        r.communes().forEach(c -> byCommune
                .computeIfAbsent(new CommuneToday(c.commune(), c.todayUnit()), k -> new LinkedHashMap<>())
                .put(c.year(), c));
        int n = 1;
        int firstData = -1;
        int lastData = -1;
        for (Map<Integer, Review.CommuneYear> row : byCommune.values()) {
            Review.CommuneYear any = row.values().iterator().next();
            TableRow t = sheet.row(false).ordinal(0, n++).text(1, any.commune()).text(2, any.todayUnit());
            if (firstData < 0) firstData = t.number();
            lastData = t.number();
            col = 3;
            for (int y : years) {
                Review.CommuneYear c = row.get(y);
                t.integer(col++, c == null ? null : c.met());
            }
        }
        TableRow total = sheet.row(true).text(1, "Tổng cộng");
        TableRow average = sheet.row(true).text(1, "Bình quân tiêu chí/xã");
        col = 3;
        for (int y : years) {
            String letter = TableSheet.column(col);
            String range = letter + firstData + ":" + letter + lastData;
            int sum = r.communes().stream()
                    .filter(c -> c.year() == y)
                    .mapToInt(Review.CommuneYear::met)
                    .sum();
            long count = r.communes().stream().filter(c -> c.year() == y).count();
            total.formula(col, Kind.INTEGER, "SUM(" + range + ")", sum);
            average.formula(
                    col,
                    Kind.DECIMAL1,
                    "IF(COUNT(" + range + ")>0,SUM(" + range + ")/COUNT(" + range + "),\"\")",
                    count == 0 ? null : (double) sum / count);
            col++;
        }
        FormLayout.signatures(sheet, styles, form);
    }

    private static void plans(SXSSFWorkbook workbook, WorkbookStyles styles, Review r, OfficialForm form) {
        TableSheet sheet = new TableSheet(workbook, "Kế hoạch và thực hiện", styles, 6);
        sheet.columnWidths(5, 40, 7, 12, 12, 14, 50);
        FormLayout.heading(sheet, styles, titled(form, "SO SÁNH KẾT QUẢ THỰC HIỆN VỚI KẾ HOẠCH"));
        sheet.subtitle(r.unit() + "; chênh lệch = thực hiện − kế hoạch (hộ nghèo: số âm là tốt hơn kế hoạch)");
        sheet.skipRow();
        int h = sheet.headerRows(1, 6, 45);
        String[] head = {"TT", "Chỉ tiêu", "Năm", "Kế hoạch", "Thực hiện", "Chênh lệch", "Căn cứ"};
        for (int c = 0; c < head.length; c++) sheet.header(h, c, head[c]);
        sheet.codeRow("A", "B", "C", "1", "2", "3=2-1", "D");
        sheet.freezeHeader(2);
        if (r.gaps().isEmpty()) {
            sheet.note(TableSheet.NO_DATA);
            FormLayout.signatures(sheet, styles, form);
            return;
        }
        int n = 1;
        for (PlanGap g : r.gaps()) {
            TableRow row = sheet.row(false);
            int at = row.number();
            row.ordinal(0, n++)
                    .text(1, gapLabel(g.kind()))
                    .year(2, g.year())
                    .integer(3, g.planned())
                    .integer(4, g.achieved())
                    .formula(5, Kind.INTEGER, "E" + at + "-D" + at, g.gap())
                    .text(6, g.achieved() == null ? "Chưa có số liệu thực hiện; " + g.basis() : g.basis())
                    .fitting(g.basis(), 50);
        }
        FormLayout.signatures(sheet, styles, form);
    }

    static String gapLabel(PlanGap.Kind kind) {
        return switch (kind) {
            case POOR_HOUSEHOLDS -> "Số hộ nghèo cuối năm (năm trước trừ số hộ kế hoạch giảm)";
            case NEAR_POOR_HOUSEHOLDS -> "Số hộ cận nghèo cuối năm (năm trước trừ số hộ kế hoạch giảm)";
            case CRITERIA_MET -> "Tổng số tiêu chí đạt (lũy kế theo kế hoạch)";
            case NTM_COMMUNES -> "Số xã đạt chuẩn nông thôn mới (đạt đủ tiêu chí)";
        };
    }

    private static void boundaries(SXSSFWorkbook workbook, WorkbookStyles styles, Review r) {
        TableSheet sheet = new TableSheet(workbook, "Thay đổi địa giới", styles, 10);
        sheet.columnWidths(5, 11, 20, 18, 18, 16, 8, 11, 30, 30, 30);
        sheet.title("THAY ĐỔI ĐỊA GIỚI HÀNH CHÍNH ĐÃ ÁP DỤNG KHI QUY ĐỔI SỐ LIỆU");
        sheet.subtitle(
                r.unit()
                        + "; bảng chuyển đổi quốc gia ngày 01/07/2025 (register/crosswalk-2025-07-01.csv) và tệp của cơ quan (nếu có)");
        sheet.skipRow();
        int h = sheet.headerRows(1, 10, 45);
        String[] head = {
            "TT",
            "Ngày hiệu lực",
            "Đơn vị cũ",
            "Thuộc",
            "Đơn vị mới",
            "Thuộc",
            "Tỷ lệ (%)",
            "Độ tin cậy",
            "Căn cứ pháp lý",
            "Nguồn",
            "Ghi chú"
        };
        for (int c = 0; c < head.length; c++) sheet.header(h, c, head[c]);
        sheet.freezeHeader(3);
        if (r.changes().isEmpty()) {
            sheet.note("Không có thay đổi địa giới nào trong giai đoạn đánh giá");
            return;
        }
        int n = 1;
        for (BoundaryChange c : r.changes()) {
            String longest = c.legalBasis().length() > c.source().length() ? c.legalBasis() : c.source();
            sheet.row(false)
                    .ordinal(0, n++)
                    .centered(1, date(c.effective()))
                    .text(2, withCode(c.oldUnit(), c.oldCode()))
                    .text(3, c.oldParent())
                    .text(4, withCode(c.newUnit(), c.newCode()))
                    .text(5, c.newParent())
                    .percent(6, c.share() * 100)
                    .centered(7, confidenceLabel(c.confidence()))
                    .text(8, c.legalBasis())
                    .text(9, c.source())
                    .text(10, c.note())
                    .fitting(longest.length() > c.note().length() ? longest : c.note(), 30);
        }
    }

    /** "Xã Cốc Đán (01945)": a unit with its official code when the crosswalk gives one. */
    private static String withCode(String unit, String code) {
        return code.isBlank() ? unit : unit + " (" + code + ")";
    }

    private static String confidenceLabel(String confidence) {
        return switch (confidence) {
            case "verbatim" -> "theo văn bản";
            case "secondary" -> "nguồn thứ cấp, chưa đối chiếu";
            default -> "minh họa";
        };
    }

    private static void files(SXSSFWorkbook workbook, WorkbookStyles styles, Review r) {
        TableSheet sheet = new TableSheet(workbook, "Nguồn số liệu", styles, 1);
        sheet.columnWidths(5, 90);
        sheet.title("CÁC TỆP SỐ LIỆU ĐÃ DÙNG");
        sheet.subtitle(r.unit() + ", " + r.from() + "-" + r.to() + "; số liệu mới nhất đã lưu của mỗi đơn vị và năm");
        sheet.skipRow();
        int h = sheet.headerRows(1, 1, 20);
        sheet.header(h, 0, "TT");
        sheet.header(h, 1, "Tệp");
        int n = 1;
        for (String f : r.files()) sheet.row(false).ordinal(0, n++).text(1, f);
    }

    /** The review's form with the title of one of its sheets. */
    private static OfficialForm titled(OfficialForm form, String title) {
        return form.forReport(form.formNumber(), title, form.period(), form.unitOfMeasure());
    }

    static String date(LocalDate d) {
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** A commune as its file named it, with the unit it is part of today: one row of a per-commune sheet. */
    private record CommuneToday(String commune, String todayUnit) {}
}
