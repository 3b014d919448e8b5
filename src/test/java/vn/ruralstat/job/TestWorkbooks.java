package vn.ruralstat.job;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Small workbooks for integration tests: numbers become numeric cells, text text, null nothing. */
final class TestWorkbooks {

    private TestWorkbooks() {}

    /** Writes {@code rows} into {@code sheet} from row index {@code firstRow} (0-based) down. */
    static void rows(Sheet sheet, int firstRow, Object[]... rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(firstRow + r);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v instanceof Number n) row.createCell(c).setCellValue(n.doubleValue());
                else if (v != null) row.createCell(c).setCellValue(v.toString());
            }
        }
    }

    static void save(Workbook wb, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }
}
