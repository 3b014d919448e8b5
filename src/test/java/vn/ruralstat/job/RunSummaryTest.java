package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.dataset.SourceFileSummary;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.message.Message;

class RunSummaryTest {

    private static SourceFileSummary file(String path, String status, int read, int used, int rejected) {
        return new SourceFileSummary(path, "", 1, status, "", 1, read, used, rejected, read - used - rejected);
    }

    /**
     * Three unreadable files, one without a table, one superseded and one read. Rows: used 20 + 0 + 5
     * = 25, rejected 1 + 0 + 4 = 5 (the superseded file's 4 used rows moved to rejected), read 30 + 3
     * + 9 = 42, other 9 + 3 + 0 = 12. Findings: the three unreadable files are errors, with one rate
     * error → 4 errors; a duplicate submission → 1 warning; the sheet without a table → 1 information.
     */
    @Test
    void countsUnreadableFilesAsErrorsAndEveryRowAsTheWorkbookDoes() {
        List<SourceFileSummary> sources = List.of(
                file("a.xlsx", "READ", 30, 20, 1),
                file("b.xlsx", "FAILED", 0, 0, 0),
                file("c.xlsx", "FAILED", 0, 0, 0),
                file("d.xls", "FAILED", 0, 0, 0),
                file("e.xlsx", "NO_TABLE", 3, 0, 0),
                file("f.csv", "SUPERSEDED", 9, 5, 4));
        List<Finding> findings = List.of(
                Finding.of(FindingCode.FILE_UNREADABLE, "empty", SourceRef.file("b.xlsx"), "b.xlsx"),
                Finding.of(FindingCode.FILE_UNREADABLE, "empty", SourceRef.file("c.xlsx"), "c.xlsx"),
                Finding.of(FindingCode.FILE_UNREADABLE, "empty", SourceRef.file("d.xls"), "d.xls"),
                Finding.of(FindingCode.SHEET_NO_TABLE, SourceRef.file("e.xlsx"), "Sheet1"),
                Finding.of(
                        FindingCode.DUPLICATE_SUBMISSION,
                        "newer",
                        SourceRef.file("f.csv"),
                        "x",
                        "2025",
                        "f.csv",
                        "A",
                        "a.xlsx",
                        "A",
                        "4",
                        "4 dòng, 100 hộ, 5 hộ nghèo, 3 hộ cận nghèo"),
                Finding.mismatch(
                        FindingCode.RATE_MISMATCH,
                        "poor",
                        SourceRef.file("a.xlsx"),
                        "12,5",
                        "12,50",
                        "Nà Pùng",
                        "12,5",
                        5,
                        40,
                        "12,50"));
        Consolidation run = new Consolidation(7, "huyện X", List.of(), List.of(), List.of(), findings, sources);
        Path out = Path.of("/srv/ket-qua");

        List<Message> lines = RunSummary.lines(
                run,
                out,
                List.of(
                        out.resolve("tong-hop.xlsx"),
                        out.resolve("tong-hop.json"),
                        out.resolve("bieu-do/a.png"),
                        out.resolve("bieu-do/b.png"),
                        out.resolve("kiem-tra/xa-a/a.kiem-tra.xlsx")));

        assertThat(lines.stream().map(Message::vi))
                .containsExactly(
                        "Kết quả lần chạy 7:",
                        "  tệp: 6 đã nhận; 1 đã đọc, 3 không đọc được, 1 không có bảng số liệu, 1 bị thay thế bởi bản nộp sau",
                        "  dòng số liệu: 25 sử dụng, 5 bị loại (trong 42 dòng đã đọc; 12 dòng khác là tiêu đề, dòng tổng, ghi chú)",
                        "  phát hiện: 4 lỗi, 1 cảnh báo, 1 thông tin, cộng 6",
                        "  đã ghi: /srv/ket-qua/tong-hop.xlsx",
                        "  đã ghi: /srv/ket-qua/tong-hop.json",
                        "  đã ghi: 2 tệp trong /srv/ket-qua/bieu-do",
                        "  đã ghi: 1 tệp trong /srv/ket-qua/kiem-tra");
        assertThat(lines.get(3).en()).isEqualTo("  findings: 4 errors, 1 warnings, 1 information, 6 in all");
    }
}
