package vn.ruralstat.report;

import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.message.VisibleText;
import vn.ruralstat.output.TableSheet;
import vn.ruralstat.output.WorkbookStyles;

/**
 * Sheet "Phát hiện": every data-quality finding, errors first, with the file, sheet and cell an
 * officer opens to check it, and an autofilter to narrow the list. In Vietnamese only: the English
 * text and the finding codes are in the JSON, for machines.
 */
final class FindingsSheet {

    static final String NAME = "Phát hiện";

    private static final String[] HEADERS = {
        "STT", "Mức độ", "Loại phát hiện", "Nội dung", "Tệp", "Trang tính", "Ô", "Báo cáo", "Tính lại"
    };
    private static final int[] WIDTHS = {5, 10, 24, 60, 28, 14, 7, 11, 11};
    private static final int LAST = HEADERS.length - 1;

    private final List<Finding> findings;

    FindingsSheet(List<Finding> findings) {
        // Stable sort: within a severity the findings keep the order in which the run found them.
        this.findings = findings.stream()
                .sorted(Comparator.comparing(Finding::severity))
                .toList();
    }

    void write(Workbook workbook, WorkbookStyles styles, String scope) {
        TableSheet sheet = new TableSheet(workbook, NAME, styles, LAST);
        sheet.title("CÁC PHÁT HIỆN VỀ CHẤT LƯỢNG SỐ LIỆU");
        sheet.subtitle("Phạm vi: " + scope + " · Lỗi: số liệu dùng khác số báo cáo hoặc không dùng được; "
                + "Cảnh báo: cần xem lại; Thông tin: để biết");
        if (findings.isEmpty()) {
            sheet.note(TableSheet.NO_DATA);
            return;
        }
        int header = sheet.headerRows(1, LAST, 32);
        for (int col = 0; col <= LAST; col++) sheet.header(header, col, HEADERS[col]);
        sheet.columnWidths(WIDTHS);
        int stt = 1;
        for (Finding finding : findings) {
            SourceRef source = finding.source() == null ? new SourceRef(null, null, null) : finding.source();
            sheet.row(false)
                    .ordinal(0, stt++)
                    .centered(1, VietnameseLabels.severity(finding.severity()))
                    .text(2, finding.code() == null ? "" : finding.code().officialName())
                    .text(3, finding.messageVi())
                    .text(4, VisibleText.line(source.file()))
                    .text(5, source.sheet())
                    .centered(6, source.cell())
                    .centered(7, finding.reported())
                    .centered(8, finding.expected())
                    .fitting(finding.messageVi(), WIDTHS[3])
                    .fitting(source.file(), WIDTHS[4]);
        }
        sheet.sheet().setAutoFilter(new CellRangeAddress(header, sheet.nextRow() - 1, 0, LAST));
        sheet.freezeHeader(0);
    }
}
