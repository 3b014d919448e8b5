package vn.ruralstat.sheet;

import java.util.List;

/**
 * A {@link SheetVisitor} that also wants a sheet's merged ranges, to tell a cell that reads blank
 * because a merged range above or beside it holds the value. Readers call it right after {@link
 * SheetVisitor#startSheet} (and the hidden columns) and before the sheet's first row, only when the
 * sheet has merged ranges; CSV files have none.
 */
public interface MergedCellsAware {

    /** @param ranges the merged ranges in A1 notation ("C9:C10"), as the file lists them */
    void mergedCells(String sheet, List<String> ranges);
}
