package vn.ruralstat.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Workbook;
import vn.ruralstat.indicators.CommuneEvaluation;
import vn.ruralstat.office.OfficialForm;
import vn.ruralstat.output.FormLayout;
import vn.ruralstat.output.TableSheet;
import vn.ruralstat.output.WorkbookStyles;
import vn.ruralstat.rulebook.Verdict;

/**
 * Sheet "Khoảng cách tới chuẩn": each commune evaluated against the rulebook of its period and
 * group (stamped with the rulebook's id and version), its unmet indicators with the distance to
 * the target; then, per parent unit, rulebook and period — never two in one count — the
 * indicators most often unmet and the communes closest to the standard.
 */
final class GapToTargetSheet {

    static final String NAME = "Khoảng cách tới chuẩn";
    private static final int LAST_COLUMN = 8;
    private static final int[] WIDTHS = {4, 18, 9, 26, 9, 9, 11, 12, 60};

    private final List<CommuneEvaluation> evaluations;

    GapToTargetSheet(List<CommuneEvaluation> evaluations) {
        this.evaluations = evaluations;
    }

    void write(Workbook workbook, WorkbookStyles styles, String scope, OfficialForm form) {
        TableSheet sheet = new TableSheet(workbook, NAME, styles, LAST_COLUMN);
        sheet.columnWidths(WIDTHS);
        FormLayout.heading(sheet, styles, form);
        sheet.subtitle("Phạm vi: " + scope + " · Mỗi xã được đánh giá theo bộ tiêu chí của kỳ báo cáo và nhóm xã");
        if (evaluations.isEmpty()) {
            sheet.note(TableSheet.NO_DATA);
            return;
        }
        FormLayout.unitOfMeasure(sheet, styles, form);
        header(sheet);
        int tt = 1;
        for (CommuneEvaluation e : evaluations) {
            List<Verdict> unmet = e.unmet();
            String gaps = unmet.stream()
                    .map(v -> v.gap() != null ? v.gap().phraseVi() : v.indicator() + ": " + v.reasonVi())
                    .collect(Collectors.joining("; "));
            long assessable = assessable(e);
            sheet.row(false)
                    .ordinal(0, tt++)
                    .text(1, e.commune())
                    .fitting(e.commune(), 18)
                    .centered(2, VietnameseLabels.targetKey(e.key()))
                    .text(3, e.stamp().officialName() + " · " + VietnameseLabels.period(e.period()))
                    .integer(4, e.standing().criteriaMet())
                    .integer(5, e.standing().indicatorsMet())
                    .integer(6, assessable)
                    .text(7, e.standing().standard().vi())
                    .text(8, gaps.isEmpty() ? "" : gaps)
                    .fitting(gaps, 60);
        }
        sheet.freezeHeader(2);
        summaries(sheet);
        FormLayout.signatures(sheet, styles, form);
    }

    private void header(TableSheet sheet) {
        int top = sheet.headerRows(1, LAST_COLUMN, 45);
        String[] names = {
            "TT",
            "Xã",
            "Nhóm xã / vùng",
            "Bộ tiêu chí · kỳ",
            "Số tiêu chí đạt",
            "Số chỉ tiêu đạt",
            "Số chỉ tiêu đánh giá được",
            "Đạt chuẩn NTM",
            "Chỉ tiêu chưa đạt và khoảng cách tới chỉ tiêu"
        };
        for (int col = 0; col < names.length; col++) sheet.header(top, col, names[col]);
        sheet.codeRow("A", "B", "C", "D", "1", "2", "3", "E", "F");
    }

    private static long assessable(CommuneEvaluation e) {
        return e.standing().criteria().stream()
                .flatMap(c -> c.indicators().stream())
                .filter(v -> v.status() != vn.ruralstat.rulebook.Status.NOT_ASSESSABLE)
                .count();
    }

    private static String indicatorName(vn.ruralstat.rulebook.Rulebook rulebook, String code) {
        return rulebook.indicator(code)
                .map(vn.ruralstat.rulebook.Indicator::plainNameVi)
                .orElse("");
    }

    /** Per parent unit and rulebook: indicators most often unmet, communes closest to the standard. */
    private void summaries(TableSheet sheet) {
        Map<EvaluationGroup, List<CommuneEvaluation>> groups = evaluations.stream()
                .collect(Collectors.groupingBy(EvaluationGroup::of, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<EvaluationGroup, List<CommuneEvaluation>> group : groups.entrySet()) {
            String parent = group.getKey().parent();
            sheet.skipRow();
            String period = group.getKey().period();
            sheet.sectionHeading(VietnameseLabels.withPeriod(
                            "Chỉ tiêu chưa đạt nhiều nhất" + (parent.isEmpty() ? "" : " – " + parent), period)
                    + " (" + group.getKey().rulebook() + ")");
            Map<String, Long> unmetCount = group.getValue().stream()
                    .flatMap(e -> e.unmet().stream())
                    .collect(Collectors.groupingBy(Verdict::indicator, LinkedHashMap::new, Collectors.counting()));
            if (unmetCount.isEmpty()) {
                sheet.note("Không có chỉ tiêu nào được đánh giá là chưa đạt.");
            }
            vn.ruralstat.rulebook.Rulebook rulebook = group.getValue().get(0).rulebook();
            unmetCount.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(10)
                    .forEach(e -> {
                        String text = e.getValue() + " xã chưa đạt – " + indicatorName(rulebook, e.getKey());
                        sheet.row(false)
                                .text(1, "Chỉ tiêu " + e.getKey())
                                .text(8, text)
                                .fitting(text, 60);
                    });
            sheet.sectionHeading(VietnameseLabels.withPeriod(
                    "Xã gần đạt chuẩn nhất" + (parent.isEmpty() ? "" : " – " + parent), period));
            // A commune with nothing assessable (its group's targets unknown) is not "close": it is left out.
            group.getValue().stream()
                    .filter(e -> assessable(e) > 0)
                    .sorted(Comparator.comparingInt(
                                    (CommuneEvaluation e) -> e.unmet().size())
                            .thenComparing(e -> -e.standing().indicatorsMet()))
                    .limit(10)
                    .forEach(e -> sheet.row(false)
                            .text(1, e.commune())
                            .integer(4, e.standing().criteriaMet())
                            .integer(5, e.standing().indicatorsMet())
                            .text(8, e.unmet().size() + " chỉ tiêu chưa đạt"));
        }
    }
}
