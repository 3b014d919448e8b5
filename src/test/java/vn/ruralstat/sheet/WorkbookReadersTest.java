package vn.ruralstat.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookReadersTest {

    @TempDir
    Path dir;

    @Test
    void choosesReaderByExtensionIgnoringCase() throws IOException {
        assertThat(WorkbookReaders.forFile(workbook("a.XLSX", new XSSFWorkbook()))).containsInstanceOf(XlsxWorkbookReader.class);
        assertThat(WorkbookReaders.forFile(workbook("a.xlsm", new XSSFWorkbook()))).containsInstanceOf(XlsxWorkbookReader.class);
        assertThat(WorkbookReaders.forFile(workbook("b.Xls", new HSSFWorkbook()))).containsInstanceOf(XlsWorkbookReader.class);
        assertThat(WorkbookReaders.forFile(Files.writeString(dir.resolve("c.CSV"), "a;b\n"))).containsInstanceOf(CsvWorkbookReader.class);
    }

    @Test
    void choosesReaderByNameWhenFileIsMissing() {
        assertThat(WorkbookReaders.forFile(dir.resolve("missing.xls"))).containsInstanceOf(XlsWorkbookReader.class);
        assertThat(WorkbookReaders.forFile(dir.resolve("missing.csv"))).containsInstanceOf(CsvWorkbookReader.class);
    }

    @Test
    void leavesOtherFilesAlone() throws IOException {
        assertThat(WorkbookReaders.forFile(Files.writeString(dir.resolve("ghi-chu.txt"), "a;b\n"))).isEmpty();
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
        assertThat(WorkbookReaders.forFile(workbook("that.csv", new HSSFWorkbook()))).containsInstanceOf(XlsWorkbookReader.class);
    }

    @Test
    void explainsXlsxThatIsReallyXls() throws IOException {
        Path file = workbook("doi-duoi.xlsx", new HSSFWorkbook());

        WorkbookReader reader = WorkbookReaders.forFile(file).orElseThrow();

        assertThatThrownBy(() -> RecordingSheetVisitor.read(reader, file))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("renamed to .xlsx");
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
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Thôn").createRow(0).createCell(0).setCellValue("Thôn A");
            wb.write(out);
        }
        return file;
    }
}
