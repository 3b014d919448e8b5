package vn.ruralstat.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficialFormTest {

    @Test
    void writesTheTitleBlockSideBySideWithMergesHiddenColumnsAndComputedFormulas(@TempDir Path dir) throws Exception {
        Path file = OfficialForm.xlsx()
                .sheet("Biểu 01")
                .width(6)
                .titleBlock(
                        2,
                        List.of("UBND TỈNH THÁI NGUYÊN", "UBND XÃ NGÂN SƠN"),
                        List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"))
                .cells("TT", "Thôn", "Tổng số hộ", "Hộ nghèo")
                .cells(1, "Nà Phặc", 120, 12)
                .cells(2, "Bản Lạn", 80, new OfficialForm.Formula("C4/10"))
                .hideColumn(5)
                .save(dir.resolve("bieu.xlsx"));
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            var sheet = wb.getSheet("Biểu 01");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertThat(sheet.getMergedRegions()).hasSize(4);
            // D5 = C4 / 10 = 120 / 10
            assertThat(sheet.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(12.0);
            assertThat(sheet.isColumnHidden(5)).isTrue();
        }
    }
}
