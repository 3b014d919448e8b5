package vn.ruralstat.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds a workbook laid out the way offices issue report forms (official-forms.md): the
 * two-column title block (issuing body on the left, state title and motto on the right, in merged
 * cells), the form number, the "Số" and date lines, the form title, "Kỳ báo cáo", "Đơn vị tính",
 * headers of one to four rows with merged cells, a code row, data, totals, notes and a signature
 * block. Rows are written top-down; {@link #row()} is the 0-based index of the next row.
 *
 * <p>Cells: a {@link Number} becomes a numeric cell, a {@link Percent} a numeric cell formatted
 * "0.00%", a {@link Formula} a formula whose value is computed before saving, a {@link String}
 * text, null nothing.
 */
public final class OfficialForm {

    /** A numeric cell shown as a percentage: {@code new Percent(0.0432)} shows "4.32%". */
    public record Percent(double fraction) {}

    /** A formula cell ("SUM(C8:C12)"); its value is computed and saved with it, as Excel does. */
    public record Formula(String expression) {}

    private final Workbook workbook;
    private final boolean xls;
    private Sheet sheet;
    private int next;
    private int width = 8;

    private OfficialForm(boolean xls) {
        this.xls = xls;
        this.workbook = xls ? new HSSFWorkbook() : new XSSFWorkbook();
    }

    /** A new .xlsx workbook. */
    public static OfficialForm xlsx() {
        return new OfficialForm(false);
    }

    /** A new .xls (Excel 97-2003) workbook. */
    public static OfficialForm xls() {
        return new OfficialForm(true);
    }

    /** Starts a new sheet; the following rows go into it. */
    public OfficialForm sheet(String name) {
        sheet = workbook.createSheet(name);
        next = 0;
        return this;
    }

    /** The number of columns the title block and centred lines span (8 unless set). */
    public OfficialForm width(int columns) {
        this.width = columns;
        return this;
    }

    /** 0-based index of the next row to be written. */
    public int row() {
        return next;
    }

    /**
     * The two-column official header: each line of {@code left} is merged across columns
     * [0, split), each line of {@code right} across [split, width), side by side on the same rows.
     */
    public OfficialForm titleBlock(int split, List<String> left, List<String> right) {
        int lines = Math.max(left.size(), right.size());
        for (int i = 0; i < lines; i++) {
            Row r = sheet.createRow(next);
            if (i < left.size() && !left.get(i).isEmpty()) {
                r.createCell(0).setCellValue(left.get(i));
                if (split > 1) merge(next, next, 0, split - 1);
            }
            if (i < right.size() && !right.get(i).isEmpty()) {
                r.createCell(split).setCellValue(right.get(i));
                if (width - 1 > split) merge(next, next, split, width - 1);
            }
            next++;
        }
        return this;
    }

    /** One line of text merged across the whole width (a title, "Kỳ báo cáo: …", "Kèm theo …"). */
    public OfficialForm centred(String text) {
        sheet.createRow(next).createCell(0).setCellValue(text);
        if (width > 1) merge(next, next, 0, width - 1);
        next++;
        return this;
    }

    /** One line of text in {@code column}, not merged (a note, "Đơn vị tính: hộ" on the right). */
    public OfficialForm text(int column, String text) {
        sheet.createRow(next).createCell(column).setCellValue(text);
        next++;
        return this;
    }

    /** An empty row. */
    public OfficialForm blank() {
        next++;
        return this;
    }

    /** One row of cells from column 0 (see the class comment for the kinds of cells). */
    public OfficialForm cells(Object... values) {
        return cellsFrom(0, values);
    }

    /** One row of cells from {@code firstColumn}. */
    public OfficialForm cellsFrom(int firstColumn, Object... values) {
        Row r = sheet.createRow(next);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v == null) continue;
            Cell cell = r.createCell(firstColumn + c);
            if (v instanceof Percent p) {
                cell.setCellValue(p.fraction());
                cell.setCellStyle(percentStyle());
            } else if (v instanceof Formula f) {
                cell.setCellFormula(f.expression());
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(v.toString());
            }
        }
        next++;
        return this;
    }

    /**
     * A signature block under a table: "Nơi nhận:" and its list on the left, the date line, the
     * signer's authority, title and name on the right ({@code split} is the first right column).
     */
    public OfficialForm signature(int split, List<String> left, List<String> right) {
        return titleBlock(split, left, right);
    }

    /** Merges a range of cells (0-based, inclusive). */
    public OfficialForm merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
        return this;
    }

    /** Hides a column of the current sheet. */
    public OfficialForm hideColumn(int column) {
        sheet.setColumnHidden(column, true);
        return this;
    }

    /** Hides a row (0-based) of the current sheet. */
    public OfficialForm hideRow(int row) {
        Row r = sheet.getRow(row);
        if (r == null) r = sheet.createRow(row);
        r.setZeroHeight(true);
        return this;
    }

    /** Computes the formulas and saves the workbook ({@code .xlsx} or {@code .xls} as created). */
    public Path save(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".xls") != xls) {
            throw new IllegalArgumentException(file + " does not fit a " + (xls ? ".xls" : ".xlsx") + " workbook");
        }
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
        return file;
    }

    private CellStyle percent;

    private CellStyle percentStyle() {
        if (percent == null) {
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
        }
        return percent;
    }
}
