package vn.ruralstat.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ruralstat.annotate.Submissions.at;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.Severity;

class AnnotatedCopiesTest {

    @TempDir
    Path dir;

    @Test
    void writesACopyForEveryInputFileWithFindingsAndReportsTheOnesThatFail() throws IOException {
        Path input = dir.resolve("input");
        Submissions.villageWorkbook(input.resolve("ngan-son/ke-hoach.xlsx"));
        Submissions.villageCsv(input.resolve("ngan-son/bieu.csv"));
        Submissions.villageWorkbook(input.resolve("khong-loi.xlsx"));
        Files.write(
                input.resolve("hong.xlsx"), "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(input.resolve("ghi-chu.txt"), "không phải bảng tính");
        List<Finding> findings = List.of(
                at(
                        "ngan-son/ke-hoach.xlsx",
                        Submissions.VILLAGES,
                        "E12",
                        FindingCode.RATE_MISMATCH,
                        Severity.ERROR,
                        "Sai tỷ lệ."),
                at("hong.xlsx", null, null, FindingCode.FILE_UNREADABLE, Severity.ERROR, "Tệp hỏng."),
                at("ngan-son/bieu.csv", null, null, FindingCode.DUPLICATE_SUBMISSION, Severity.WARNING, "Nộp hai lần."),
                at("da-xoa.xlsx", "Thôn", "A1", FindingCode.VALUE_NEGATIVE, Severity.ERROR, "Tệp đã bị xoá."),
                at("ghi-chu.txt", null, null, FindingCode.FILE_UNSUPPORTED, Severity.INFO, "Không phải bảng tính."));

        AnnotatedCopies.Result result = new AnnotatedCopies().writeAll(input, findings, dir.resolve("output"));

        Path output = dir.resolve("output").toAbsolutePath();
        assertThat(result.written())
                .containsExactly(
                        output.resolve("ngan-son/bieu.kiem-tra.xlsx"),
                        output.resolve("ngan-son/ke-hoach.kiem-tra.xlsx"));
        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.file()).isEqualTo("hong.xlsx");
            assertThat(failure.reason().key()).isEqualTo("ANNOTATED_COPY_FAILED.unreadable");
            assertThat(failure.reason().arguments()).first().isEqualTo("hong.xlsx");
        });
        assertThat(output.resolve("khong-loi.kiem-tra.xlsx")).doesNotExist();
    }

    @Test
    void reportsAFileAboveTheSizeLimitAsAFailureAndGoesOn() throws IOException {
        Path input = dir.resolve("input");
        Submissions.villageWorkbook(input.resolve("lon.xlsx"));
        Submissions.villageCsv(input.resolve("nho.csv"));
        List<Finding> findings = List.of(
                at("lon.xlsx", null, null, FindingCode.PERIOD_UNKNOWN, Severity.WARNING, "Không rõ kỳ."),
                at("nho.csv", "nho", "A1", FindingCode.UNIT_UNKNOWN, Severity.WARNING, "Không rõ đơn vị."));

        AnnotatedCopies.Result result =
                new AnnotatedCopies(new AnnotatedCopyWriter(2048)).writeAll(input, findings, dir.resolve("output"));

        assertThat(result.written()).extracting(p -> p.getFileName().toString()).containsExactly("nho.kiem-tra.xlsx");
        assertThat(result.failures()).extracting(AnnotatedCopies.Failure::file).containsExactly("lon.xlsx");
        assertThat(result.failures().get(0).reason().key()).isEqualTo("ANNOTATED_COPY_FAILED.tooLarge");
        assertThat(result.failures().get(0).reason().arguments())
                .startsWith("lon.xlsx")
                .endsWith("2 KB");
    }
}
