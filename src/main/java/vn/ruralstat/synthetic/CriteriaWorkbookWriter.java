package vn.ruralstat.synthetic;

import static vn.ruralstat.synthetic.PovertyTableWriter.styledCell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Lays out the two tables of seed 004's appendix — the commune target list and the criteria
 * matrix — as sheets or as Excel-style CSV.
 *
 * <p>Target list rows (1-based): 1-3 title lines (merged A:F), 4 blank, 5 header, 6 italic code
 * row 1..6, 7… communes. Criteria matrix rows: 1 title and 2 "(Kèm theo …)" (merged A:V), 3
 * blank, 4-5 header (TT, Xã, KQ merged over both rows; "Tiêu chí" merged over the 19 criterion
 * names), 6 code row A B C 1…19, 7… communes, then "Tổng cộng", "TB tiêu chí /xã", a blank row
 * and the note lines.
 */
public final class CriteriaWorkbookWriter {

    /** 0-based index of the first commune row of the target list (Excel row 7). */
    public static final int TARGETS_FIRST_DATA_ROW = 6;
    /** 0-based index of the first commune row of the criteria matrix (Excel row 7). */
    public static final int MATRIX_FIRST_DATA_ROW = 6;

    public static final int TARGETS_WIDTH = 6;
    /** 0-based column of criterion 1 in the matrix (column D). */
    public static final int FIRST_CRITERION_COLUMN = 3;

    private CriteriaWorkbookWriter() {}

    public static int matrixWidth(CriteriaMatrix m) {
        return FIRST_CRITERION_COLUMN + m.criteria().size();
    }

    public static int matrixTotalRowIndex(CriteriaMatrix m) {
        return MATRIX_FIRST_DATA_ROW + m.communes().size();
    }

    public static Sheet writeTargetList(Workbook wb, String sheetName, TargetList list) {
        SheetStyles st = new SheetStyles(wb);
        Sheet sh = wb.createSheet(sheetName);
        int[] widths = {6, 18, 16, 20, 16, 60};
        for (int c = 0; c < TARGETS_WIDTH; c++) sh.setColumnWidth(c, widths[c] * 256 + 180);
        for (int i = 0; i < list.titleLines().size(); i++) {
            String line = list.titleLines().get(i);
            Row r = sh.createRow(i);
            CellStyle style = line.startsWith("(") ? st.subtitle : st.title;
            if (line.startsWith("(") && line.length() > 60) r.setHeightInPoints(32);
            styledCell(r, 0, style).setCellValue(line);
            sh.addMergedRegion(new CellRangeAddress(i, i, 0, TARGETS_WIDTH - 1));
        }
        int h = TARGETS_FIRST_DATA_ROW - 2;
        Row header = sh.createRow(h);
        header.setHeightInPoints(48);
        for (int c = 0; c < TARGETS_WIDTH; c++)
            styledCell(header, c, st.header).setCellValue(TargetList.HEADERS.get(c));
        Row code = sh.createRow(h + 1);
        for (int c = 0; c < TARGETS_WIDTH; c++) styledCell(code, c, st.code).setCellValue(c + 1);
        int i = 0;
        for (TargetList.Target t : list.rows()) {
            Row r = sh.createRow(TARGETS_FIRST_DATA_ROW + i);
            i++;
            styledCell(r, 0, st.integer).setCellValue(i);
            styledCell(r, 1, st.text).setCellValue(t.commune());
            yearOrText(styledCell(r, 2, st.textCentre), t.ntm());
            Cell adv = styledCell(r, 3, st.integer);
            if (t.advancedYear() != null) adv.setCellValue(t.advancedYear());
            Cell model = styledCell(r, 4, st.integer);
            if (t.modelYear() != null) model.setCellValue(t.modelYear());
            Cell note = styledCell(r, 5, st.textWrapped);
            if (t.note() != null && !t.note().isEmpty()) {
                note.setCellValue(t.note());
                r.setHeightInPoints(16f * (1 + t.note().length() / 62));
            }
        }
        print(sh, h, h + 1, false);
        return sh;
    }

    public static Sheet writeMatrix(Workbook wb, String sheetName, CriteriaMatrix m) {
        SheetStyles st = new SheetStyles(wb);
        Sheet sh = wb.createSheet(sheetName);
        int width = matrixWidth(m);
        sh.setColumnWidth(0, 5 * 256);
        sh.setColumnWidth(1, 14 * 256);
        sh.setColumnWidth(2, 8 * 256);
        for (int c = FIRST_CRITERION_COLUMN; c < width; c++) sh.setColumnWidth(c, 6 * 256 + 100);

        Row title = sh.createRow(0);
        title.setHeightInPoints(20);
        styledCell(title, 0, st.title).setCellValue(m.title());
        sh.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
        Row sub = sh.createRow(1);
        styledCell(sub, 0, st.subtitle).setCellValue(m.subtitle());
        sh.addMergedRegion(new CellRangeAddress(1, 1, 0, width - 1));

        Row h1 = sh.createRow(3);
        Row h2 = sh.createRow(4);
        h1.setHeightInPoints(20);
        h2.setHeightInPoints(125);
        for (int c = 0; c < width; c++) {
            styledCell(h1, c, st.header);
            styledCell(h2, c, c < FIRST_CRITERION_COLUMN ? st.header : st.headerRotated);
        }
        h1.getCell(0).setCellValue("TT");
        h1.getCell(1).setCellValue("Xã");
        h1.getCell(2).setCellValue("KQ Đạt số tiêu chí");
        h1.getCell(FIRST_CRITERION_COLUMN).setCellValue("Tiêu chí");
        for (int i = 0; i < m.criteria().size(); i++) {
            h2.getCell(FIRST_CRITERION_COLUMN + i).setCellValue(m.criteria().get(i));
        }
        for (int c = 0; c < FIRST_CRITERION_COLUMN; c++) sh.addMergedRegion(new CellRangeAddress(3, 4, c, c));
        sh.addMergedRegion(new CellRangeAddress(3, 3, FIRST_CRITERION_COLUMN, width - 1));

        Row code = sh.createRow(5);
        for (int c = 0; c < width; c++) {
            Cell cell = styledCell(code, c, st.code);
            if (c < FIRST_CRITERION_COLUMN) cell.setCellValue(String.valueOf((char) ('A' + c)));
            else cell.setCellValue(c - FIRST_CRITERION_COLUMN + 1);
        }

        int i = 0;
        for (CriteriaMatrix.CommuneRow c : m.communes()) {
            Row r = sh.createRow(MATRIX_FIRST_DATA_ROW + i);
            i++;
            styledCell(r, 0, st.integer).setCellValue(i);
            styledCell(r, 1, st.text).setCellValue(c.name());
            styledCell(r, 2, st.integer).setCellValue(c.reportedMet());
            for (int k = 0; k < c.cells().size(); k++) {
                yearOrText(
                        styledCell(r, FIRST_CRITERION_COLUMN + k, st.textCentre),
                        c.cells().get(k));
            }
        }
        int t = matrixTotalRowIndex(m);
        Row total = sh.createRow(t);
        styledCell(total, 0, st.totalBlank);
        styledCell(total, 1, st.totalText).setCellValue(CriteriaMatrix.TOTAL_LABEL);
        styledCell(total, 2, st.totalInteger).setCellValue(m.grandTotal());
        for (int k = 0; k < m.totalsPerCriterion().size(); k++) {
            styledCell(total, FIRST_CRITERION_COLUMN + k, st.totalInteger)
                    .setCellValue(m.totalsPerCriterion().get(k));
        }
        Row avg = sh.createRow(t + 1);
        styledCell(avg, 0, st.totalBlank);
        styledCell(avg, 1, st.totalText).setCellValue(CriteriaMatrix.AVERAGE_LABEL);
        styledCell(avg, 2, st.totalAverage).setCellValue(m.average());
        for (int c = FIRST_CRITERION_COLUMN; c < width; c++) styledCell(avg, c, st.totalBlank);

        for (int n = 0; n < m.notes().size(); n++) {
            Row r = sh.createRow(t + 3 + n);
            Cell cell = styledCell(r, 0, st.note);
            String line = m.notes().get(n);
            RichTextString rich = wb.getCreationHelper().createRichTextString(line);
            rich.applyFont(st.plainFont);
            if (line.startsWith("Ghi chú:")) rich.applyFont(0, "Ghi chú:".length(), st.boldFont);
            cell.setCellValue(rich);
        }
        print(sh, 3, 5, true);
        return sh;
    }

    private static void yearOrText(Cell cell, String value) {
        if (value == null || value.isEmpty()) return;
        if (value.matches("\\d{4}")) cell.setCellValue(Integer.parseInt(value));
        else cell.setCellValue(value);
    }

    private static void print(Sheet sh, int firstHeaderRow, int lastHeaderRow, boolean landscape) {
        PrintSetup ps = sh.getPrintSetup();
        ps.setLandscape(landscape);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sh.setFitToPage(true);
        sh.setHorizontallyCenter(true);
        sh.setRepeatingRows(new CellRangeAddress(firstHeaderRow, lastHeaderRow, -1, -1));
    }

    /** The target list as Excel saves it as "CSV UTF-8". */
    public static void writeTargetListCsv(Path file, TargetList list) throws IOException {
        try (ExcelCsvWriter csv = new ExcelCsvWriter(file, TARGETS_WIDTH)) {
            for (String line : list.titleLines()) csv.row(List.of(line));
            csv.blankRow();
            csv.row(TargetList.HEADERS);
            csv.row(List.of("1", "2", "3", "4", "5", "6"));
            int i = 0;
            for (TargetList.Target t : list.rows()) {
                csv.row(Arrays.asList(
                        Integer.toString(++i),
                        t.commune(),
                        t.ntm(),
                        t.advancedYear() == null ? null : t.advancedYear().toString(),
                        t.modelYear() == null ? null : t.modelYear().toString(),
                        t.note()));
            }
        }
    }

    /** The criteria matrix as Excel saves it as "CSV UTF-8" under Vietnamese settings ("11,4"). */
    public static void writeMatrixCsv(Path file, CriteriaMatrix m) throws IOException {
        int width = matrixWidth(m);
        try (ExcelCsvWriter csv = new ExcelCsvWriter(file, width)) {
            csv.row(List.of(m.title()));
            csv.row(List.of(m.subtitle()));
            csv.blankRow();
            List<String> h1 = new ArrayList<>(List.of("TT", "Xã", "KQ Đạt số tiêu chí", "Tiêu chí"));
            csv.row(h1);
            List<String> h2 = new ArrayList<>(Arrays.asList(null, null, null));
            h2.addAll(m.criteria());
            csv.row(h2);
            List<String> code = new ArrayList<>(List.of("A", "B", "C"));
            for (int k = 1; k <= m.criteria().size(); k++) code.add(Integer.toString(k));
            csv.row(code);
            int i = 0;
            for (CriteriaMatrix.CommuneRow c : m.communes()) {
                List<String> r =
                        new ArrayList<>(List.of(Integer.toString(++i), c.name(), Integer.toString(c.reportedMet())));
                r.addAll(c.cells());
                csv.row(r);
            }
            List<String> total =
                    new ArrayList<>(Arrays.asList(null, CriteriaMatrix.TOTAL_LABEL, Integer.toString(m.grandTotal())));
            m.totalsPerCriterion().forEach(n -> total.add(n.toString()));
            csv.row(total);
            csv.row(Arrays.asList(null, CriteriaMatrix.AVERAGE_LABEL, ReportedFigures.viDecimal(m.average(), 1)));
            csv.blankRow();
            for (String note : m.notes()) csv.row(List.of(note));
        }
    }
}
