package vn.ruralstat.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * The header of a table: one to four rows whose cells, read top to bottom, name each column.
 * Merged cells leave blanks, so a blank cell in an upper header row takes the text on its left
 * when the rows below it carry text (a cell merged across a group of columns), and a column
 * whose lower rows are blank keeps its upper text (a cell merged down).
 *
 * @param labels  per column, the composed header text, e.g. "Kết quả rà soát cuối năm 2025 / Hộ nghèo / Tỷ lệ (%)"
 * @param folded  the same labels folded for matching (see {@link Labels#fold})
 * @param codeRow the code row under the header, or null
 */
public record HeaderBand(int firstRow, int lastRow, List<String> labels, List<String> folded, SheetRow codeRow) {

    public static HeaderBand compose(List<SheetRow> rows, SheetRow codeRow) {
        int width = 0;
        for (SheetRow r : rows) width = Math.max(width, r.width());
        if (codeRow != null) width = Math.max(width, codeRow.width());
        String[][] grid = new String[rows.size()][width];
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < width; c++) grid[i][c] = rows.get(i).text(c);
        }
        for (int i = 0; i < rows.size() - 1; i++) {
            String left = "";
            for (int c = 0; c < width; c++) {
                if (!grid[i][c].isEmpty()) {
                    left = grid[i][c];
                } else if (!left.isEmpty() && hasTextBelow(grid, i, c)) {
                    grid[i][c] = left;
                } else {
                    left = "";
                }
            }
        }
        List<String> labels = new ArrayList<>(width);
        List<String> folded = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            StringBuilder s = new StringBuilder();
            for (String[] line : grid) {
                if (!line[c].isEmpty()) s.append(s.length() == 0 ? "" : " / ").append(line[c]);
            }
            labels.add(s.toString());
            folded.add(Labels.fold(s.toString()));
        }
        return new HeaderBand(rows.get(0).number(), rows.get(rows.size() - 1).number(), labels, folded, codeRow);
    }

    private static boolean hasTextBelow(String[][] grid, int row, int column) {
        for (int i = row + 1; i < grid.length; i++) {
            if (!grid[i][column].isEmpty()) return true;
        }
        return false;
    }

    public int width() {
        return labels.size();
    }

    /** Columns whose folded label satisfies the test, in order. */
    public List<Integer> columnsWhere(java.util.function.Predicate<String> test) {
        List<Integer> found = new ArrayList<>();
        for (int c = 0; c < folded.size(); c++) {
            if (!folded.get(c).isEmpty() && test.test(folded.get(c))) found.add(c);
        }
        return found;
    }

    /** The code under a column ("3", "C", …), or "" when there is no code row. */
    public String codeAt(int column) {
        return codeRow == null ? "" : CodeRow.codeAt(codeRow, column);
    }
}
