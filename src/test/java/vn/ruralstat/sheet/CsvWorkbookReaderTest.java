package vn.ruralstat.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ruralstat.sheet.RecordingSheetVisitor.RecordedSheet;

class CsvWorkbookReaderTest {

    @TempDir
    Path dir;

    private static final Charset CP1252 = Charset.forName("windows-1252");

    private final CsvWorkbookReader reader = new CsvWorkbookReader();

    @Test
    void detectsSemicolonDelimiter() throws IOException {
        // Excel with Vietnamese regional settings: ';' between fields, ',' as the decimal mark
        Path file = utf8("thon.csv", "Tên thôn;Số hộ;Tỷ lệ\nThôn A;120;4,32\nThôn B;1.502;0,5\n");

        RecordedSheet sheet = only(file);

        assertThat(sheet.row(2).cells())
                .containsExactly(Cell.text(0, "Thôn A"), Cell.text(1, "120"), Cell.text(2, "4,32"));
        assertThat(sheet.row(3).text(1)).isEqualTo("1.502");
    }

    @Test
    void detectsCommaDelimiterRespectingQuotes() throws IOException {
        Path file = utf8("thon.csv", "Tên thôn,Tỷ lệ\n\"Thôn A; xóm 1\",\"4,32\"\n\"Thôn B\",\"0,5\"\n");

        RecordedSheet sheet = only(file);

        assertThat(sheet.row(2).cells()).containsExactly(Cell.text(0, "Thôn A; xóm 1"), Cell.text(1, "4,32"));
    }

    @Test
    void detectsTabDelimiter() throws IOException {
        Path file = utf8("thon.csv", "Tên thôn\tSố hộ\nThôn A, xóm 1\t120\n");

        assertThat(only(file).row(2).cells()).containsExactly(Cell.text(0, "Thôn A, xóm 1"), Cell.text(1, "120"));
    }

    @Test
    void ignoresTitleRowsWhenDetectingDelimiter() throws IOException {
        Path file = utf8(
                "thon.csv",
                """
                BIỂU TỔNG HỢP HỘ NGHÈO, CẬN NGHÈO
                (Kèm theo Kế hoạch số 12/KH-UBND)
                Tên thôn;Số hộ;Tỷ lệ
                Thôn A;120;4,32
                Thôn B;80;3,1
                """);

        assertThat(only(file).row(4).cells()).hasSize(3);
    }

    @Test
    void honoursExcelSepLine() throws IOException {
        Path file = utf8("thon.csv", "sep=;\nTên thôn;Số hộ\nThôn A;120\n");

        RecordedSheet sheet = only(file);

        assertThat(sheet.rowNumbers()).containsExactly(1, 2);
        assertThat(sheet.row(2).cells()).containsExactly(Cell.text(0, "Thôn A"), Cell.text(1, "120"));
    }

    @Test
    void stripsUtf8Bom() throws IOException {
        Path file = write(
                "bom.csv",
                bytes(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        "Tên thôn;Số hộ\nThôn A;120\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(only(file).row(1).text(0)).isEqualTo("Tên thôn");
    }

    @Test
    void readsUtf16LittleEndianCsvWithBom() throws IOException {
        // Excel's "Unicode Text": UTF-16 LE with BOM, tab-separated
        Path file = write(
                "unicode.csv",
                bytes(
                        new byte[] {(byte) 0xFF, (byte) 0xFE},
                        "Tên thôn\tSố hộ\r\nThôn Đông\t120\r\n".getBytes(StandardCharsets.UTF_16LE)));

        RecordedSheet sheet = only(file);

        assertThat(sheet.row(1).text(0)).isEqualTo("Tên thôn");
        assertThat(sheet.row(2).cells()).containsExactly(Cell.text(0, "Thôn Đông"), Cell.text(1, "120"));
    }

    @Test
    void readsUtf16BigEndianCsvWithBom() throws IOException {
        Path file = write(
                "unicode.csv",
                bytes(
                        new byte[] {(byte) 0xFE, (byte) 0xFF},
                        "Tên thôn;Số hộ\nThôn Đông;120\n".getBytes(StandardCharsets.UTF_16BE)));

        assertThat(only(file).row(2).cells()).containsExactly(Cell.text(0, "Thôn Đông"), Cell.text(1, "120"));
    }

    @Test
    void fallsBackToWindows1258WhenBytesAreNotUtf8() throws IOException {
        // Windows-1258 writes "ổ" as "ô" (F4) followed by a combining hook above (D2); NFC joins them
        Charset cp1258 = Charset.forName("windows-1258");
        Path file = write("cu.csv", "Tô\u0309ng;Thôn Đông\n1;2\n".getBytes(cp1258));

        assertThat(only(file).row(1).cells()).containsExactly(Cell.text(0, "Tổng"), Cell.text(1, "Thôn Đông"));
    }

    @Test
    void detectsWindows1258BeyondAPlainAsciiStart() throws IOException {
        Charset cp1258 = Charset.forName("windows-1258");
        String asciiRows = "Thon A;1\n".repeat(10_000); // 90 KB of plain ASCII before the first accent
        Path file = write("dai.csv", (asciiRows + "Thôn Đông;2\n").getBytes(cp1258));

        assertThat(only(file).row(10_001).text(0)).isEqualTo("Thôn Đông");
    }

    @Test
    void readsTcvn3CsvAsVietnamese() throws IOException {
        // bytes an old Excel with .VnTime fonts writes: each TCVN3 byte shown here as Windows-1252
        Path file = write(
                "tcvn3.csv",
                ("T\u00AAn th\u00ABn;T\u00E6ng s\u00E8 h\u00E9;H\u00E9 ngh\u00CCo\r\n"
                                + "Th\u00ABn \u00A7\u00ABng;120;8\r\n"
                                + "Th\u00ABn T\u00A9n L\u00CBp;95;5\r\n"
                                + "B\u00B6n Khu\u00E6i Di\u00D4n;60;12\r\n")
                        .getBytes(CP1252));
        List<String> detected = new ArrayList<>();

        RecordedSheet sheet = only(new CsvWorkbookReader((name, unsure) -> detected.add(name + " " + unsure)), file);

        assertThat(sheet.row(1).cells())
                .containsExactly(Cell.text(0, "Tên thôn"), Cell.text(1, "Tổng số hộ"), Cell.text(2, "Hộ nghèo"));
        assertThat(sheet.row(2).cells())
                .containsExactly(Cell.text(0, "Thôn Đông"), Cell.text(1, "120"), Cell.text(2, "8"));
        assertThat(sheet.row(3).text(0)).isEqualTo("Thôn Tân Lập");
        assertThat(sheet.row(4).text(0)).isEqualTo("Bản Khuổi Diễn");
        assertThat(detected).containsExactly("TCVN3 false");
    }

    @Test
    void readsVniCsvAsVietnamese() throws IOException {
        Path file = write(
                "vni.csv",
                ("Te\u00E2n tho\u00E2n;To\u00E5ng so\u00E1 ho\u00E4;Ho\u00E4 nghe\u00F8o\r\n"
                                + "Tho\u00E2n \u00D1o\u00E2ng;120;8\r\n"
                                + "Tho\u00E2n Ta\u00E2n La\u00E4p;95;5\r\n"
                                + "Ba\u00FBn Khuo\u00E5i Die\u00E3n;60;12\r\n")
                        .getBytes(CP1252));
        List<String> detected = new ArrayList<>();

        RecordedSheet sheet = only(new CsvWorkbookReader((name, unsure) -> detected.add(name + " " + unsure)), file);

        assertThat(sheet.row(1).cells())
                .containsExactly(Cell.text(0, "Tên thôn"), Cell.text(1, "Tổng số hộ"), Cell.text(2, "Hộ nghèo"));
        assertThat(sheet.row(2).text(0)).isEqualTo("Thôn Đông");
        assertThat(sheet.row(3).text(0)).isEqualTo("Thôn Tân Lập");
        assertThat(sheet.row(4).text(0)).isEqualTo("Bản Khuổi Diễn");
        assertThat(detected).containsExactly("VNI false");
    }

    @Test
    void keepsWindows1258WhenItReadsTheFileBest() throws IOException {
        Charset cp1258 = Charset.forName("windows-1258");
        // Windows-1258 spells ố and ộ as ô and a combining tone
        Path file = write(
                "cp1258.csv", "Tên thôn;Sô\u0301 hô\u0323 nghèo\nThôn Đông;8\nXóm Tân Lâ\u0323p;5\n".getBytes(cp1258));
        List<String> detected = new ArrayList<>();

        RecordedSheet sheet = only(new CsvWorkbookReader((name, unsure) -> detected.add(name + " " + unsure)), file);

        assertThat(sheet.row(1).cells()).containsExactly(Cell.text(0, "Tên thôn"), Cell.text(1, "Số hộ nghèo"));
        assertThat(sheet.row(3).text(0)).isEqualTo("Xóm Tân Lập");
        assertThat(detected).containsExactly("windows-1258 false");
    }

    @Test
    void keepsWindows1258AndSaysSoWhenALegacyReadingIsNotClear() throws IOException {
        // one TCVN3-looking word among plain ASCII: too little to convert the file
        Path file = write("thin.csv", "Ten thon;So ho\nTh\u00ABn Dong;8\n".getBytes(CP1252));
        List<String> detected = new ArrayList<>();

        RecordedSheet sheet = only(new CsvWorkbookReader((name, unsure) -> detected.add(name + " " + unsure)), file);

        assertThat(sheet.row(2).text(0)).isEqualTo("Th\u00ABn Dong");
        assertThat(detected).containsExactly("windows-1258 true");
    }

    @Test
    void reportsUtf8WithoutLookingForLegacyEncodings() throws IOException {
        Path file = utf8("utf8.csv", "Tên thôn;Số hộ\nThôn A;120\n");
        List<String> detected = new ArrayList<>();

        only(new CsvWorkbookReader((name, unsure) -> detected.add(name + " " + unsure)), file);

        assertThat(detected).containsExactly("UTF-8 false");
    }

    @Test
    void reportsRowNumbersAsExcelShowsThemAfterBlankRows() throws IOException {
        Path file = utf8("gaps.csv", "BIỂU;\n\n;\nThôn A;120\n");

        RecordedSheet sheet = only(file);

        assertThat(sheet.rowNumbers()).containsExactly(1, 4);
    }

    @Test
    void keepsMultiLineQuotedValueInOneRow() throws IOException {
        Path file = utf8("multi.csv", "Tên thôn;Ghi chú\n\"Thôn A\";\"dòng 1\ndòng 2\"\nThôn B;x\n");

        RecordedSheet sheet = only(file);

        assertThat(sheet.row(2).text(1)).isEqualTo("dòng 1 dòng 2");
        assertThat(sheet.row(3).text(0)).isEqualTo("Thôn B");
    }

    @Test
    void omitsBlankValues() throws IOException {
        Path file = utf8("blanks.csv", "Thôn A;;  ;120\nThôn B;1;2;3\n");

        assertThat(only(file).row(1).cells()).containsExactly(Cell.text(0, "Thôn A"), Cell.text(3, "120"));
    }

    @Test
    void namesTheSheetAfterTheFile() throws IOException {
        Path file = utf8("Xã Tân Lập.2024.csv", "Thôn A;120\n");

        assertThat(only(file).name()).isEqualTo("Xã Tân Lập.2024");
    }

    @Test
    void toleratesQuoteLeftOpenAtEnd() throws IOException {
        Path file = utf8("open.csv", "Thôn A;120\nThôn B;\"80\n");

        assertThat(only(file).row(2).text(1)).isEqualTo("80");
    }

    @Test
    void readsEmptyFileAsSheetWithoutRows() throws IOException {
        Path file = write("empty.csv", new byte[0]);

        assertThat(only(file).rows()).isEmpty();
    }

    private RecordedSheet only(Path file) throws IOException {
        return only(reader, file);
    }

    private static RecordedSheet only(CsvWorkbookReader reader, Path file) throws IOException {
        List<RecordedSheet> sheets = RecordingSheetVisitor.read(reader, file);
        assertThat(sheets).hasSize(1);
        return sheets.get(0);
    }

    private Path utf8(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static byte[] bytes(byte[] first, byte[] rest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(rest);
        return out.toByteArray();
    }
}
