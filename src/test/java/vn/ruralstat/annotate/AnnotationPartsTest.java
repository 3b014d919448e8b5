package vn.ruralstat.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.Severity;
import vn.ruralstat.finding.SourceRef;

class AnnotationPartsTest {

    @ParameterizedTest(name = "\"{0}\" becomes a number: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "206|true",
                "0|true",
                "-5|true",
                "12.5|true",
                "0.25|true",
                "12,5|false",
                "14.386|false",
                "1.502|false",
                "007|false",
                "12.50|false",
                "1e5|false",
                "-0|false",
                "=1+1|false",
                "+84|false",
                "1 234|false",
                "1234567890123456|false"
            })
    void writesACsvValueAsANumberOnlyWhenItReadsAsOneWithoutDoubt(String text, boolean number) {
        assertThat(CsvCopy.isPlainNumber(text)).isEqualTo(number);
    }

    @ParameterizedTest(name = "\"{0}\" looks like a formula: {1}")
    @CsvSource(
            delimiter = '|',
            value = {"=1+1|true", "+84 912|true", "-5|true", "@SUM(A1)|true", "Khuổi Diễn|false"})
    void recognisesTextExcelWouldTakeForAFormula(String text, boolean formula) {
        assertThat(CsvCopy.looksLikeFormula(text)).isEqualTo(formula);
    }

    @ParameterizedTest(name = "{0} in .xlsx is {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "E12|E12",
                "$E$12|E12",
                "e12|E12",
                "XFD1048576|XFD1048576",
                "XFE1|none",
                "A1048577|none",
                "A0|none",
                "E12:E20|none",
                "12|none",
                "|none"
            })
    void readsSingleCellReferencesInsideTheGrid(String reference, String cell) {
        CellAddress address = FindingPlacement.parse(reference, SpreadsheetVersion.EXCEL2007);
        assertThat(address == null ? null : address.formatAsString()).isEqualTo(cell);
    }

    @Test
    void knowsTheSmallerGridOfAnXls() {
        assertThat(FindingPlacement.parse("IV65536", SpreadsheetVersion.EXCEL97))
                .isNotNull();
        assertThat(FindingPlacement.parse("IW1", SpreadsheetVersion.EXCEL97)).isNull();
        assertThat(FindingPlacement.parse("A65537", SpreadsheetVersion.EXCEL97)).isNull();
    }

    @Test
    void quotesSheetNamesInLinksAndDoublesTheirApostrophes() {
        assertThat(FindingListSheet.address("TT D'Ran", new CellAddress("B5"))).isEqualTo("'TT D''Ran'!$B$5");
        assertThat(FindingListSheet.address("Thôn", new CellAddress("E12"))).isEqualTo("'Thôn'!$E$12");
    }

    @Test
    void writesLinkedCellsAbsoluteSinceLibreOfficeReadsC9AfterASheetAsR1C1() {
        assertThat(FindingListSheet.address("Số liệu thôn", new CellAddress("C9")))
                .isEqualTo("'Số liệu thôn'!$C$9");
        assertThat(FindingListSheet.address("Số liệu thôn", new CellAddress("R9")))
                .isEqualTo("'Số liệu thôn'!$R$9");
    }

    @Test
    void numbersTheListNameWhenKiemTraIsTakenIgnoringCase() {
        assertThat(FindingListSheet.uniqueName(name -> false)).isEqualTo("Kiểm tra");
        assertThat(FindingListSheet.uniqueName(name -> name.equalsIgnoreCase("kiểm tra")))
                .isEqualTo("Kiểm tra (2)");
        assertThat(FindingListSheet.uniqueName(
                        name -> List.of("Kiểm tra", "Kiểm tra (2)").contains(name)))
                .isEqualTo("Kiểm tra (3)");
    }

    @Test
    void writesOneFindingInACommentWithItsFigures() {
        Finding rate = new Finding(
                FindingCode.RATE_MISMATCH,
                Severity.ERROR,
                null,
                "KHUỔI DIỄN: tỷ lệ hộ nghèo 12,5% ≠ 41/206×100 = 19,90%.",
                "en",
                new SourceRef("f", "s", "E12"),
                "12,5",
                "19,90");

        assertThat(CommentText.of(null, null, List.of(rate)))
                .isEqualTo(
                        """
                ruralstat – kiểm tra số liệu:
                Lỗi (Tỷ lệ không khớp): KHUỔI DIỄN: tỷ lệ hộ nghèo 12,5% ≠ 41/206×100 = 19,90%.
                Số báo cáo: 12,5 · Số tính lại: 19,90""");
    }

    @Test
    void joinsSeveralFindingsBelowTheSubmittersOwnComment() {
        Finding a = new Finding(FindingCode.VALUE_NEGATIVE, Severity.ERROR, null, "Âm.", "en", null, "-3", null);
        // Without a Vietnamese text the finding is named by its kind; its English text is not shown.
        Finding b =
                new Finding(FindingCode.UNIT_UNKNOWN, Severity.WARNING, null, null, "Unknown unit.", null, null, null);

        assertThat(CommentText.of("Kế toán", "Thôn mới sáp nhập.", List.of(a, b)))
                .isEqualTo(
                        """
                Kế toán:
                Thôn mới sáp nhập.
                ────────────
                ruralstat – kiểm tra số liệu:
                • Lỗi (Số âm): Âm.
                Số báo cáo: -3
                • Cảnh báo (Không rõ đơn vị của bảng)""");
    }

    @Test
    void doesNotRepeatTheAuthorExcelAlreadyWroteAtTheStartOfAComment() {
        Finding a = new Finding(FindingCode.VALUE_NEGATIVE, Severity.ERROR, null, "Âm.", "en", null, null, "0");

        assertThat(CommentText.of("Kế toán", "Kế toán:\nGhi chú.", List.of(a)))
                .startsWith("Kế toán:\nGhi chú.\n────────────\n")
                .endsWith("Số tính lại: 0");
    }
}
