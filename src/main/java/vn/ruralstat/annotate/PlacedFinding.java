package vn.ruralstat.annotate;

import java.util.Comparator;
import org.apache.poi.ss.util.CellAddress;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.Severity;
import vn.ruralstat.finding.SourceRef;

/**
 * A finding with the place it points to in the copy.
 *
 * @param finding     the finding as the run made it
 * @param sheetIndex  the sheet's index in the copy; {@link #FILE_LEVEL} when the finding names no
 *                    sheet, {@link #SHEET_MISSING} when it names a sheet the workbook no longer has
 * @param sheetName   the sheet's name in the copy, or null when there is no such sheet
 * @param sheetHidden true when that sheet is hidden (a link to it does nothing in Excel)
 * @param cell        the cell to highlight, or null: no cell named, or one outside the sheet's grid.
 *                    Inside a merged region it is the region's first cell, the one Excel shows.
 */
record PlacedFinding(Finding finding, int sheetIndex, String sheetName, boolean sheetHidden, CellAddress cell) {

    static final int FILE_LEVEL = -1;
    static final int SHEET_MISSING = Integer.MAX_VALUE;

    /**
     * Errors first, then warnings, then information; within a severity, whole-file findings, then in
     * the order of the sheets and cells, findings on sheets no longer there last. An officer works
     * through the list top to bottom, so it follows the workbook.
     */
    static final Comparator<PlacedFinding> READING_ORDER = Comparator.comparing(
                    (PlacedFinding p) -> p.severity(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(PlacedFinding::sheetIndex)
            .thenComparingInt(p -> p.cell == null ? -1 : p.cell.getRow())
            .thenComparingInt(p -> p.cell == null ? -1 : p.cell.getColumn());

    Severity severity() {
        return finding.severity();
    }

    SourceRef source() {
        return finding.source() == null ? new SourceRef(null, null, null) : finding.source();
    }

    boolean onSheet() {
        return sheetName != null;
    }

    boolean onCell() {
        return cell != null;
    }
}
