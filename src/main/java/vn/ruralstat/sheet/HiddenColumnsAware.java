package vn.ruralstat.sheet;

import java.util.List;

/**
 * A {@link SheetVisitor} that also wants to know which columns of a sheet are hidden, for example
 * to report figures that the officer who checked the sheet on screen could not see. Readers call
 * it right after {@link SheetVisitor#startSheet} and before the sheet's first row, only when the
 * sheet has hidden columns; CSV files have none.
 */
public interface HiddenColumnsAware {

    /**
     * @param sheet   the sheet's name, as given to {@code startSheet}
     * @param columns 0-based indexes of the hidden columns (A = 0), ascending. "Hide every column
     *                right of the table" gives thousands of them, up to Excel's last column XFD
     *                (16,383): look them up through a set, not the list.
     */
    void hiddenColumns(String sheet, List<Integer> columns);
}
