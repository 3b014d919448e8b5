package vn.ruralstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ruralstat.dataset.SourceFileSummary;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.message.Message;

/** The sources sheet words each file's status and note in Vietnamese, whatever English was stored. */
class SourceNotesTest {

    private static SourceFileSummary file(String path, String status, String storedNote) {
        return new SourceFileSummary(path, "sha", 1, status, storedNote, 0, 0, 0, 0, 0);
    }

    @Test
    void aReplacedFileNamesTheNewerOneInVietnamese() {
        SourceFileSummary older = file("a/bieu.csv", "SUPERSEDED", "replaced by a/bieu.xlsx");
        Finding duplicate = Finding.of(
                FindingCode.DUPLICATE_SUBMISSION,
                "newer",
                new SourceRef("a/bieu.csv", "bieu", null),
                "Ngân Sơn",
                "2025",
                "a/bieu.csv",
                "bieu",
                "a/bieu.xlsx",
                "Biểu 1",
                "27",
                "27 dòng, 9606 hộ, 415 hộ nghèo, 322 hộ cận nghèo");

        String note = new SourceNotes(List.of(older), List.of(duplicate)).of(older);

        assertThat(note).isEqualTo("Thay bằng tệp a/bieu.xlsx");
    }

    @Test
    void anUnreadableFileShowsItsFindingsVietnameseText() {
        SourceFileSummary broken = file("hong.xlsx", "FAILED", "Cannot read file hong.xlsx: corrupt");
        Finding unreadable = Finding.of(
                FindingCode.FILE_UNREADABLE,
                SourceRef.file("hong.xlsx"),
                Message.of("FILE_UNREADABLE.emptyFile", "hong.xlsx"));

        String note = new SourceNotes(List.of(broken), List.of(unreadable)).of(broken);

        assertThat(note).isEqualTo(unreadable.messageVi()).startsWith("Tệp hong.xlsx");
    }

    @Test
    void anArchiveCountsTheSpreadsheetsReadFromIt() {
        SourceFileSummary zip = file("ho-so.zip", "ARCHIVE", "2 spreadsheet(s) inside");
        List<SourceFileSummary> all = List.of(
                zip,
                file("ho-so.zip!/xa-a/bieu.xlsx", "READ", null),
                file("ho-so.zip!/xa-b/bieu.csv", "READ", null),
                file("ho-so-khac.zip!/bieu.csv", "READ", null));

        assertThat(new SourceNotes(all, List.of()).of(zip)).isEqualTo("Chứa 2 bảng tính");
    }

    @Test
    void everyStatusReadsInVietnameseAndAnUnknownOneIsNotShownAsACode() {
        assertThat(List.of("READ", "FAILED", "NO_TABLE", "SUPERSEDED", "SKIPPED", "ARCHIVE", "LATER_STATUS"))
                .extracting(VietnameseLabels::sourceStatus)
                .containsExactly(
                        "Đã đọc",
                        "Không đọc được",
                        "Không có bảng số liệu",
                        "Bị thay thế bởi bản nộp sau",
                        "Bỏ qua",
                        "Tệp nén",
                        "Khác");
    }
}
