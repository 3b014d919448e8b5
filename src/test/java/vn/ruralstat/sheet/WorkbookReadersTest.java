package vn.ruralstat.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ruralstat.sheet.UnreadableFileProblems.problem;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookReadersTest {

    @TempDir
    Path dir;

    @Test
    void choosesReaderByExtensionIgnoringCase() throws IOException {
        assertThat(WorkbookReaders.forFile(workbook("a.XLSX", new XSSFWorkbook())))
                .containsInstanceOf(XlsxWorkbookReader.class);
        assertThat(WorkbookReaders.forFile(workbook("a.xlsm", new XSSFWorkbook())))
                .containsInstanceOf(XlsxWorkbookReader.class);
        assertThat(WorkbookReaders.forFile(workbook("b.Xls", new HSSFWorkbook())))
                .containsInstanceOf(XlsWorkbookReader.class);
        assertThat(WorkbookReaders.forFile(Files.writeString(dir.resolve("c.CSV"), "a;b\n")))
                .containsInstanceOf(LimitedCsvWorkbookReader.class);
    }

    @Test
    void choosesReaderByNameWhenFileIsMissing() {
        assertThat(WorkbookReaders.forFile(dir.resolve("missing.xls"))).containsInstanceOf(XlsWorkbookReader.class);
        assertThat(WorkbookReaders.forFile(dir.resolve("missing.csv")))
                .containsInstanceOf(LimitedCsvWorkbookReader.class);
        assertThat(WorkbookReaders.forFile(dir.resolve("missing.xlsx"))).containsInstanceOf(XlsxWorkbookReader.class);
    }

    @Test
    void leavesOtherFilesAlone() throws IOException {
        assertThat(WorkbookReaders.forFile(Files.writeString(dir.resolve("ghi-chu.txt"), "a;b\n")))
                .isEmpty();
        assertThat(WorkbookReaders.forFile(dir.resolve("bao-cao.pdf"))).isEmpty();
        assertThat(WorkbookReaders.forFile(dir.resolve("xlsx"))).isEmpty();
    }

    @Test
    void readsXlsThatIsReallyXlsxWithTheXlsxReader() throws IOException {
        Path file = workbook("doi-duoi.xls", new XSSFWorkbook());

        WorkbookReader reader = WorkbookReaders.forFile(file).orElseThrow();

        assertThat(reader).isInstanceOf(XlsxWorkbookReader.class);
        assertThat(RecordingSheetVisitor.read(reader, file)).hasSize(1);
    }

    @Test
    void readsCsvThatIsReallyXlsWithTheXlsReader() throws IOException {
        assertThat(WorkbookReaders.forFile(workbook("that.csv", new HSSFWorkbook())))
                .containsInstanceOf(XlsWorkbookReader.class);
    }

    @Test
    void readsXlsRenamedAsXlsx() throws IOException {
        // the officer cannot tell the difference: Excel opens it with a warning at most
        Path file = workbook("doi-duoi.xlsx", new HSSFWorkbook());

        WorkbookReader reader = WorkbookReaders.forFile(file).orElseThrow();

        assertThat(reader).isInstanceOf(XlsWorkbookReader.class);
        assertThat(RecordingSheetVisitor.read(reader, file).get(0).row(1).cell(0))
                .isEqualTo(Cell.text(0, "Thôn A"));
    }

    @Test
    void explainsPasswordProtectedXlsxWithTheXlsxReader() throws Exception {
        Path file = dir.resolve("mat-khau.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("bimat");
            try (XSSFWorkbook wb = new XSSFWorkbook();
                    OutputStream encrypted = encryptor.getDataStream(fs)) {
                wb.createSheet("Thôn");
                wb.write(encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        WorkbookReader reader = WorkbookReaders.forFile(file).orElseThrow();

        assertThat(reader).isInstanceOf(XlsxWorkbookReader.class);
        assertThatThrownBy(() -> RecordingSheetVisitor.read(reader, file))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(problem("FILE_UNREADABLE.passwordProtected", "mat-khau.xlsx"));
    }

    @Test
    void stopsReadingCsvBeyondRowLimit() throws IOException {
        Path file = Files.writeString(dir.resolve("thon.csv"), "Thôn;Số hộ\nA;1\n\nB;2\nC;3\n");
        WorkbookReader reader = new LimitedCsvWorkbookReader(new CsvWorkbookReader(), 1024, 3);
        RecordingSheetVisitor visitor = new RecordingSheetVisitor();

        assertThatThrownBy(() -> reader.read(file, visitor))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(problem("FILE_UNREADABLE.tooManyRows", "thon.csv", "thon", "4", "3"));
    }

    @Test
    void refusesCsvAboveSizeLimit() throws IOException {
        Path file = Files.writeString(dir.resolve("lon.csv"), "Thôn;Số hộ\n".repeat(200));
        WorkbookReader reader = new LimitedCsvWorkbookReader(new CsvWorkbookReader(), 1024, 10);

        assertThatThrownBy(() -> RecordingSheetVisitor.read(reader, file))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(problem("FILE_UNREADABLE.csvTooLarge", "lon.csv", "4 KB", "1 KB"));
    }

    @Test
    void listsSpreadsheetsButNotExcelLockFilesOrHiddenFiles() {
        assertThat(WorkbookReaders.isSpreadsheet(Path.of("in/Xã A.xlsx"))).isTrue();
        assertThat(WorkbookReaders.isSpreadsheet(Path.of("in/xa-b.XLS"))).isTrue();
        assertThat(WorkbookReaders.isSpreadsheet(Path.of("in/xa-c.csv"))).isTrue();
        assertThat(WorkbookReaders.isSpreadsheet(Path.of("in/xa-d.xlsm"))).isTrue();
        assertThat(WorkbookReaders.isSpreadsheet(Path.of("in/~$Xã A.xlsx"))).isFalse();
        assertThat(WorkbookReaders.isSpreadsheet(Path.of("in/.xa-e.xlsx"))).isFalse();
        assertThat(WorkbookReaders.isSpreadsheet(Path.of("in/ghi-chu.docx"))).isFalse();
        assertThat(WorkbookReaders.isSpreadsheet(Path.of("in/xa-f.txt"))).isFalse();
    }

    private Path workbook(String name, Workbook wb) throws IOException {
        Path file = dir.resolve(name);
        try (wb;
                OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Thôn").createRow(0).createCell(0).setCellValue("Thôn A");
            wb.write(out);
        }
        return file;
    }
}
