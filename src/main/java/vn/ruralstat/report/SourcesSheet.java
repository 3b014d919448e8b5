package vn.ruralstat.report;

import static vn.ruralstat.output.TableSheet.column;

import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import vn.ruralstat.dataset.SourceFileSummary;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.message.VisibleText;
import vn.ruralstat.output.TableRow;
import vn.ruralstat.output.TableSheet;
import vn.ruralstat.output.WorkbookStyles;
import vn.ruralstat.output.WorkbookStyles.Kind;

/**
 * Sheet "Nguồn dữ liệu": every input file with its fingerprint and what became of its rows, so
 * that nothing is silently dropped: rows read = used + rejected + other (titles, totals, notes).
 */
final class SourcesSheet {

    static final String NAME = "Nguồn dữ liệu";

    private static final String[] HEADERS = {
        "STT",
        "Tệp",
        "Trạng thái",
        "Ghi chú",
        "Số bảng",
        "Số dòng đã đọc",
        "Dòng sử dụng",
        "Dòng bị loại",
        "Dòng khác (tiêu đề, tổng, ghi chú)",
        "Dung lượng (byte)",
        "SHA-256"
    };
    private static final String[] CODES = {"A", "B", "C", "D", "1", "2=3+4+5", "3", "4", "5", "6", "E"};
    private static final int[] WIDTHS = {5, 34, 14, 34, 7, 10, 9, 9, 12, 11, 66};
    private static final int LAST = HEADERS.length - 1;
    private static final int FIRST_COUNT = 4;
    private static final int SIZE = 9;

    private final List<SourceFileSummary> sources;
    private final SourceNotes notes;

    SourcesSheet(List<SourceFileSummary> sources, List<Finding> findings) {
        this.sources = sources;
        this.notes = new SourceNotes(sources, findings);
    }

    void write(Workbook workbook, WorkbookStyles styles, String scope) {
        TableSheet sheet = new TableSheet(workbook, NAME, styles, LAST);
        sheet.title("DANH SÁCH TỆP SỐ LIỆU ĐÃ NHẬN");
        sheet.subtitle("Phạm vi: " + scope);
        if (sources.isEmpty()) {
            sheet.note(TableSheet.NO_DATA);
            return;
        }
        int header = sheet.headerRows(1, LAST, 48);
        for (int col = 0; col <= LAST; col++) sheet.header(header, col, HEADERS[col]);
        sheet.codeRow(CODES);
        sheet.columnWidths(WIDTHS);
        int first = sheet.nextRow();
        int stt = 1;
        for (SourceFileSummary source : sources) {
            String note = notes.of(source);
            sheet.row(false)
                    .ordinal(0, stt++)
                    .text(1, VisibleText.line(source.path())) // a line break in a name is shown, not obeyed
                    .text(2, VietnameseLabels.sourceStatus(source.status()))
                    .text(3, note)
                    .integer(4, source.tables())
                    .integer(5, source.rowsRead())
                    .integer(6, source.rowsUsed())
                    .integer(7, source.rowsRejected())
                    .integer(8, source.rowsOther())
                    .integer(SIZE, source.sizeBytes())
                    .text(10, source.sha256())
                    .fitting(source.path(), WIDTHS[1])
                    .fitting(note, WIDTHS[3]);
        }
        int last = sheet.nextRow() - 1;
        TableRow total = sheet.row(true).text(1, "Cộng");
        long[] sums = {
            sources.stream().mapToLong(SourceFileSummary::tables).sum(),
            sources.stream().mapToLong(SourceFileSummary::rowsRead).sum(),
            sources.stream().mapToLong(SourceFileSummary::rowsUsed).sum(),
            sources.stream().mapToLong(SourceFileSummary::rowsRejected).sum(),
            sources.stream().mapToLong(SourceFileSummary::rowsOther).sum(),
            sources.stream().mapToLong(SourceFileSummary::sizeBytes).sum()
        };
        for (int i = 0; i < sums.length; i++) {
            int col = FIRST_COUNT + i;
            total.formula(
                    col,
                    Kind.INTEGER,
                    "SUM(" + column(col) + (first + 1) + ":" + column(col) + (last + 1) + ")",
                    sums[i]);
        }
        sheet.freezeHeader(2);
    }
}
