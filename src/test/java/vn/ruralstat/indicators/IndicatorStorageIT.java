package vn.ruralstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ruralstat.dataset.StoredTable;
import vn.ruralstat.job.ConsolidationLauncher;
import vn.ruralstat.store.RunDataStore;

/** Indicator tables, matrices and the commune register go through the whole job into the database and back. */
@SpringBootTest(
        properties = {"ruralstat.cli.enabled=false", "spring.datasource.url=jdbc:h2:mem:indicators;DB_CLOSE_DELAY=-1"})
class IndicatorStorageIT {

    @Autowired
    ConsolidationLauncher launcher;

    @Autowired
    RunDataStore store;

    @Autowired
    IndicatorTableRows indicatorTables;

    @Autowired
    IndicatorMatrixRows indicatorMatrices;

    @Autowired
    CommuneRegisterRows registers;

    @Test
    void storesIndicatorValuesAndRegistrationsAndReadsThemBackInRowOrder(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("input");
        writeWorkbook(input.resolve("binh-giang/danh-gia-ntm-2026.xlsx"));

        JobExecution run = launcher.run(input, dir.resolve("output"));

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<StoredTable> tables = store.tables(run.getId());
        assertThat(tables)
                .extracting(StoredTable::sheet, StoredTable::dataset)
                .containsExactly(
                        tuple("Danh gia", IndicatorTableReader.DATASET),
                        tuple("Tong hop", IndicatorMatrixReader.DATASET),
                        tuple("Phan nhom", CommuneRegisterReader.DATASET));

        StoredTable table = tables.get(0);
        assertThat(table.period()).isEqualTo("2026");
        assertThat(indicatorTables.read(table))
                .containsExactly(
                        new IndicatorEntry(null, "1.1", "Đã phê duyệt và công bố", "Đạt", "E4", "F4", 4),
                        new IndicatorEntry(null, "2.4", "99,6%", "Đạt", "E6", "F6", 6),
                        new IndicatorEntry(null, "4.1", "38.5", "Chưa đạt", "E7", "F7", 7));
        assertThat(store.usedRows(table)).isEqualTo(3);

        StoredTable matrix = tables.get(1);
        assertThat(indicatorMatrices.read(matrix))
                .extracting(
                        IndicatorEntry::commune,
                        IndicatorEntry::code,
                        IndicatorEntry::value,
                        IndicatorEntry::valueCell,
                        IndicatorEntry::row)
                .containsExactly(
                        tuple("Xã An Hòa", "1.1", "Đạt", "C3", 3),
                        tuple("Xã An Hòa", "1.2", "Đạt", "D3", 3),
                        tuple("Xã An Hòa", "2.1", "Chưa đạt", "E3", 3),
                        tuple("Xã An Hòa", "2.2", "Đạt", "F3", 3),
                        tuple("Xã An Hòa", "4.1", "42%", "G3", 3),
                        tuple("Xã Bình Giang", "1.1", "Đạt", "C4", 4),
                        tuple("Xã Bình Giang", "4.1", "38,5%", "G4", 4));
        assertThat(store.usedRows(matrix)).as("communes, not values").isEqualTo(2);

        StoredTable register = tables.get(2);
        assertThat(register.unitName()).isEqualTo("Hải Phòng");
        assertThat(registers.read(register))
                .containsExactly(
                        new CommuneRegistration("Bình Giang", "group-1", "Thành phố Hải Phòng", "B3", 3),
                        new CommuneRegistration("An Hòa", "group-2", "Thành phố Hải Phòng", "B4", 4),
                        new CommuneRegistration("Đông Sơn", null, null, "B5", 5));
        assertThat(store.usedRows(register)).isEqualTo(3);
        assertThat(store.sources(run.getId())).singleElement().satisfies(f -> {
            assertThat(f.rowsUsed()).isEqualTo(3 + 2 + 3);
            // The criterion heading row holds no figure: a heading (other), not a rejected row.
            assertThat(f.rowsRejected()).isZero();
            assertThat(f.rowsRead()).isEqualTo(f.rowsUsed() + f.rowsRejected() + f.rowsOther());
        });
    }

    private static void writeWorkbook(Path file) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        rows(
                wb.createSheet("Danh gia"),
                new Object[] {"ĐÁNH GIÁ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2026 – XÃ BÌNH GIANG"},
                new Object[] {},
                new Object[] {
                    "TT", "Tên tiêu chí", "Nội dung tiêu chí", "Chỉ tiêu chung", "Kết quả thực hiện", "Tự đánh giá"
                },
                new Object[] {
                    1,
                    "Quy hoạch",
                    "1.1. Có quy hoạch chung xã hoặc quy hoạch đô thị được phê duyệt, được"
                            + " công bố công khai đúng thời hạn và ban hành kế hoạch thực hiện quy hoạch",
                    "Đạt",
                    "Đã phê duyệt và công bố",
                    "Đạt"
                },
                new Object[] {2, "Hạ tầng kinh tế - xã hội"},
                new Object[] {
                    null,
                    null,
                    "2.4. Tỷ lệ hộ có đăng ký trực tiếp và được sử dụng điện sinh hoạt, sản xuất"
                            + " đảm bảo an toàn, tin cậy và ổn định",
                    "≥99%",
                    "99,6%",
                    "Đạt"
                },
                new Object[] {
                    4,
                    "Đào tạo nguồn nhân lực nông thôn",
                    "4.1. Tỷ lệ lao động qua đào tạo có bằng cấp," + " chứng chỉ",
                    "≥40%",
                    38.5,
                    "Chưa đạt"
                });
        rows(
                wb.createSheet("Tong hop"),
                new Object[] {"TỔNG HỢP CHỈ TIÊU NÔNG THÔN MỚI NĂM 2026 THÀNH PHỐ HẢI PHÒNG"},
                new Object[] {
                    "TT", "Tên xã", "Chỉ tiêu 1.1", "Chỉ tiêu 1.2", "Chỉ tiêu 2.1", "Chỉ tiêu 2.2", "Chỉ tiêu 4.1"
                },
                new Object[] {1, "Xã An Hòa", "Đạt", "Đạt", "Chưa đạt", "Đạt", "42%"},
                new Object[] {2, "Xã Bình Giang", "Đạt", null, null, null, "38,5%"});
        rows(
                wb.createSheet("Phan nhom"),
                new Object[] {"DANH SÁCH PHÂN NHÓM XÃ GIAI ĐOẠN 2026-2030 THÀNH PHỐ HẢI PHÒNG"},
                new Object[] {"STT", "Tên xã", "Nhóm", "Đơn vị cấp trên"},
                new Object[] {1, "Bình Giang", 1, "Thành phố Hải Phòng"},
                new Object[] {2, "An Hòa", "Nhóm 2", "Thành phố Hải Phòng"},
                new Object[] {3, "Đông Sơn", "Chưa phân nhóm"});
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }

    private static void rows(Sheet sheet, Object[]... rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v instanceof Number n) row.createCell(c).setCellValue(n.doubleValue());
                else if (v != null) row.createCell(c).setCellValue(v.toString());
            }
        }
    }
}
