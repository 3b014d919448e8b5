package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;

class CheckLineTest {

    private static final SourceRef FILE = SourceRef.file("xa-a/bieu.xlsx");

    @Test
    void namesTheChecksFindingsAndThenEveryFindingOfTheRunBySeverity() {
        Finding totalWrong = Finding.of(FindingCode.TOTAL_MISMATCH, "povertyCount", FILE, "Cộng", "10", "9", "C7");
        List<Finding> checks = List.of(totalWrong);
        List<Finding> run = new ArrayList<>(checks);
        run.add(Finding.of(FindingCode.FILE_UNREADABLE, "archiveEmpty", FILE, "a.zip")); // from reading, an error
        run.add(Finding.of(FindingCode.DUPLICATE_SUBMISSION, "newer", FILE, 1, 2, 3, 4, 5, 6, 7, 8)); // a warning

        String line = CheckLine.of(checks, run).vi();

        // checks: 1 finding (TOTAL_MISMATCH is an error); the run: 2 errors, 1 warning, 0 information, 3 in all
        assertThat(FindingCode.TOTAL_MISMATCH.severity()).hasToString("ERROR");
        assertThat(line)
                .isEqualTo("  kiểm tra số liệu các bảng: 1 phát hiện (1 lỗi, 0 cảnh báo); cả lần chạy đến nay,"
                        + " tính cả khi đọc tệp: 2 lỗi, 1 cảnh báo, 0 thông tin, cộng 3");
    }
}
