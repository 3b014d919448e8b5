package vn.ruralstat.synthetic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Lays out a {@link PovertyTable} as sheet or as Excel-style CSV, with the layout of seed 003's
 * appendix. Rows, 1-based as Excel shows them:
 * <pre>
 *  1      unit line ("ỦY BAN NHÂN DÂN XÃ …", merged A1:C1)
 *  2      blank
 *  3      title (merged A3:K3)
 *  4      "(Kèm theo Kế hoạch số …)" (merged A4:K4)
 *  5      blank
 *  6-8    three-row merged header
 *  9      code row A B 1 2 3=2/1*100 4 5=4/1*100 6 7 8 9
 *  10…    one row per village
 *  last   "Cộng"
 * </pre>
 */
public final class PovertyTableWriter {

    /** Number of columns A..K. */
    public static final int WIDTH = 11;
    /** 0-based index of the first village row (Excel row 10). */
    public static final int FIRST_DATA_ROW = 9;

    public static final int COL_STT = 0;
    public static final int COL_NAME = 1;
    public static final int COL_HOUSEHOLDS = 2;
    public static final int COL_POOR = 3;
    public static final int COL_POOR_RATE = 4;
    public static final int COL_NEAR_POOR = 5;
    public static final int COL_NEAR_POOR_RATE = 6;
    public static final int COL_PLANNED_POOR_RATE = 7;
    public static final int COL_PLANNED_POOR = 8;
    public static final int COL_PLANNED_NEAR_POOR_RATE = 9;
    public static final int COL_PLANNED_NEAR_POOR = 10;

    static final List<String> CODES = List.of("A", "B", "1", "2", "3=2/1*100", "4", "5=4/1*100", "6", "7", "8", "9");
    private static final int[] COLUMN_WIDTHS = {6, 24, 13, 8, 9, 8, 9, 10, 10, 10, 10};

    private PovertyTableWriter() {}

    /** 0-based row index of the village at {@code villageIndex} (0-based). */
    public static int rowIndexOfVillage(int villageIndex) {
        return FIRST_DATA_ROW + villageIndex;
    }

    /** 0-based row index of the "Cộng" row of a table with {@code villages} villages. */
    public static int totalRowIndex(int villages) {
        return FIRST_DATA_ROW + villages;
    }

    /** Writes the table into a new sheet of {@code wb} (XSSF, SXSSF or HSSF). */
    public static Sheet write(Workbook wb, String sheetName, PovertyTable t) {
        SheetStyles st = new SheetStyles(wb);
        Sheet sh = wb.createSheet(sheetName);
        for (int c = 0; c < WIDTH; c++) sh.setColumnWidth(c, COLUMN_WIDTHS[c] * 256 + 180);

        Row r0 = sh.createRow(0);
        styledCell(r0, 0, st.unitLine).setCellValue(t.unitLine());
        sh.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));

        Row r2 = sh.createRow(2);
        r2.setHeightInPoints(20);
        styledCell(r2, 0, st.title).setCellValue(t.title());
        sh.addMergedRegion(new CellRangeAddress(2, 2, 0, WIDTH - 1));
        Row r3 = sh.createRow(3);
        styledCell(r3, 0, st.subtitle).setCellValue(t.subtitle());
        sh.addMergedRegion(new CellRangeAddress(3, 3, 0, WIDTH - 1));

        Row h1 = sh.createRow(5);
        Row h2 = sh.createRow(6);
        Row h3 = sh.createRow(7);
        h1.setHeightInPoints(30);
        h2.setHeightInPoints(18);
        h3.setHeightInPoints(45);
        for (Row h : List.of(h1, h2, h3)) {
            for (int c = 0; c < WIDTH; c++) styledCell(h, c, st.header);
        }
        h1.getCell(COL_STT).setCellValue("STT");
        h1.getCell(COL_NAME).setCellValue("Xã, phường");
        h1.getCell(COL_HOUSEHOLDS).setCellValue(t.householdsHeader());
        h1.getCell(COL_POOR).setCellValue(t.reviewHeader());
        h1.getCell(COL_PLANNED_POOR_RATE).setCellValue(t.planHeader());
        h2.getCell(COL_POOR).setCellValue("Hộ nghèo");
        h2.getCell(COL_NEAR_POOR).setCellValue("Hộ cận nghèo");
        h2.getCell(COL_PLANNED_POOR_RATE).setCellValue("Hộ nghèo");
        h2.getCell(COL_PLANNED_NEAR_POOR_RATE).setCellValue("Hộ cận nghèo");
        h3.getCell(COL_POOR).setCellValue("Hộ");
        h3.getCell(COL_POOR_RATE).setCellValue("Tỷ lệ (%)");
        h3.getCell(COL_NEAR_POOR).setCellValue("Hộ");
        h3.getCell(COL_NEAR_POOR_RATE).setCellValue("Tỷ lệ (%)");
        h3.getCell(COL_PLANNED_POOR_RATE).setCellValue("Tỷ lệ giảm (%)");
        h3.getCell(COL_PLANNED_POOR).setCellValue("Số hộ giảm (hộ)");
        h3.getCell(COL_PLANNED_NEAR_POOR_RATE).setCellValue("Tỷ lệ giảm (%)");
        h3.getCell(COL_PLANNED_NEAR_POOR).setCellValue("Số hộ giảm (hộ)");
        for (int c : new int[] {COL_STT, COL_NAME, COL_HOUSEHOLDS}) {
            sh.addMergedRegion(new CellRangeAddress(5, 7, c, c));
        }
        sh.addMergedRegion(new CellRangeAddress(5, 5, COL_POOR, COL_NEAR_POOR_RATE));
        sh.addMergedRegion(new CellRangeAddress(5, 5, COL_PLANNED_POOR_RATE, COL_PLANNED_NEAR_POOR));
        sh.addMergedRegion(new CellRangeAddress(6, 6, COL_POOR, COL_POOR_RATE));
        sh.addMergedRegion(new CellRangeAddress(6, 6, COL_NEAR_POOR, COL_NEAR_POOR_RATE));
        sh.addMergedRegion(new CellRangeAddress(6, 6, COL_PLANNED_POOR_RATE, COL_PLANNED_POOR));
        sh.addMergedRegion(new CellRangeAddress(6, 6, COL_PLANNED_NEAR_POOR_RATE, COL_PLANNED_NEAR_POOR));

        Row code = sh.createRow(8);
        for (int c = 0; c < WIDTH; c++) {
            Cell cell = styledCell(code, c, st.code);
            String s = CODES.get(c);
            if (s.chars().allMatch(Character::isDigit)) cell.setCellValue(Integer.parseInt(s));
            else cell.setCellValue(s);
        }

        int i = 0;
        for (PovertyTable.Row v : t.villages()) {
            Row row = sh.createRow(rowIndexOfVillage(i));
            i++;
            styledCell(row, COL_STT, st.integer).setCellValue(i);
            styledCell(row, COL_NAME, st.text).setCellValue(v.name());
            figures(row, v, st.count, st.rate);
        }
        Row total = sh.createRow(totalRowIndex(t.villages().size()));
        styledCell(total, COL_STT, st.totalBlank);
        styledCell(total, COL_NAME, st.totalText).setCellValue(t.total().name());
        figures(total, t.total(), st.totalCount, st.totalRate);

        PrintSetup ps = sh.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sh.setFitToPage(true);
        sh.setHorizontallyCenter(true);
        sh.setMargin(PageMargin.LEFT, 0.5);
        sh.setMargin(PageMargin.RIGHT, 0.5);
        sh.setRepeatingRows(new CellRangeAddress(5, 8, -1, -1));
        return sh;
    }

    private static void figures(Row row, PovertyTable.Row v, CellStyle count, CellStyle rate) {
        styledCell(row, COL_HOUSEHOLDS, count).setCellValue(v.households());
        styledCell(row, COL_POOR, count).setCellValue(v.poor());
        styledCell(row, COL_POOR_RATE, rate).setCellValue(v.poorRate());
        styledCell(row, COL_NEAR_POOR, count).setCellValue(v.nearPoor());
        styledCell(row, COL_NEAR_POOR_RATE, rate).setCellValue(v.nearPoorRate());
        styledCell(row, COL_PLANNED_POOR_RATE, rate).setCellValue(v.plannedPoorRate());
        styledCell(row, COL_PLANNED_POOR, count).setCellValue(v.plannedPoor());
        styledCell(row, COL_PLANNED_NEAR_POOR_RATE, rate).setCellValue(v.plannedNearPoorRate());
        styledCell(row, COL_PLANNED_NEAR_POOR, count).setCellValue(v.plannedNearPoor());
    }

    static Cell styledCell(Row row, int column, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellStyle(style);
        return c;
    }

    /** Writes the table as Excel would save the sheet as "CSV UTF-8" under Vietnamese settings. */
    public static void writeCsv(Path file, PovertyTable t) throws IOException {
        try (ExcelCsvWriter csv = new ExcelCsvWriter(file, WIDTH)) {
            csv.row(List.of(t.unitLine()));
            csv.blankRow();
            csv.row(List.of(t.title()));
            csv.row(List.of(t.subtitle()));
            csv.blankRow();
            csv.row(Arrays.asList(
                    "STT",
                    "Xã, phường",
                    t.householdsHeader(),
                    t.reviewHeader(),
                    null,
                    null,
                    null,
                    t.planHeader(),
                    null,
                    null,
                    null));
            csv.row(Arrays.asList(
                    null, null, null, "Hộ nghèo", null, "Hộ cận nghèo", null, "Hộ nghèo", null, "Hộ cận nghèo", null));
            csv.row(Arrays.asList(
                    null,
                    null,
                    null,
                    "Hộ",
                    "Tỷ lệ (%)",
                    "Hộ",
                    "Tỷ lệ (%)",
                    "Tỷ lệ giảm (%)",
                    "Số hộ giảm (hộ)",
                    "Tỷ lệ giảm (%)",
                    "Số hộ giảm (hộ)"));
            csv.row(CODES);
            int i = 0;
            for (PovertyTable.Row v : t.villages()) {
                csv.row(csvFigures(Integer.toString(++i), v));
            }
            csv.row(csvFigures(null, t.total()));
        }
    }

    private static List<String> csvFigures(String stt, PovertyTable.Row v) {
        List<String> f = new ArrayList<>(WIDTH);
        f.add(stt);
        f.add(v.name());
        f.add(ReportedFigures.viCount(v.households()));
        f.add(ReportedFigures.viCount(v.poor()));
        f.add(ReportedFigures.viDecimal(v.poorRate(), 2));
        f.add(ReportedFigures.viCount(v.nearPoor()));
        f.add(ReportedFigures.viDecimal(v.nearPoorRate(), 2));
        f.add(ReportedFigures.viDecimal(v.plannedPoorRate(), 2));
        f.add(ReportedFigures.viCount(v.plannedPoor()));
        f.add(ReportedFigures.viDecimal(v.plannedNearPoorRate(), 2));
        f.add(ReportedFigures.viCount(v.plannedNearPoor()));
        return f;
    }
}
